import javax.crypto.*;
import javax.crypto.spec.*;

public class Crypto {
    public byte[] enc(byte[] key, byte[] data) throws Exception {
        // ruleid: java.weak-cipher
        Cipher des = Cipher.getInstance("DES/CBC/PKCS5Padding");
        // ruleid: java.weak-cipher
        Cipher aes = Cipher.getInstance("AES");
        // ruleid: java.weak-cipher
        Cipher ecb = Cipher.getInstance("AES/ECB/PKCS5Padding");
        // ruleid: java.weak-cipher
        KeyGenerator gen = KeyGenerator.getInstance("DES");
        // ruleid: java.weak-cipher
        SecretKeySpec spec = new SecretKeySpec(key, "Blowfish");
        // ok: java.weak-cipher
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        // ok: java.weak-cipher
        Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
        return gcm.doFinal(data);
    }
}
