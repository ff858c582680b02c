use rand::{rngs::SmallRng, Rng, SeedableRng};

fn issue() {
    // ruleid: rust.non-crypto-rng-for-secret
    let session_token: u64 = SmallRng::from_entropy().gen();
    // ruleid: rust.non-crypto-rng-for-secret
    let api_key = fastrand::u128(..);
    // ok: rust.non-crypto-rng-for-secret
    let delay = fastrand::u64(10..100);
    // ok: rust.non-crypto-rng-for-secret
    let nonce: [u8; 12] = rand::thread_rng().gen();
}
