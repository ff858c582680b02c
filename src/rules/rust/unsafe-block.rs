extern "C" {
    fn getpid() -> i32;
}

fn pid() -> i32 {
    // ruleid: rust.unsafe-block
    unsafe { getpid() }
}

struct Handle(*mut u8);
// ruleid: rust.unsafe-block
unsafe impl Send for Handle {}

fn safe_len(v: &[u8]) -> usize {
    // ok: rust.unsafe-block
    v.len()
}
