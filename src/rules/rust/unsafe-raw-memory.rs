fn reinterpret(bits: u32, v: &mut Vec<u8>, p: *const u8, n: usize) -> f32 {
    // ruleid: rust.unsafe-raw-memory
    let f = unsafe { std::mem::transmute::<u32, f32>(bits) };
    // ruleid: rust.unsafe-raw-memory
    let s = unsafe { std::slice::from_raw_parts(p, n) };
    // ok: rust.unsafe-raw-memory
    let pid = unsafe { libc::getpid() };
    // ok: rust.unsafe-raw-memory
    let g = f32::from_bits(bits);
    f + g + s.len() as f32 + pid as f32
}
