import ssl
from OpenSSL import SSL

def contexts():
    # ruleid: python.weak-tls-version
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    # ruleid: python.weak-tls-version
    old = SSL.Context(SSL.SSLv3_METHOD)
    # ruleid: python.weak-tls-version
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    # ok: python.weak-tls-version
    good = ssl.create_default_context()
    # ok: python.weak-tls-version
    good.minimum_version = ssl.TLSVersion.TLSv1_2
    # ok: python.weak-tls-version
    srv = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    return ctx, old, good, srv
