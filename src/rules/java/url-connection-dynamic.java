public class Fetch {
    public InputStream get(String src, String location) throws IOException {
        // ruleid: java.url-connection-dynamic
        InputStream in = new URL(src).openStream();
        // ruleid: java.url-connection-dynamic
        HttpURLConnection con = (HttpURLConnection) (new URL(BASE_URL + location)).openConnection();
        // ok: java.url-connection-dynamic
        HttpURLConnection fixed = (HttpURLConnection) new URL("https://example.com/status").openConnection();
        return in;
    }
}
