using System.Diagnostics;

public class Runner
{
    public int Run(string path, string arguments, string url)
    {
        var p = new Process();
        p.StartInfo.FileName = path;
        // ruleid: csharp.process-arguments-variable
        p.StartInfo.Arguments = arguments;
        // ruleid: csharp.process-arguments-variable
        var info = new ProcessStartInfo("explorer.exe", url);
        // ruleid: csharp.process-arguments-variable
        Process.Start("git", options.ExtraArgs);
        var psi = new ProcessStartInfo
        {
            FileName = "dotnet",
            // ruleid: csharp.process-arguments-variable
            Arguments = BuildArguments(path),
        };

        // ok: csharp.process-arguments-variable
        p.StartInfo.Arguments = "--version";
        // ok: csharp.process-arguments-variable
        p.StartInfo.Arguments = string.Empty;
        // ok: csharp.process-arguments-variable
        var fixedInfo = new ProcessStartInfo("openssl", "ciphers NULL");
        // ok: csharp.process-arguments-variable
        psi.ArgumentList.Add(path);
        // ok: csharp.process-arguments-variable
        Process.Start(psi);
        return 0;
    }
}
