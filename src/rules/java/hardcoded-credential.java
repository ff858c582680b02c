public class Config {
    // ruleid: java.hardcoded-credential
    private static final String DB_PASSWORD = "Sup3rS3cret!";
    // ruleid: java.hardcoded-credential
    private String apiKey = "4f9d2c1b8e7a6d5c";
    // ok: java.hardcoded-credential
    private static final String PASSWORD_PARAM = "password";
    // ok: java.hardcoded-credential
    private String secret = System.getenv("APP_SECRET");
    // ok: java.hardcoded-credential
    private static final String PASSWORD_MESSAGE = "Enter your password";

    public void connect(DataSource ds) throws Exception {
        // ruleid: java.hardcoded-credential
        ds.setPassword("admin123");
        // ruleid: java.hardcoded-credential
        Connection c = DriverManager.getConnection("jdbc:mysql://localhost/app", "root", "toor");
        // ok: java.hardcoded-credential
        Connection c2 = DriverManager.getConnection(url, user, System.getenv("DB_PASS"));
        // ok: java.hardcoded-credential
        ds.setPassword(props.getProperty("db.password"));
    }
}
