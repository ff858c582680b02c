fn validation() -> jsonwebtoken::Validation {
    let mut v = jsonwebtoken::Validation::default();
    // ruleid: rust.jwt-expiry-validation-disabled
    v.validate_exp = false;
    // ok: rust.jwt-expiry-validation-disabled
    v.validate_nbf = true;
    v
}
