using System.Data.SqlClient;
using Microsoft.EntityFrameworkCore;

public class Repo
{
    public void Run(SqlConnection conn, AppDb db, string where, string table, int id)
    {
        // ruleid: csharp.sql-command-dynamic
        var cmd = new SqlCommand(baseQuery + where, conn);
        // ruleid: csharp.sql-command-dynamic
        cmd.CommandText = string.Format(Template, table);
        // ruleid: csharp.sql-command-dynamic
        db.Database.ExecuteSqlRaw($"TRUNCATE TABLE {table}");
        // ruleid: csharp.sql-command-dynamic
        var rows = conn.Query<User>(Sql.Select + where);
        // ok: csharp.sql-command-dynamic
        db.Database.ExecuteSqlInterpolated($"DELETE FROM t WHERE id = {id}");
        // ok: csharp.sql-command-dynamic
        var ok = new SqlCommand(StoredQueries.ById, conn);
        // ok: csharp.sql-command-dynamic
        cmd.CommandText = "SELECT 1 " + "FROM dual";
        // ok: csharp.sql-command-dynamic
        logger.Execute(string.Format("{0} done", id));
    }
}
