import tarfile
import zipfile

def unpack(path, dest):
    with tarfile.open(path) as tar:
        # ruleid: python.tarfile-extractall
        tar.extractall(dest)
    # ruleid: python.tarfile-extractall
    tarfile.open(path).extractall(dest)
    with tarfile.open(path) as tar:
        # ok: python.tarfile-extractall
        tar.extractall(dest, filter="data")
    with zipfile.ZipFile(path) as zf:
        # ok: python.tarfile-extractall
        zf.extractall(dest)
