import subprocess

def listing(path):
    # ruleid: python.subprocess-string-command
    subprocess.run("ls -l " + path)
    # ruleid: python.subprocess-string-command
    out = subprocess.check_output(f"git log {path}", text=True)
    # ok: python.subprocess-string-command
    subprocess.run(["ls", "-l", path])
    # ok: python.subprocess-string-command
    subprocess.run("ls -l")
    return out
