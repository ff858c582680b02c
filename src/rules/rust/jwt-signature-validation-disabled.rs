use jsonwebtoken::{decode, DecodingKey, Validation};

fn claims(token: &str, key: &[u8]) {
    let mut validation = Validation::default();
    // ruleid: rust.jwt-signature-validation-disabled
    validation.insecure_disable_signature_validation();
    // ruleid: rust.jwt-signature-validation-disabled
    let data = jsonwebtoken::dangerous_insecure_decode::<Claims>(token);
    // ok: rust.jwt-signature-validation-disabled
    let ok = decode::<Claims>(token, &DecodingKey::from_secret(key), &Validation::default());
}
