public class Login extends HttpServlet {
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // ruleid: java.open-redirect-request
        response.sendRedirect(request.getParameter("next"));
        // ok: java.open-redirect-request
        response.sendRedirect("/home");
    }

    @GetMapping("/go")
    public String go(HttpServletRequest request) {
        // ruleid: java.open-redirect-request
        return "redirect:" + request.getParameter("url");
    }
}
