import os

def ensure(path):
    # ruleid: python.permissive-mkdir
    os.makedirs(path, 0o777)
    # ruleid: python.permissive-mkdir
    os.mkdir(path, mode=0o777)
    # ok: python.permissive-mkdir
    os.makedirs(path, mode=0o700, exist_ok=True)
    # ok: python.permissive-mkdir
    os.mkdir(path)
