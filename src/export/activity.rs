//! The activity statistics table (活动情况统计表): its figures, computed in
//! `stats::table` (see there for the definitions), under the name the reports use.

pub use super::stats::table::*;
