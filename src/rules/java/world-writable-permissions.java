public class Perms {
    void share(File f, Path p, Context context) throws IOException {
        // ruleid: java.world-writable-permissions
        f.setWritable(true, false);
        // ruleid: java.world-writable-permissions
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxrwxrwx"));
        // ruleid: java.world-writable-permissions
        SharedPreferences prefs = context.getSharedPreferences("ThemeConfig", Context.MODE_WORLD_READABLE);
        // ok: java.world-writable-permissions
        f.setWritable(true, true);
        // ok: java.world-writable-permissions
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r-----"));
        // ok: java.world-writable-permissions
        SharedPreferences mine = context.getSharedPreferences("ThemeConfig", Context.MODE_PRIVATE);
    }
}
