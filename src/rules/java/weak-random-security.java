import java.util.Random;

public class Tokens {
    private final Random random = new Random();

    public String nonce() {
        // ruleid: java.weak-random-security
        String nonce = "" + random.nextInt();
        return nonce;
    }

    // ruleid: java.weak-random-security
    public String generateToken() {
        return Long.toHexString(new Random().nextLong());
    }

    public void reset(User u) {
        // ruleid: java.weak-random-security
        u.resetCode = String.valueOf(100000 + new Random().nextInt(900000));
    }

    public String goodToken() {
        SecureRandom rng = new SecureRandom();
        byte[] b = new byte[32];
        rng.nextBytes(b);
        // ok: java.weak-random-security
        String token = Base64.getUrlEncoder().encodeToString(b);
        return token;
    }

    public double jitter() {
        // ok: java.weak-random-security
        double delay = 100 + random.nextInt(50);
        return delay;
    }
}
