use rusqlite::Connection;

async fn lookup(pool: &sqlx::PgPool, conn: &Connection, name: &str, id: i64) {
    // ruleid: rust.sql-format-query
    let rows = sqlx::query(&format!("SELECT * FROM users WHERE name = '{}'", name)).fetch_all(pool).await;
    // ruleid: rust.sql-format-query
    conn.execute(&format!("DELETE FROM logs WHERE id = {}", id), []).unwrap();
    // ruleid: rust.sql-format-query
    let q = diesel::sql_query(format!("SELECT CAST($1 AS DECIMAL({}, {})) AS value", 10, 2));
    // ok: rust.sql-format-query
    let ok = sqlx::query("SELECT * FROM users WHERE name = $1").bind(name).fetch_all(pool).await;
    // ok: rust.sql-format-query
    conn.execute("DELETE FROM logs WHERE id = ?1", [id]).unwrap();
}
