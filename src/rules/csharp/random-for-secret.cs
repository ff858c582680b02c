using System;

public class Tokens
{
    private static readonly Random Rng = new Random();

    // ruleid: csharp.random-for-secret
    public string GeneratePassword(int length)
    {
        var random = new Random();
        var chars = new char[length];
        for (int i = 0; i < length; i++) chars[i] = Alphabet[random.Next(Alphabet.Length)];
        return new string(chars);
    }

    public void Issue(User user, byte[] salt)
    {
        // ruleid: csharp.random-for-secret
        int resetCode = Rng.Next(100000, 999999);
        // ruleid: csharp.random-for-secret
        user.SessionToken = new Random().Next().ToString("x");
        // ruleid: csharp.random-for-secret
        Rng.NextBytes(salt);
        // ok: csharp.random-for-secret
        int delayMs = Rng.Next(100, 500);
        // ok: csharp.random-for-secret
        var token = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    }
}
