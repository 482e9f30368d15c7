//! Test only: a third language, the English catalogue with every text in brackets. Like any
//! new language it is this file plus, in `mod.rs`, its `mod` line, its `Lang` variant and
//! its arm in `Lang::text`; only building it from English uses the test-only `Walk::map`.

use std::sync::LazyLock;

use super::Text;
use super::check::Walk;

/// Every text in English, bracketed.
pub(super) static TEXT: LazyLock<Text> =
    LazyLock::new(|| super::en::TEXT.map(&|text| format!("[{text}]").leak()));
