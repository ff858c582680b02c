import java.io.*;

public class Tools {
    public int kill(int pid) throws Exception {
        // ruleid: java.runtime-exec-dynamic
        return Runtime.getRuntime().exec("kill " + pid).waitFor();
    }

    public Process run(String cmd, String[] env, File dir) throws IOException {
        // ruleid: java.runtime-exec-dynamic
        Process p = Runtime.getRuntime().exec(cmd, env, dir);
        Runtime rt = Runtime.getRuntime();
        // ruleid: java.runtime-exec-dynamic
        rt.exec(String.format("convert %s %s", in, out));
        // ok: java.runtime-exec-dynamic
        Process ls = Runtime.getRuntime().exec("ls -l /var/log");
        // ok: java.runtime-exec-dynamic
        Process arr = Runtime.getRuntime().exec(new String[] {"git", "status"});
        // ok: java.runtime-exec-dynamic
        executor.exec(cmd);
        return p;
    }
}
