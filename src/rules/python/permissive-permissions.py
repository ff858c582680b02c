import os
import stat

def publish(path, fd):
    # ruleid: python.permissive-permissions
    os.chmod(path, 0o777)
    # ruleid: python.permissive-permissions
    os.chmod(path, 0666)
    # ruleid: python.permissive-permissions
    os.umask(0)
    # ruleid: python.permissive-permissions
    os.chmod(path, stat.S_IRWXU | stat.S_IRWXO)
    # ruleid: python.permissive-permissions
    handle = os.open(path, os.O_CREAT | os.O_WRONLY, 0o666)
    # ruleid: python.permissive-permissions
    Path(path).chmod(0o777)
    # ok: python.permissive-permissions
    os.chmod(path, 0o600)
    # ok: python.permissive-permissions
    os.chmod(path, 0o755)
    # ok: python.permissive-permissions
    os.umask(0o077)
    # ok: python.permissive-permissions
    safe = os.open(path, os.O_CREAT | os.O_WRONLY, 0o700)
    return handle, safe
