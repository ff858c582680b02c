# ruleid: secrets.private-key
KEY = """-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAvb1nTQ8kx1fBqoW8c9mGH2p8XH0j
-----END RSA PRIVATE KEY-----"""
# ruleid: secrets.private-key
PEM = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIB\n-----END PRIVATE KEY-----\n"
# ok: secrets.private-key
if line.startswith("-----BEGIN RSA PRIVATE KEY-----"): kind = "rsa"
# ok: secrets.private-key
HEADER = "-----BEGIN CERTIFICATE-----"
# ok: secrets.private-key
key = open("/etc/ssl/private/server.key").read()
