fn client(options: &Options) -> reqwest::ClientBuilder {
    // ruleid: rust.tls-verification-configurable
    let b = reqwest::Client::builder().danger_accept_invalid_certs(options.disable_ssl_verification);
    // ok: rust.tls-verification-configurable
    let c = reqwest::Client::builder().danger_accept_invalid_certs(false);
    b
}
