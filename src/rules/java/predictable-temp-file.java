public class Export {
    public File write(String name, byte[] data) throws IOException {
        // ruleid: java.predictable-temp-file
        File f = new File("/tmp/" + name + ".csv");
        // ruleid: java.predictable-temp-file
        FileOutputStream out = new FileOutputStream("/tmp/export.lock");
        // ruleid: java.predictable-temp-file
        File g = new File(System.getProperty("java.io.tmpdir") + "/report.pdf");
        // ok: java.predictable-temp-file
        File tmp = File.createTempFile("export", ".csv");
        // ok: java.predictable-temp-file
        Path dir = Files.createTempDirectory("export");
        return tmp;
    }
}
