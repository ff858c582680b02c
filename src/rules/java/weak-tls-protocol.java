public class Tls {
    SSLContext ctx() throws Exception {
        // ruleid: java.weak-tls-protocol
        SSLContext old = SSLContext.getInstance("SSL");
        // ruleid: java.weak-tls-protocol
        SSLContext v1 = SSLContext.getInstance("TLSv1");
        // ok: java.weak-tls-protocol
        SSLContext ok = SSLContext.getInstance("TLSv1.3");
        return ok;
    }
}
