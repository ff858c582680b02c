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
        // ruleid: csharp.sql-command-variable
        var rows = conn.Query<User>(sql);
        // ruleid: csharp.sql-command-variable
        return server.ExecuteNonQuery(out ret, instance, comm);
        // ruleid: csharp.sql-command-variable
        var rs = session.Execute(stmt);
        // ok: csharp.sql-command-variable
        var user = conn.QueryFirst<User>("SELECT * FROM Users WHERE Id = @id", new { id });
        // ok: csharp.sql-command-variable
        var n = cmd.ExecuteNonQuery();
        // ok: csharp.sql-command-variable
        var reader = cmd.ExecuteReader(behavior);
    }
}
