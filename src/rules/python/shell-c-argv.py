import os
import subprocess

def run(cmd, name):
    # ruleid: python.shell-c-argv
    subprocess.run(["bash", "-c", cmd])
    # ruleid: python.shell-c-argv
    subprocess.check_output(["/bin/sh", "-c", f"grep {name} /etc/passwd"])
    # ruleid: python.shell-c-argv
    os.execl("/bin/sh", "sh", "-c", "echo " + name)
    # ok: python.shell-c-argv
    subprocess.run(["bash", "-c", "echo hello"])
    # ok: python.shell-c-argv
    subprocess.run(["grep", name, "/etc/passwd"])
    # ok: python.shell-c-argv
    os.execl("/usr/bin/grep", "grep", name, "/etc/passwd")
