import subprocess
import shlex

def list_dir(path):
    # ruleid: python.subprocess-shell-true
    subprocess.run("ls " + path, shell=True)

def archive(name):
    # ruleid: python.subprocess-shell-true
    return subprocess.check_output(f"tar czf {name}.tgz data", shell=True, text=True)

def safe(path):
    # ok: python.subprocess-shell-true
    subprocess.run(["ls", path])
    # ok: python.subprocess-shell-true
    subprocess.run(["ls", path], shell=False)
    # ok: python.subprocess-shell-true
    other.run("ls", shell=True)
