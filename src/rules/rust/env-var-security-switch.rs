use std::env;

fn authorize(user: &User) -> bool {
    // ruleid: rust.env-var-security-switch
    if env::var("SKIP_AUTH").is_ok() {
        return true;
    }
    // ok: rust.env-var-security-switch
    let port = env::var("PORT").unwrap_or_else(|_| "8080".into());
    user.is_admin
}
