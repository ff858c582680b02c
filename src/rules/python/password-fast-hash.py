import hashlib
import os

def register(username, password):
    # ruleid: python.password-fast-hash
    hashed = hashlib.md5(password.encode()).hexdigest()
    # ruleid: python.password-fast-hash
    digest = hashlib.sha256((salt + password).encode("utf-8")).hexdigest()
    # ruleid: python.password-fast-hash
    other = hashlib.new("sha1", user_pwd.encode())
    salt = os.urandom(16)
    # ok: python.password-fast-hash
    good = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600000)
    # ok: python.password-fast-hash
    also_good = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    # ok: python.password-fast-hash
    file_sum = hashlib.sha256(contents).hexdigest()
    return hashed, digest, other, good, also_good, file_sum
