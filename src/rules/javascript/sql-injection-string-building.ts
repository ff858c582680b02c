import { Pool } from 'pg';
const pool = new Pool();

export async function byEmail(email: string): Promise<unknown[]> {
  // ruleid: javascript.sql-injection-string-building
  const res = await pool.query(`SELECT id, email FROM accounts WHERE email = '${email}'`);
  // ok: javascript.sql-injection-string-building
  const safe = await pool.query('SELECT id, email FROM accounts WHERE email = $1', [email]);
  return [...res.rows, ...safe.rows];
}
