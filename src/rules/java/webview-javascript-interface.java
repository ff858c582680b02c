public class Bridge extends Activity {
    void setup(WebView webView) {
        // ruleid: java.webview-javascript-interface
        webView.addJavascriptInterface(new JsBridge(this), "Android");
        // ok: java.webview-javascript-interface
        webView.removeJavascriptInterface("Android");
    }
}
