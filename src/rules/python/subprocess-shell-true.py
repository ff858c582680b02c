import subprocess
import subprocess as sp
from subprocess import check_output, Popen
import shlex

def list_dir(path):
    # ruleid: python.subprocess-shell-true
    subprocess.run("ls " + path, shell=True)

def archive(name):
    # ruleid: python.subprocess-shell-true
    return subprocess.check_output(f"tar czf {name}.tgz data", shell=True, text=True)

def convert(src, dst):
    cmd = "convert %s %s" % (src, dst)
    # ruleid: python.subprocess-shell-true
    proc = sp.Popen(cmd, stdout=sp.PIPE, shell=True)
    # ruleid: python.subprocess-shell-true
    out = check_output("gzip -cd {} > {}".format(src, dst), shell=True)
    # ruleid: python.subprocess-shell-true
    Popen(" ".join(["ls", src]),
          shell=True)
    return proc, out

def safe(path):
    # ok: python.subprocess-shell-true
    subprocess.run(["ls", path])
    # ok: python.subprocess-shell-true
    subprocess.run(["ls", path], shell=False)
    # ok: python.subprocess-shell-true
    other.run(path, shell=True)
    # ok: python.subprocess-shell-true
    subprocess.run("ls -l /var/log", shell=True)
    # ok: python.subprocess-shell-true
    subprocess.call("ls " + shlex.quote(path), shell=False)
