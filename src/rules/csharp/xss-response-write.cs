using System.Web;

public class SearchPage : Page
{
    protected void Page_Load(object sender, EventArgs e)
    {
        // ruleid: csharp.xss-response-write
        Response.Write("You searched for: " + Request.QueryString["q"]);
        // ruleid: csharp.xss-response-write
        HttpContext.Current.Response.Write(Request["name"]);
        // ok: csharp.xss-response-write
        Response.Write(HttpUtility.HtmlEncode(Request.QueryString["q"]));
        // ok: csharp.xss-response-write
        Response.Write("<p>Done</p>");
    }
}

public class HomeController : Controller
{
    public IActionResult Hello(string name)
    {
        // ruleid: csharp.xss-response-write
        return Content("<h1>Hello " + name + "</h1>", "text/html");
    }

    public IActionResult Plain(string name)
    {
        // ok: csharp.xss-response-write
        return Content("Hello " + name, "text/plain");
    }
}
