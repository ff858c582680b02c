using Microsoft.AspNetCore.Mvc;

public class AccountController : Controller
{
    public IActionResult Login(string returnUrl)
    {
        // ruleid: csharp.open-redirect
        return Redirect(returnUrl);
    }

    public void Legacy()
    {
        // ruleid: csharp.open-redirect
        Response.Redirect(Request.QueryString["next"]);
    }

    public IActionResult Safe(string returnUrl)
    {
        if (Url.IsLocalUrl(returnUrl))
        {
            // ok: csharp.open-redirect
            return LocalRedirect(returnUrl);
        }
        // ok: csharp.open-redirect
        return Redirect(Url.Action("Index", "Home"));
    }
}
