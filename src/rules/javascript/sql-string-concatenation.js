function build(req, userId, name) {
  // ruleid: javascript.sql-string-concatenation
  var sql = "SELECT * FROM orders WHERE user_id = " + userId;
  // ruleid: javascript.sql-string-concatenation
  const q = `INSERT INTO logs (msg) VALUES ('${name}')`;
  let where = ' WHERE 1 = 1';
  // ruleid: javascript.sql-string-concatenation
  where += " AND name = '" + name + "'";
  // ok: javascript.sql-string-concatenation
  var fixed = "SELECT * FROM orders WHERE user_id = ?";
  // ok: javascript.sql-string-concatenation
  const msg = 'Selected ' + count + ' items from the list';
  // ok: javascript.sql-string-concatenation
  const longSql = 'SELECT id FROM t ' + 'WHERE x = ?';
}
