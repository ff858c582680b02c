using System;

public class Dice
{
    private readonly Random _rng;

    public int Roll(Random rand)
    {
        // ruleid: csharp.weak-random
        var random = new Random();
        // ruleid: csharp.weak-random
        int other = Random.Shared.Next(6);
        // ok: csharp.weak-random
        int secure = System.Security.Cryptography.RandomNumberGenerator.GetInt32(1, 7);
        // ruleid: csharp.weak-random
        int face = rand.Next(1, 7);
        // ruleid: csharp.weak-random
        double jitter = _rng.NextDouble();
        // ok: csharp.weak-random
        var token = enumerator.Next();
        // ok: csharp.weak-random
        var page = pager.Next(10);
        // ruleid: csharp.weak-random
        int lane = Random.Range(0, 4);
        // ruleid: csharp.weak-random
        float roll = UnityEngine.Random.value;
        // ok: csharp.weak-random
        var span = Enumerable.Range(0, 4);
        // ok: csharp.weak-random
        var bytes = RandomNumberGenerator.GetBytes(16);
        return face + other + secure;
    }
}
