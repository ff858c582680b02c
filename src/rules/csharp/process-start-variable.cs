using System.Diagnostics;

public class Launcher
{
    public void Open(string path, string arguments, ProcessStartInfo startInfo)
    {
        // ruleid: csharp.process-start-variable
        Process.Start(path);
        var p = new Process();
        // ruleid: csharp.process-start-variable
        p.StartInfo.FileName = path;
        // ruleid: csharp.process-start-variable
        var info = new ProcessStartInfo(path);
        // ruleid: csharp.process-start-variable
        Process.Start(linkLabel.Text);
        // ok: csharp.process-start-variable
        p.StartInfo.Arguments = arguments;
        // ok: csharp.process-start-variable
        Process.Start("https://example.com/help");
        // ok: csharp.process-start-variable
        p.StartInfo.FileName = "notepad.exe";
        // ok: csharp.process-start-variable
        Process.Start(startInfo);
        // ok: csharp.process-start-variable
        using (var proc = Process.Start(this.processStartInfo)) { }
    }
}
