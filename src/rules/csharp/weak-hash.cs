using System.Security.Cryptography;

public static class Hashing
{
    public static byte[] Checksum(byte[] data, string password)
    {
        // ruleid: csharp.weak-hash
        using (var md5 = MD5.Create()) { md5.ComputeHash(data); }
        // ruleid: csharp.weak-hash
        var sha = new SHA1CryptoServiceProvider();
        // ruleid: csharp.weak-hash
        var h = System.Security.Cryptography.SHA1.Create();
        // ruleid: csharp.weak-hash
        var kdf = new Rfc2898DeriveBytes(password, 16, 1000, HashAlgorithmName.SHA1);
        // ok: csharp.weak-hash
        var good = SHA256.HashData(data);
        // ok: csharp.weak-hash
        var kdf2 = new Rfc2898DeriveBytes(password, 16, 600000, HashAlgorithmName.SHA256);
        return good;
    }
}
