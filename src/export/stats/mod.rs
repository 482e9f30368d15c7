//! The activity reports beyond the raw figures: what the statistics count (`units`), the
//! statistics table as sheets and text (`sheet`), the volunteer ledger (`ledger`), the
//! 活动安排表 (`plan`), the step-difficulty sheet (`steps`), their charts (`chart`) and the
//! bureau's names-free file (`bureau`).

pub mod bureau;
pub mod chart;
pub mod ledger;
pub mod names;
pub mod plan;
pub mod sheet;
pub mod steps;
pub mod table;
pub mod units;
