app.get('/user', (req, res) => {
  // ruleid: javascript.sql-injection-request
  const sql = "SELECT * FROM users WHERE name = '" + req.query.name + "'";
  // ruleid: javascript.sql-injection-request
  db.query(`SELECT * FROM users WHERE id = ${req.params.id}`, (e, r) => res.json(r));
  // ok: javascript.sql-injection-request
  db.query('SELECT * FROM users WHERE id = ?', [req.params.id], (e, r) => res.json(r));
  // ok: javascript.sql-injection-request
  res.send(`Hello ${req.query.name}, welcome back`);
});
