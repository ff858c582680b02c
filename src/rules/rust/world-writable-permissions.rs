use std::fs::{self, OpenOptions, Permissions};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};

fn share(p: &std::path::Path) -> std::io::Result<()> {
    let mut perms = fs::metadata(p)?.permissions();
    // ruleid: rust.world-writable-permissions
    perms.set_mode(0o777);
    // ruleid: rust.world-writable-permissions
    fs::set_permissions(p, Permissions::from_mode(0o666))?;
    // ruleid: rust.world-writable-permissions
    let f = OpenOptions::new().create(true).write(true).mode(0o666).open(p)?;
    // ok: rust.world-writable-permissions
    perms.set_mode(0o644);
    // ok: rust.world-writable-permissions
    let g = OpenOptions::new().create(true).write(true).mode(0o600).open(p)?;
    Ok(())
}
