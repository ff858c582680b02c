use std::process::Command;

fn run(user_cmd: &str, file: &str, script: &Path) -> std::io::Result<()> {
    // ruleid: rust.command-shell-injection
    Command::new("sh").arg("-c").arg(format!("tar czf out.tgz {}", file)).status()?;
    // ruleid: rust.command-shell-injection
    Command::new("cmd").args(["/C", user_cmd]).status()?;
    let mut sh = Command::new("bash");
    // ruleid: rust.command-shell-injection
    sh.arg("-c").arg(user_cmd);
    // ruleid: rust.command-shell-injection
    Command::new("sh").arg(script).status()?;
    // ruleid: rust.command-shell-injection
    Command::new("cmd").arg(&user_cmd).output()?;
    // ok: rust.command-shell-injection
    Command::new("sh").arg("-c").arg("ls -l /tmp").status()?;
    // ok: rust.command-shell-injection
    Command::new("tar").arg("czf").arg("out.tgz").arg(file).status()?;
    // ok: rust.command-shell-injection
    Command::new("sh").arg("./configure").status()?;
    // ok: rust.command-shell-injection
    Command::new("git").arg(file).status()?;
    Ok(())
}
