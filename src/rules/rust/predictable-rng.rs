use rand::{rngs::StdRng, SeedableRng};

fn rngs(seed: u64) {
    // ruleid: rust.predictable-rng
    let mut a = StdRng::seed_from_u64(42);
    // ruleid: rust.predictable-rng
    let mut b = rand_chacha::ChaCha20Rng::from_seed([7u8; 32]);
    // ok: rust.predictable-rng
    let mut c = StdRng::seed_from_u64(seed);
    // ok: rust.predictable-rng
    let mut d = StdRng::from_entropy();
}
