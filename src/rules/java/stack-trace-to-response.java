public class Errors extends HttpServlet {
    protected void doGet(HttpServletRequest req, HttpServletResponse response) throws IOException {
        try {
            work();
        } catch (Exception e) {
            // ruleid: java.stack-trace-to-response
            e.printStackTrace(response.getWriter());
            // ruleid: java.stack-trace-to-response
            response.getWriter().println(ExceptionUtils.getStackTrace(e));
            // ok: java.stack-trace-to-response
            e.printStackTrace();
            // ok: java.stack-trace-to-response
            log.error("request failed", e);
        }
    }
}
