use std::env;

fn locate() -> std::path::PathBuf {
    // ruleid: rust.argv0-trusted
    let me = env::args_os().next().unwrap();
    // ruleid: rust.argv0-trusted
    let prog = env::args().nth(0).unwrap();
    // ok: rust.argv0-trusted
    let first = env::args().nth(1);
    std::path::PathBuf::from(me)
}
