use std::env;

fn plugin_dir() -> std::path::PathBuf {
    // ruleid: rust.current-exe-trusted
    let exe = env::current_exe().unwrap();
    // ok: rust.current-exe-trusted
    let fixed = std::path::PathBuf::from("/usr/lib/myapp/plugins");
    exe.parent().unwrap().join("plugins")
}

fn in_macro() -> std::io::Result<std::path::PathBuf> {
    // ruleid: rust.current-exe-trusted
    let p = try_or_log!(env::current_exe());
    Ok(p)
}

// ok: rust.current-exe-trusted
pub fn current_exe() -> std::io::Result<std::path::PathBuf> { unimplemented!() }
