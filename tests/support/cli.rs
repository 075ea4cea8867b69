//! The docket binary run as a script or an editor runs it: from the package root, in
//! English whatever the machine's locale or config says.

use std::process::{Command, Output};

/// The load cache of every docket the tests run: under target/, never the person's own.
pub const CACHE_HOME: &str = concat!(env!("CARGO_TARGET_TMPDIR"), "/xdg-cache");

/// The binary, ready for arguments: English, no user config, its cache under target/, run
/// from the package root.
pub fn command() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_docket"));
    c.env("LC_ALL", "C")
        .env("XDG_CONFIG_HOME", "/nonexistent")
        .env("XDG_CACHE_HOME", CACHE_HOME)
        .current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

/// Runs `docket ARGS…` to the end.
pub fn docket(args: &[&str]) -> Output {
    command().args(args).output().expect("run docket")
}

/// Runs `docket ARGS…`: exit code (-1 for a signal), stdout and stderr.
pub fn run(args: &[&str]) -> (i32, String, String) {
    let out = docket(args);
    (out.status.code().unwrap_or(-1), stdout(&out), stderr(&out))
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
