use des::Des;

fn encrypt(key: &[u8]) {
    // ruleid: rust.weak-cipher
    let cipher = Des::new_from_slice(key).unwrap();
    // ruleid: rust.weak-cipher
    let mut rc4 = Rc4::new(key.into());
    // ruleid: rust.weak-cipher
    let c = openssl::symm::Cipher::aes_128_ecb();
    // ruleid: rust.weak-cipher
    type Aes128EcbEnc = ecb::Encryptor<aes::Aes128>;
    // ok: rust.weak-cipher
    let gcm = aes_gcm::Aes256Gcm::new_from_slice(key).unwrap();
    // ok: rust.weak-cipher
    let c2 = openssl::symm::Cipher::aes_256_gcm();
}
