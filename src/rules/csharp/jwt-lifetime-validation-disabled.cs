using Microsoft.IdentityModel.Tokens;

public static class Auth
{
    public static TokenValidationParameters Build() => new TokenValidationParameters
    {
        // ruleid: csharp.jwt-lifetime-validation-disabled
        ValidateLifetime = false,
        // ok: csharp.jwt-lifetime-validation-disabled
        RequireExpirationTime = true,
    };
}
