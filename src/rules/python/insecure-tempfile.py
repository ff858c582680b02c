import os
import tempfile
from tempfile import mktemp

def scratch():
    # ruleid: python.insecure-tempfile
    path = tempfile.mktemp(suffix=".txt")
    # ruleid: python.insecure-tempfile
    other = mktemp()
    # ruleid: python.insecure-tempfile
    legacy = os.tempnam("/tmp", "app")
    # ok: python.insecure-tempfile
    fd, good = tempfile.mkstemp(suffix=".txt")
    # ok: python.insecure-tempfile
    with tempfile.NamedTemporaryFile() as f:
        f.write(b"data")
    return path, other, legacy, good
