export function remove(id: number): string {
  // ruleid: javascript.sql-string-concatenation
  const stmt: string = 'DELETE FROM items WHERE id = ' + id;
  // ok: javascript.sql-string-concatenation
  const param: string = 'DELETE FROM items WHERE id = $1';
  return stmt + param;
}
