using System.Data.SqlClient;

public class Repo
{
    public void Run(SqlConnection conn, string sql, ISession session)
    {
        // ruleid: csharp.sql-command-variable
        var cmd = new SqlCommand(sql, conn);
        // ruleid: csharp.sql-command-variable
        cmd.CommandText = builder.ToString();
        // ruleid: csharp.sql-command-variable
        var q = session.CreateSQLQuery(sql);
        // ok: csharp.sql-command-variable
        var fixedCmd = new SqlCommand("SELECT 1", conn);
        // ok: csharp.sql-command-variable
        cmd.CommandText = Queries.SelectUserById;
    }
}
