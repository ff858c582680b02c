#include <stdio.h>
#include <sqlite3.h>

int find_user(sqlite3 *db, const char *name) {
    char sql[256];
    // ruleid: c.sql-format-string
    snprintf(sql, sizeof sql, "SELECT id FROM users WHERE name = '%s'", name);
    sqlite3_exec(db, sql, NULL, NULL, NULL);
    // ruleid: c.sql-format-string
    char *q = sqlite3_mprintf("delete from logs where user='%s'", name);
    // ok: c.sql-format-string
    char *q2 = sqlite3_mprintf("delete from logs where user=%Q", name);
    // ok: c.sql-format-string
    snprintf(sql, sizeof sql, "SELECT id FROM users WHERE id = %d", 42);
    // ok: c.sql-format-string
    snprintf(sql, sizeof sql, "select a file: %s", name);
    sqlite3_free(q);
    sqlite3_free(q2);
    return 0;
}
