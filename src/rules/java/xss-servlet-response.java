public class Hello extends HttpServlet {
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // ruleid: java.xss-servlet-response
        response.getWriter().println("<h1>Hello " + request.getParameter("name") + "</h1>");
        PrintWriter out = response.getWriter();
        // ruleid: java.xss-servlet-response
        out.print(request.getHeader("Referer"));
        // ruleid: java.xss-servlet-response
        response.sendError(404, "No such page: " + request.getRequestURI());
        // ok: java.xss-servlet-response
        out.print(Encode.forHtml(request.getParameter("name")));
        // ok: java.xss-servlet-response
        log.info("name=" + request.getParameter("name"));
    }
}
