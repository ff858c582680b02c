fn client(insecure: bool) -> reqwest::Client {
    // ruleid: rust.tls-verification-disabled
    let c = reqwest::Client::builder().danger_accept_invalid_certs(true).build().unwrap();
    // ruleid: rust.tls-verification-disabled
    context.set_verify(openssl::ssl::SSL_VERIFY_NONE);
    // ruleid: rust.tls-verification-disabled
    config.dangerous().set_certificate_verifier(Arc::new(NoVerifier));
    // ok: rust.tls-verification-disabled
    let d = reqwest::Client::builder().danger_accept_invalid_certs(false).build().unwrap();
    // ok: rust.tls-verification-disabled
    builder.set_verify(SslVerifyMode::PEER);
    c
}
