public class Browser extends Activity {
    void setup(WebView webView) {
        WebSettings settings = webView.getSettings();
        // ruleid: java.webview-file-access
        settings.setAllowFileAccess(true);
        // ruleid: java.webview-file-access
        settings.setAllowUniversalAccessFromFileURLs(true);
        // ok: java.webview-file-access
        settings.setAllowFileAccess(false);
    }
}
