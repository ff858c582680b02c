import java.security.MessageDigest;

public class Users {
    public String hash(String password) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        // ruleid: java.password-fast-hash
        byte[] h = md.digest(password.getBytes(StandardCharsets.UTF_8));
        // ruleid: java.password-fast-hash
        String legacy = DigestUtils.md5Hex(user.getPassword());
        // ok: java.password-fast-hash
        String good = new BCryptPasswordEncoder(12).encode(password);
        // ok: java.password-fast-hash
        byte[] fileSum = md.digest(fileBytes);
        return good;
    }
}
