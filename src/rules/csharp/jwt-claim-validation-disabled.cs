using Microsoft.IdentityModel.Tokens;

public static class Auth
{
    public static TokenValidationParameters Build() => new TokenValidationParameters
    {
        // ruleid: csharp.jwt-claim-validation-disabled
        ValidateIssuer = false,
        // ruleid: csharp.jwt-claim-validation-disabled
        ValidateAudience = false,
        // ok: csharp.jwt-claim-validation-disabled
        ValidateIssuerSigningKey = true,
    };
}
