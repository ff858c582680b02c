import subprocess

def disk_usage():
    # ruleid: python.subprocess-shell-constant
    return subprocess.check_output("df -h | tail -n +2", shell=True)

def mixer():
    # ruleid: python.subprocess-shell-constant
    subprocess.check_output(["amixer set 'Master' 5%+"], shell=True)

def safe():
    # ok: python.subprocess-shell-constant
    subprocess.check_output(["df", "-h"])
    # ok: python.subprocess-shell-constant
    subprocess.run("df -h", shell=False)
