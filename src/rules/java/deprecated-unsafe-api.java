public class Game {
    void end() {
        // ruleid: java.deprecated-unsafe-api
        this.gameThread.stop();
        // ruleid: java.deprecated-unsafe-api
        boolean b = Character.isJavaLetter('l');
        // ok: java.deprecated-unsafe-api
        this.gameThread.interrupt();
        // ok: java.deprecated-unsafe-api
        server.stop();
    }
}
