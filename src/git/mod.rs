//! docket on a shared git repository: the structural merge driver, and the `git` program
//! run on the person's behalf for `docket sync` and the header's status.

pub mod merge;
pub mod run;
pub mod status;
pub mod summary;
pub mod sync;
