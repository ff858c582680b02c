using System.Web.Mvc;

public class PageController : Controller
{
    [HttpPost]
    [ValidateAntiForgeryToken]
    // ruleid: csharp.request-validation-disabled
    [ValidateInput(false)]
    public ActionResult Edit(int id, string html) => View();

    [HttpPost]
    [ValidateAntiForgeryToken]
    // ok: csharp.request-validation-disabled
    [ValidateInput(true)]
    public ActionResult Save(int id, string text) => View();
}
