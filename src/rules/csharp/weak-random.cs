using System;

public class Dice
{
    public int Roll()
    {
        // ruleid: csharp.weak-random
        var random = new Random();
        // ruleid: csharp.weak-random
        int other = Random.Shared.Next(6);
        // ok: csharp.weak-random
        int secure = System.Security.Cryptography.RandomNumberGenerator.GetInt32(1, 7);
        return random.Next(1, 7) + other + secure;
    }
}
