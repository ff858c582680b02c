import java.sql.*;
import javax.persistence.*;

public class UserDao {
    public ResultSet find(Connection conn, String name, int id) throws SQLException {
        Statement stmt = conn.createStatement();
        // ruleid: java.sql-injection-string-building
        ResultSet rs = stmt.executeQuery("SELECT * FROM users WHERE name = '" + name + "'");
        // ruleid: java.sql-injection-string-building
        stmt.executeUpdate("DELETE FROM sessions WHERE user_id = " + id);
        // ruleid: java.sql-injection-string-building
        PreparedStatement ps = conn.prepareStatement("UPDATE users SET name = '" + name + "' WHERE id = ?");
        // ruleid: java.sql-injection-string-building
        jdbcTemplate.queryForList(String.format("SELECT * FROM %s WHERE id = %d", table, id));
        // ok: java.sql-injection-string-building
        PreparedStatement safe = conn.prepareStatement("SELECT * FROM users WHERE name = ?");
        // ok: java.sql-injection-string-building
        ResultSet all = stmt.executeQuery("SELECT * FROM users " + "WHERE active = 1");
        return rs;
    }

    public java.util.List<?> byName(EntityManager em, String name) {
        // ruleid: java.sql-injection-string-building
        return em.createQuery("SELECT u FROM User u WHERE u.name = '" + name + "'").getResultList();
    }

    public java.util.List<?> byNameSafe(EntityManager em, String name) {
        // ok: java.sql-injection-string-building
        return em.createQuery("SELECT u FROM User u WHERE u.name = :name").setParameter("name", name).getResultList();
    }
}
