using Microsoft.AspNet.Identity;

public class UserManagerFactory
{
    public void Configure(ApplicationUserManager manager, IdentityOptions options)
    {
        manager.PasswordValidator = new PasswordValidator
        {
            // ruleid: csharp.weak-password-policy
            RequiredLength = 6,
            RequireDigit = true,
        };
        // ok: csharp.weak-password-policy
        options.Password.RequiredLength = 12;
        // ruleid: csharp.weak-password-policy
        options.Password.RequiredLength = 4;
    }
}
