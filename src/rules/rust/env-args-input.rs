fn main() {
    // ruleid: rust.env-args-input
    let args: Vec<String> = std::env::args().collect();
    // ok: rust.env-args-input
    let cli = Cli::parse_from(["tool", "--help"]);
    println!("{:?} {:?}", args, cli);
}

fn debug() {
    // ruleid: rust.env-args-input
    println!("{:?}", std::env::args().collect::<Vec<_>>());
}
