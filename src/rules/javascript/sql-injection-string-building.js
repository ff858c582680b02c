const mysql = require('mysql');
const connection = mysql.createConnection({});

function findUser(id, name, table) {
  // ruleid: javascript.sql-injection-string-building
  connection.query('SELECT * FROM users WHERE id = ' + id, (err, rows) => {});
  // ruleid: javascript.sql-injection-string-building
  db.all(`SELECT name FROM ${table} WHERE name = '${name}'`, cb);
  // ruleid: javascript.sql-injection-string-building
  await knex.raw("UPDATE users SET name = '" + name + "' WHERE id = " + id);
  // ruleid: javascript.sql-injection-string-building
  await prisma.$queryRawUnsafe(`DELETE FROM sessions WHERE user = ${id}`);
  // ok: javascript.sql-injection-string-building
  connection.query('SELECT * FROM users WHERE id = ?', [id], (err, rows) => {});
  // ok: javascript.sql-injection-string-building
  db.all('SELECT name FROM users ' + 'WHERE active = 1', cb);
  // ok: javascript.sql-injection-string-building
  axios.get(`${baseUrl}/users/${id}/update`);
  // ok: javascript.sql-injection-string-building
  await prisma.$queryRaw`SELECT * FROM users WHERE id = ${id}`;
}
