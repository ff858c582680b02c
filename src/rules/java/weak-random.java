import java.util.Random;

public class Dice {
    public int roll() {
        // ruleid: java.weak-random
        Random random = new Random();
        // ruleid: java.weak-random
        if (random.nextBoolean()) {
            return 1;
        }
        // ruleid: java.weak-random
        return (int) (Math.random() * 6) + 1;
    }

    public byte[] salt() {
        // ok: java.weak-random
        SecureRandom sr = new SecureRandom();
        byte[] s = new byte[16];
        // ok: java.weak-random
        sr.nextBytes(s);
        return s;
    }
}
