pub fn run(_a: &crate::cli::SyncArgs) -> super::CliResult { todo!() }
