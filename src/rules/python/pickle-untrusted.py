import pickle
import base64

def handler(request, sock):
    # ruleid: python.pickle-untrusted
    obj = pickle.loads(request.data)
    # ruleid: python.pickle-untrusted
    msg = pickle.loads(sock.recv(4096))
    # ruleid: python.pickle-untrusted
    session = pickle.loads(base64.b64decode(request.cookies.get("session")))
    # ok: python.pickle-untrusted
    cached = pickle.loads(cache_bytes)
    # ok: python.pickle-untrusted
    data = json.loads(request.data)
    return obj, msg, session, cached, data
