import hashlib
from hashlib import md5, sha1
from Crypto.Hash import MD5
from cryptography.hazmat.primitives import hashes

def digest(data, name):
    # ruleid: python.weak-hash
    checksum = hashlib.sha1()
    # ruleid: python.weak-hash
    h = hashlib.md5(data.encode()).hexdigest()
    # ruleid: python.weak-hash
    legacy = md5(data).hexdigest()
    # ruleid: python.weak-hash
    alt = hashlib.new("md5", data)
    # ruleid: python.weak-hash
    pyc = MD5.new(data)
    # ruleid: python.weak-hash
    c = hashes.Hash(hashes.SHA1())
    # ok: python.weak-hash
    good = hashlib.sha256(data).hexdigest()
    # ok: python.weak-hash
    key = hashlib.md5(data, usedforsecurity=False).hexdigest()
    # ok: python.weak-hash
    other = hashlib.new("sha256", data)
    # ok: python.weak-hash
    blake = hashlib.blake2b(data)
    return checksum, h, legacy, alt, pyc, c, good, key, other, blake

def not_code():
    # ok: python.weak-hash
    # checksum = hashlib.md5(data).hexdigest()
    # ok: python.weak-hash
    def md5(self, data):
        return data
