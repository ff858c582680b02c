using System.Data.SqlClient;

public class UserRepository
{
    public void Find(SqlConnection conn, string name, int id, string table)
    {
        // ruleid: csharp.sql-string-building
        var cmd = new SqlCommand("SELECT * FROM Users WHERE Name = '" + name + "'", conn);
        // ruleid: csharp.sql-string-building
        string sql = $"DELETE FROM Orders WHERE Id = {id}";
        // ruleid: csharp.sql-string-building
        var q = string.Format("select count(1) from images where url='{0}'", name);
        // ruleid: csharp.sql-string-building
        string command = "SELECT * FROM " + table;
        // ok: csharp.sql-string-building
        var safe = new SqlCommand("SELECT * FROM Users WHERE Name = @name", conn);
        safe.Parameters.AddWithValue("@name", name);
        // ok: csharp.sql-string-building
        var msg = "Selected " + name + " from the list";
        // ok: csharp.sql-string-building
        var text = "SELECT * FROM Users " + "WHERE Id = @id";
    }
}
