public class Who {
    public String user(String token) {
        // ruleid: java.jwt-decode-without-verify
        DecodedJWT jwt = JWT.decode(token);
        // ok: java.jwt-decode-without-verify
        DecodedJWT verified = JWT.require(Algorithm.RSA256(publicKey, null)).build().verify(token);
        return jwt.getSubject();
    }
}
