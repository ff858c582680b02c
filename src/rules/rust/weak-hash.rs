use md5::Md5;
use sha1::{Digest, Sha1};

fn fingerprint(data: &[u8], key: &[u8]) {
    // ruleid: rust.weak-hash
    let mut hasher = Md5::new();
    // ruleid: rust.weak-hash
    let mut h = crypto::sha1::Sha1::new();
    // ruleid: rust.weak-hash
    let digest = md5::compute(data);
    // ruleid: rust.weak-hash
    let mac = Hmac::<Sha1>::new_from_slice(key);
    // ruleid: rust.weak-hash
    let d = openssl::hash::hash(MessageDigest::md5(), data);
    // ok: rust.weak-hash
    let mut good = sha2::Sha256::new();
    // ok: rust.weak-hash
    let hm = Hmac::<sha2::Sha256>::new_from_slice(key);
}
