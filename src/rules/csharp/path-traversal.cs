using System.IO;
using Microsoft.AspNetCore.Mvc;

public class FilesController : Controller
{
    public IActionResult Download()
    {
        // ruleid: csharp.path-traversal
        var path = Path.Combine(_root, Request.Query["name"]);
        // ruleid: csharp.path-traversal
        var text = System.IO.File.ReadAllText(Request.Form["file"]);
        // ruleid: csharp.path-traversal
        return PhysicalFile(Request.Query["p"], "application/octet-stream");
    }

    public void Upload(IFormFile upload)
    {
        // ruleid: csharp.path-traversal
        using var stream = new FileStream(Path.Combine(_root, upload.FileName), FileMode.Create);
        // ok: csharp.path-traversal
        var safe = Path.Combine(_root, Path.GetFileName(upload.FileName));
        // ok: csharp.path-traversal
        var fixedPath = Path.Combine(_root, "index.html");
    }
}
