using System.Data.SqlClient;

public class Db
{
    // ruleid: csharp.connection-string-password
    private const string Conn = "Server=db01;Database=Shop;User Id=sa;Password=Pa55w0rd!;";
    // ok: csharp.connection-string-password
    private const string Trusted = "Server=db01;Database=Shop;Integrated Security=true;";
    // ok: csharp.connection-string-password
    private const string Template = "Server={0};Database=Shop;User Id={1};Password={2};";
}
