import io.jsonwebtoken.*;

public class Auth {
    public Claims claims(String token, Key key) {
        // ruleid: java.jwt-signature-not-verified
        Jwt jwt = Jwts.parser().parse(token);
        // ruleid: java.jwt-signature-not-verified
        Claims c = Jwts.parserBuilder().build().parseClaimsJwt(token).getBody();
        // ruleid: java.jwt-signature-not-verified
        Algorithm none = Algorithm.none();
        // ok: java.jwt-signature-not-verified
        Claims ok = Jwts.parserBuilder().setSigningKey(key).build().parseClaimsJws(token).getBody();
        // ok: java.jwt-signature-not-verified
        Claims ok2 = Jwts.parser().verifyWith(key).build().parseSignedClaims(token).getPayload();
        return ok;
    }
}
