fn build(table: &str, name: &str) -> (String, String) {
    // ruleid: rust.sql-format-string
    let sql = format!("SELECT id FROM {} WHERE name = '{}'", table, name);
    // ok: rust.sql-format-string
    let msg = format!("selected {} rows", name);
    (sql, msg)
}
