use std::process::Command;

fn launch(editor: &str, file: &str) {
    // ruleid: rust.command-variable-program
    let _ = Command::new(editor).arg(file).status();
    // ruleid: rust.command-variable-program
    let _ = std::process::Command::new(&cfg.tool).status();
    // ok: rust.command-variable-program
    let _ = Command::new("git").arg("status").status();
    // ok: rust.command-variable-program
    let _ = Command::new(GIT_BINARY).status();
}
