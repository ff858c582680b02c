from Crypto.Cipher import AES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

def encrypt(key, data, nonce):
    # ruleid: python.ecb-mode
    cipher = AES.new(key, AES.MODE_ECB)
    # ruleid: python.ecb-mode
    c = Cipher(algorithms.AES(key), modes.ECB())
    # ok: python.ecb-mode
    good = AES.new(key, AES.MODE_GCM, nonce=nonce)
    # ok: python.ecb-mode
    also = Cipher(algorithms.AES(key), modes.GCM(nonce))
    return cipher, c, good, also
