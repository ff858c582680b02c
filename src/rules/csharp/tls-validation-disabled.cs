using System.Net;
using System.Net.Http;
using System.Net.Security;

public class Client
{
    public HttpClient Create()
    {
        // ruleid: csharp.tls-validation-disabled
        ServicePointManager.ServerCertificateValidationCallback += (sender, cert, chain, errors) => true;
        // ruleid: csharp.tls-validation-disabled
        ServicePointManager.ServerCertificateValidationCallback = delegate { return true; };
        var handler = new HttpClientHandler();
        // ruleid: csharp.tls-validation-disabled
        handler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator;
        // ok: csharp.tls-validation-disabled
        handler.ServerCertificateCustomValidationCallback = (m, c, ch, e) => e == SslPolicyErrors.None;
        return new HttpClient(handler);
    }

    // ruleid: csharp.tls-validation-disabled
    private static bool AcceptAll(object s, X509Certificate c, X509Chain ch, SslPolicyErrors e) => true;

    // ok: csharp.tls-validation-disabled
    private static bool Check(object s, X509Certificate c, X509Chain ch, SslPolicyErrors e) => e == SslPolicyErrors.None;
}
