import jwt

def current_user(token, key):
    # ruleid: python.jwt-verify-disabled
    claims = jwt.decode(token, verify=False)
    # ruleid: python.jwt-verify-disabled
    other = jwt.decode(token, key, options={"verify_signature": False})
    # ruleid: python.jwt-verify-disabled
    loose = jwt.decode(token, key, algorithms=["HS256", "none"])
    # ok: python.jwt-verify-disabled
    good = jwt.decode(token, key, algorithms=["HS256"])
    # ok: python.jwt-verify-disabled
    strict = jwt.decode(token, key, algorithms=["RS256"], options={"require": ["exp"]})
    return claims, other, loose, good, strict
