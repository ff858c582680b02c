public class Dao {
    public void run(Connection conn, String sql, StringBuilder query) throws SQLException {
        Statement stmt = conn.createStatement();
        // ruleid: java.sql-statement-nonconstant
        ResultSet rs = stmt.executeQuery(sql);
        // ruleid: java.sql-statement-nonconstant
        stmt.executeUpdate(query.toString());
        // ok: java.sql-statement-nonconstant
        PreparedStatement ps = conn.prepareStatement(sql);
        // ok: java.sql-statement-nonconstant
        ps.executeQuery();
        // ok: java.sql-statement-nonconstant
        executor.execute(task);
    }
}
