public class Queries {
    public String build(String user, String status) {
        // ruleid: java.sql-string-concatenation
        String sql = "SELECT id FROM orders WHERE user = '" + user + "'";
        StringBuilder sb = new StringBuilder("SELECT * FROM items");
        // ruleid: java.sql-string-concatenation
        sb.append(" WHERE status = '" + status + "'");
        // ruleid: java.sql-string-concatenation
        String q = String.format("DELETE FROM items WHERE owner = '%s'", user);
        // ok: java.sql-string-concatenation
        String fixed = "SELECT id FROM orders WHERE user = ?";
        // ok: java.sql-string-concatenation
        String msg = "Selected " + count + " rows from the list";
        return sql + q + fixed + msg + sb;
    }
}
