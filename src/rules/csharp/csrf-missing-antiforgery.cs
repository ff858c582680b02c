using Microsoft.AspNetCore.Mvc;

public class ProfileController : Controller
{
    // ruleid: csharp.csrf-missing-antiforgery
    [HttpPost]
    public IActionResult ChangeEmail(string email)
    {
        _users.UpdateEmail(User, email);
        return RedirectToAction("Index");
    }

    // ruleid: csharp.csrf-missing-antiforgery
    [HttpPost, ActionName("Delete")]
    public IActionResult DeleteConfirmed(int id)
    {
        _users.Delete(id);
        return RedirectToAction("Index");
    }

    // ok: csharp.csrf-missing-antiforgery
    [HttpPost]
    [ValidateAntiForgeryToken]
    public IActionResult ChangeName(string name)
    {
        _users.UpdateName(User, name);
        return RedirectToAction("Index");
    }

    // ok: csharp.csrf-missing-antiforgery
    [HttpGet]
    public IActionResult Index() => View();

    // ok: csharp.csrf-missing-antiforgery
    [HttpPost]
    public IActionResult Api([FromBody] Order order) => Ok(order);
}
