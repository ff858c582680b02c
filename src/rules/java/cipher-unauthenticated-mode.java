public class Modes {
    public void init() throws Exception {
        // ruleid: java.cipher-unauthenticated-mode
        Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
        // ruleid: java.cipher-unauthenticated-mode
        Cipher ctr = Cipher.getInstance("AES/CTR/NoPadding", "BC");
        // ok: java.cipher-unauthenticated-mode
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding", "BC");
    }
}
