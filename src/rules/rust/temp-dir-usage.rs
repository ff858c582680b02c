fn base() -> std::path::PathBuf {
    // ruleid: rust.temp-dir-usage
    let tmp = std::env::temp_dir();
    // ok: rust.temp-dir-usage
    let dir = tempfile::tempdir().unwrap();
    tmp
}
