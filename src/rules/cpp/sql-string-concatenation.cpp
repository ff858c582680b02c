#include <string>
#include <sqlite3.h>

void Lookup(sqlite3 *db, const std::string &name, int id) {
    // ruleid: cpp.sql-string-concatenation
    std::string sql = "SELECT * FROM users WHERE name = '" + name + "'";
    sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
    std::string q = "DELETE FROM logs";
    // ruleid: cpp.sql-string-concatenation
    q += " WHERE id = " + std::to_string(id);
    // ruleid: cpp.sql-string-concatenation
    QSqlQuery query(QString("SELECT * FROM t WHERE k = '%1'").arg(name));
    // ok: cpp.sql-string-concatenation
    std::string msg = "Hello, " + name;
    // ok: cpp.sql-string-concatenation
    std::string fixed = std::string("SELECT * FROM users ") + "WHERE id = ?";
}
