using Microsoft.IdentityModel.Tokens;
using System.IdentityModel.Tokens.Jwt;

public static class Auth
{
    public static TokenValidationParameters Parameters(SecurityKey key) => new TokenValidationParameters
    {
        // ruleid: csharp.jwt-signature-validation-disabled
        RequireSignedTokens = false,
        // ruleid: csharp.jwt-signature-validation-disabled
        SignatureValidator = (token, parameters) => new JwtSecurityToken(token),
        // ok: csharp.jwt-signature-validation-disabled
        IssuerSigningKey = key,
        // ok: csharp.jwt-signature-validation-disabled
        RequireSignedTokens = true,
    };
}
