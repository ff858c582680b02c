use std::env;
use std::fs::File;

fn scratch() -> std::io::Result<()> {
    // ruleid: rust.temp-file-fixed-name
    let lock = env::temp_dir().join("myapp.lock");
    let mut path = env::temp_dir();
    // ruleid: rust.temp-file-fixed-name
    path.push("http_service_in.pipe");
    // ruleid: rust.temp-file-fixed-name
    let f = File::create("/tmp/report.txt")?;
    // ok: rust.temp-file-fixed-name
    let t = tempfile::NamedTempFile::new()?;
    // ok: rust.temp-file-fixed-name
    let dir = tempfile::tempdir()?;
    Ok(())
}
