import ssl
import requests
import httpx
import urllib.request

def fetch(url, session):
    # ruleid: python.tls-verify-disabled
    r = requests.get(url, verify=False)
    # ruleid: python.tls-verify-disabled
    s = session.post(url, data={}, verify=False, timeout=5)
    # ruleid: python.tls-verify-disabled
    client = httpx.Client(verify=False)
    # ruleid: python.tls-verify-disabled
    ctx = ssl._create_unverified_context()
    # ruleid: python.tls-verify-disabled
    ssl._create_default_https_context = ssl._create_unverified_context
    ctx2 = ssl.create_default_context()
    # ruleid: python.tls-verify-disabled
    ctx2.check_hostname = False
    # ruleid: python.tls-verify-disabled
    ctx2.verify_mode = ssl.CERT_NONE
    return r, s, client, ctx

def safe(url):
    # ok: python.tls-verify-disabled
    r = requests.get(url, verify="/etc/ssl/internal-ca.pem")
    # ok: python.tls-verify-disabled
    r2 = requests.get(url, verify=True, timeout=10)
    ctx = ssl.create_default_context()
    # ok: python.tls-verify-disabled
    ctx.verify_mode = ssl.CERT_REQUIRED
    # ok: python.tls-verify-disabled
    ctx.check_hostname = True
    return r, r2, ctx
