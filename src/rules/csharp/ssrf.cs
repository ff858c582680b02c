using System.Net;
using System.Net.Http;

public class ProxyController : Controller
{
    private static readonly HttpClient Client = new HttpClient();

    public async Task<IActionResult> Fetch()
    {
        // ruleid: csharp.ssrf
        var body = await Client.GetStringAsync(Request.Query["url"]);
        // ruleid: csharp.ssrf
        var req = WebRequest.Create(Request.QueryString["target"]);
        // ruleid: csharp.ssrf
        var msg = new HttpRequestMessage(HttpMethod.Get, Request.Form["endpoint"]);
        // ok: csharp.ssrf
        var fixedBody = await Client.GetStringAsync("https://api.example.com/status");
        // ok: csharp.ssrf
        var item = await Client.GetStringAsync(_baseUrl + "/items/" + id);
        return Content(body);
    }
}
