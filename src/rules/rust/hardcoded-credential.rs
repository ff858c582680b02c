// ruleid: rust.hardcoded-credential
const API_KEY: &str = "sk_live_4eC39HqLyjWDarjtT1zdp7dc";
// ok: rust.hardcoded-credential
const API_KEY_ENV: &str = "API_KEY";

fn connect() {
    // ruleid: rust.hardcoded-credential
    let cfg = DbConfig { user: "app", password: "hunter2hunter2" };
    // ok: rust.hardcoded-credential
    let password = std::env::var("DB_PASSWORD").unwrap();
    // ok: rust.hardcoded-credential
    let token = "";
}
