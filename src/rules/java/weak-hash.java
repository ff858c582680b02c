import java.security.MessageDigest;
import org.apache.commons.codec.digest.DigestUtils;
import com.google.common.hash.Hashing;

public class Digests {
    public byte[] sum(byte[] data) throws Exception {
        // ruleid: java.weak-hash
        MessageDigest md = MessageDigest.getInstance("MD5");
        // ruleid: java.weak-hash
        MessageDigest sha = MessageDigest.getInstance("SHA-1");
        // ruleid: java.weak-hash
        String hex = DigestUtils.md5Hex(data);
        // ruleid: java.weak-hash
        String g = Hashing.sha1().hashBytes(data).toString();
        // ok: java.weak-hash
        MessageDigest good = MessageDigest.getInstance("SHA-256");
        // ok: java.weak-hash
        String h2 = DigestUtils.sha256Hex(data);
        return md.digest(data);
    }
}
