using System.Security.Cryptography;

public class Legacy
{
    public void Setup(byte[] key)
    {
        // ruleid: csharp.weak-cipher
        DESCryptoServiceProvider des = new DESCryptoServiceProvider();
        // ruleid: csharp.weak-cipher
        var tdes = TripleDES.Create();
        var aes = Aes.Create();
        // ruleid: csharp.weak-cipher
        aes.Mode = CipherMode.ECB;
        // ok: csharp.weak-cipher
        aes.Mode = CipherMode.CBC;
        // ok: csharp.weak-cipher
        using var gcm = new AesGcm(key);
    }
}
