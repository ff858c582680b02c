import os
import commands
from os import system, popen
import subprocess
import shlex

def move(work_dir):
    # ruleid: python.os-system
    os.system("mv " + work_dir + "/test " + work_dir + "/ori_test")

def kill(pid):
    # ruleid: python.os-system
    os.popen('taskkill /T /F /PID %d' % pid)

def count(path):
    # ruleid: python.os-system
    r = os.popen("df -h " + path).read()
    # ruleid: python.os-system
    out = commands.getoutput(f"wc -l {path}")
    # ruleid: python.os-system
    system(cmd)
    # ruleid: python.os-system
    text = popen("pdftotext '{}' -".format(path)).read()
    # ruleid: python.os-system
    status, out = subprocess.getstatusoutput("file " + path)
    return r, out, text, status

async def run(host):
    # ruleid: python.os-system
    proc = await asyncio.create_subprocess_shell(f"ping -c 1 {host}")

def safe(path):
    # ok: python.os-system
    os.system("clear")
    # ok: python.os-system
    subprocess.run(["df", "-h", path])
    # ok: python.os-system
    os.path.exists(path)
    # ok: python.os-system
    platform.system()
    # ok: python.os-system
    os.popen("uptime").read()
    # ok: python.os-system
    # os.system(cmd)
    # ok: python.os-system
    kind = platform.system()
