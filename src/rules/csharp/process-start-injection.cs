using System.Diagnostics;

public class Runner
{
    public void Run(string program, string file, string url)
    {
        // ruleid: csharp.process-start-injection
        Process.Start("cmd.exe", "/c type " + file);
        // ruleid: csharp.process-start-injection
        var psi = new ProcessStartInfo("cmd.exe", $"/c {program}");
        var proc = new Process();
        // ruleid: csharp.process-start-injection
        proc.StartInfo.Arguments = "-bot " + file;
        // ruleid: csharp.process-start-injection
        var info = new ProcessStartInfo { FileName = "git", Arguments = string.Format("clone {0}", url) };
        // ruleid: csharp.process-start-injection
        System.Diagnostics.Process.Start("bash", program);
        // ok: csharp.process-start-injection
        Process.Start("notepad.exe", "readme.txt");
        var safe = new ProcessStartInfo("git");
        // ok: csharp.process-start-injection
        safe.ArgumentList.Add(url);
        // ok: csharp.process-start-injection
        proc.StartInfo.Arguments = "--version";
        var sh = new Process();
        sh.StartInfo.FileName = "/bin/bash";
        // ruleid: csharp.process-start-injection
        sh.StartInfo.Arguments = program;
        // ruleid: csharp.process-start-injection
        var c = new ProcessStartInfo { FileName = "cmd", Arguments = program };
    }
}
