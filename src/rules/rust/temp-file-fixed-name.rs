use std::env;
use std::fs::{self, File};
use std::path::PathBuf;

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

fn per_user_dir(uid: u32) -> std::io::Result<PathBuf> {
    let tmp_dir = env::temp_dir();
    // ruleid: rust.temp-file-fixed-name
    let mine = tmp_dir.join(format!("nmk-{}", uid));
    fs::create_dir(&mine)?;
    Ok(mine)
}

fn export(&self) -> std::io::Result<PathBuf> {
    // ruleid: rust.temp-file-fixed-name
    let destination = env::temp_dir().join(self.file_name());
    File::create(&destination)?;
    Ok(destination)
}

fn random_dir() -> std::io::Result<PathBuf> {
    let p = env::temp_dir();
    let mut r = rand::thread_rng();
    // ok: rust.temp-file-fixed-name
    let ret = p.join(&format!("rust-{}", r.next_u32()));
    // ok: rust.temp-file-fixed-name
    let other = env::temp_dir().join(Uuid::new_v4().to_string());
    // ok: rust.temp-file-fixed-name
    let base = env::temp_dir();
    fs::create_dir(&ret)?;
    Ok(ret)
}

fn export_wallet() -> PathBuf {
    let filename_str = settings::get_config_value(WALLET_NAME).unwrap();
    let mut dir = env::temp_dir();
    // ruleid: rust.temp-file-fixed-name
    dir.push(filename_str);
    let mut other = env::temp_dir();
    // ok: rust.temp-file-fixed-name
    other.push(unique_name);
    dir
}
