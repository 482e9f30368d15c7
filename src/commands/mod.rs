//! The non-interactive commands: each writes its report to a writer and says whether it
//! succeeded, so `main` only maps that to an exit code.

pub mod export;
pub mod handout;
pub mod import;
pub mod learner;
pub mod lesson;
pub mod plan;
pub mod report;
pub mod speak;
