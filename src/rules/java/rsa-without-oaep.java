public class Rsa {
    public byte[] enc(PublicKey k, byte[] data) throws Exception {
        // ruleid: java.rsa-without-oaep
        Cipher c = Cipher.getInstance("RSA/ECB/PKCS1Padding");
        // ruleid: java.rsa-without-oaep
        Cipher d = Cipher.getInstance("RSA");
        // ok: java.rsa-without-oaep
        Cipher e = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
        c.init(Cipher.ENCRYPT_MODE, k);
        return c.doFinal(data);
    }
}
