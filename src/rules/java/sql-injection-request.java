public class Search extends HttpServlet {
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ruleid: java.sql-injection-request
        String sql = "SELECT * FROM products WHERE category = '" + request.getParameter("cat") + "'";
        // ok: java.sql-injection-request
        String title = "Results for " + request.getParameter("cat");
        // ok: java.sql-injection-request
        PreparedStatement ps = conn.prepareStatement("SELECT * FROM products WHERE category = ?");
        ps.setString(1, request.getParameter("cat"));
    }
}
