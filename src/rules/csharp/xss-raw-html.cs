using System.Web;
using System.Web.Mvc;

public static class CommentHelpers
{
    public static IHtmlString Render(HtmlHelper Html, Comment comment, string name)
    {
        // ruleid: csharp.xss-raw-html
        var body = Html.Raw(comment.Body);
        // ruleid: csharp.xss-raw-html
        var link = new HtmlString("<a href='/u/" + name + "'>" + name + "</a>");
        // ruleid: csharp.xss-raw-html
        var label = MvcHtmlString.Create($"<b>{name}</b>");
        // ok: csharp.xss-raw-html
        var fixedHtml = Html.Raw("<hr/>");
        // ok: csharp.xss-raw-html
        var encoded = new HtmlString(HttpUtility.HtmlEncode(name));
        return body;
    }
}
