from Crypto.Cipher import DES, ARC4, AES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

def encrypt(key, data, nonce):
    # ruleid: python.weak-cipher
    cipher = DES.new(key, DES.MODE_CBC, iv)
    # ruleid: python.weak-cipher
    stream = ARC4.new(key)
    # ruleid: python.weak-cipher
    c = Cipher(algorithms.TripleDES(key), modes.CBC(iv))
    # ok: python.weak-cipher
    good = AES.new(key, AES.MODE_GCM, nonce=nonce)
    # ok: python.weak-cipher
    also = Cipher(algorithms.AES(key), modes.GCM(nonce))
    return cipher, stream, c, good, also
