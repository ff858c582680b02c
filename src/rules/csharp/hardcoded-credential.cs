public class Settings
{
    // ruleid: csharp.hardcoded-credential
    private const string ApiKey = "sk_live_51Habc123";
    // ruleid: csharp.hardcoded-credential
    public string Password { get; set; } = "hunter22";
    // ok: csharp.hardcoded-credential
    public string PasswordLabel { get; set; } = "Password";

    public void Configure(SmtpClient client, IConfiguration config)
    {
        // ruleid: csharp.hardcoded-credential
        client.Credentials = new NetworkCredential("mailer", "x") { Password = "Sm7pP4ss!" };
        // ok: csharp.hardcoded-credential
        var secret = config["Jwt:Secret"];
        // ok: csharp.hardcoded-credential
        var password = "";
        // ok: csharp.hardcoded-credential
        string apiKey = Environment.GetEnvironmentVariable("API_KEY");
    }
}
