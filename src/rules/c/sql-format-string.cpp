#include <cstdio>
#include <mysql.h>

void Remove(MYSQL *conn, const char *table, const char *key) {
    char query[512];
    // ruleid: c.sql-format-string
    std::sprintf(query, "DELETE FROM %s WHERE k = '%s'", table, key);
    mysql_query(conn, query);
    // ok: c.sql-format-string
    std::printf("DELETE FROM %s done\n", table);
}
