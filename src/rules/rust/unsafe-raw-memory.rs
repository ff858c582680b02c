use std::ffi::CStr;
use std::mem::MaybeUninit;

static mut DROPPED: [bool; 4] = [false; 4];

fn reinterpret(bits: u32, v: &mut Vec<u8>, p: *const u8, n: usize, code: i32) -> f32 {
    // ruleid: rust.unsafe-raw-memory
    let f = unsafe { std::mem::transmute::<u32, f32>(bits) };
    // ruleid: rust.unsafe-raw-memory
    let s = unsafe { std::slice::from_raw_parts(p, n) };
    // ok: rust.unsafe-raw-memory
    let pid = unsafe { libc::getpid() };
    // ok: rust.unsafe-raw-memory
    let g = f32::from_bits(bits);
    // ruleid: rust.unsafe-raw-memory
    let msg = unsafe { CStr::from_ptr(libc::strerror(code)) };
    // ruleid: rust.unsafe-raw-memory
    unsafe { (*node).next = std::ptr::null_mut(); }
    // ruleid: rust.unsafe-raw-memory
    unsafe { DROPPED[2] = true; }
    // ruleid: rust.unsafe-raw-memory
    unsafe { ffi::rocksdb_column_family_handle_destroy(handle) };
    // ruleid: rust.unsafe-raw-memory
    let rect = unsafe { let mut r = MaybeUninit::uninit(); get_bounds(r.as_mut_ptr()); r.assume_init() };
    // ok: rust.unsafe-raw-memory
    let version = unsafe { rdsys::rd_kafka_version() };
    // ok: rust.unsafe-raw-memory
    let limit = unsafe { get_sp_limit() };
    // ok: rust.unsafe-raw-memory
    let total = unsafe { counter.load(Ordering::Relaxed) + MAX_ITEMS };
    f + g + s.len() as f32 + pid as f32 + msg.to_bytes().len() as f32 + version as f32 + rect + limit as f32 + total as f32
}

fn link(llmod: ModuleRef, bc: &[u8]) -> bool {
    let ptr = bc.as_ptr();
    // ruleid: rust.unsafe-raw-memory
    unsafe { LLVMRustLinkInExternalBitcode(llmod, ptr as *libc::c_char, bc.len() as libc::size_t) }
}
