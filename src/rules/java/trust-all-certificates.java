import javax.net.ssl.*;
// ruleid: java.trust-all-certificates
import org.apache.http.conn.ssl.NoopHostnameVerifier;

public class Insecure {
    TrustManager[] trustAll = new TrustManager[] {
        new X509TrustManager() {
            public X509Certificate[] getAcceptedIssuers() { return null; }
            public void checkClientTrusted(X509Certificate[] certs, String authType) { }
            // ruleid: java.trust-all-certificates
            public void checkServerTrusted(X509Certificate[] certs, String authType) { }
        }
    };

    HostnameVerifier any = new HostnameVerifier() {
        // ruleid: java.trust-all-certificates
        public boolean verify(String hostname, SSLSession session) { return true; }
    };

    void setup(HttpsURLConnection conn, HttpClientBuilder b) {
        // ruleid: java.trust-all-certificates
        conn.setHostnameVerifier((hostname, session) -> true);
        // ruleid: java.trust-all-certificates
        b.setSSLHostnameVerifier(NoopHostnameVerifier.INSTANCE);
        // ruleid: java.trust-all-certificates
        SSLSocketFactory.getSocketFactory().setHostnameVerifier(SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER);
        // ok: java.trust-all-certificates
        conn.setHostnameVerifier(HttpsURLConnection.getDefaultHostnameVerifier());
        // ok: java.trust-all-certificates
        list.removeIf((a, b2) -> true);
    }
}

class Pinned implements X509TrustManager {
    // ok: java.trust-all-certificates
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        delegate.checkServerTrusted(chain, authType);
    }
}
