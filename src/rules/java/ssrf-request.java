public class Proxy extends HttpServlet {
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // ruleid: java.ssrf-request
        URL url = new URL(request.getParameter("url"));
        // ruleid: java.ssrf-request
        String body = restTemplate.getForObject(request.getParameter("target"), String.class);
        // ok: java.ssrf-request
        URL fixed = new URL("https://api.example.com/v1/items");
        // ok: java.ssrf-request
        String q = URLEncoder.encode(request.getParameter("q"), "UTF-8");
    }
}
