import java.util.*;

public class Shell {
    public Process run(String script, String file) throws Exception {
        // ruleid: java.process-builder-shell
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", "tar xzf " + file);
        // ruleid: java.process-builder-shell
        pb.command("bash", "-c", script);
        // ruleid: java.process-builder-shell
        new ProcessBuilder("cmd /c dir " + file).start();
        // ok: java.process-builder-shell
        ProcessBuilder ok = new ProcessBuilder("tar", "xzf", file);
        // ok: java.process-builder-shell
        ProcessBuilder ok2 = new ProcessBuilder("sh", "-c", "make clean && make");
        return pb.start();
    }
}
