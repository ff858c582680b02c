import os

def clear():
    # ruleid: python.os-system-constant
    os.system("clear")
    # ruleid: python.os-system-constant
    up = os.popen("uptime").read()
    # ok: python.os-system-constant
    os.system(f"echo {up}")
    # ok: python.os-system-constant
    subprocess.run(["clear"])
