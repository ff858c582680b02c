public class Status extends HttpServlet {
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        // ruleid: java.servlet-response-write-dynamic
        resp.getWriter().write(param + ": " + context.getInitParameter(param));
        PrintWriter writer = resp.getWriter();
        // ruleid: java.servlet-response-write-dynamic
        writer.write("Key do evento: " + key.getId());
        // ruleid: java.servlet-response-write-dynamic
        resp.sendError(500, "Exception trying to perform action=" + action + " details: " + e.toString());
        // ok: java.servlet-response-write-dynamic
        writer.write("<p>" + Encode.forHtml(key.getId()) + "</p>");
        // ok: java.servlet-response-write-dynamic
        writer.write("<p>OK</p>");
    }
}
