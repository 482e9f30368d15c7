//! Formula-injection protection: a text that a spreadsheet would read as a formula.

/// True when a spreadsheet could take `text` as a formula or a command: it starts, after
/// any leading spaces, with = + - @, or starts with TAB, CR or LF.
pub fn is_risky(text: &str) -> bool {
    if text.starts_with(['\t', '\r', '\n']) {
        return true;
    }
    text.trim_start_matches(' ')
        .starts_with(['=', '+', '-', '@', '\t', '\r', '\n'])
}

/// The text as it goes into a CSV cell: risky texts get a leading apostrophe.
pub fn csv_text(text: &str) -> String {
    if is_risky(text) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_and_commands_are_caught() {
        for t in [
            "=HYPERLINK(\"http://x\",\"点我\")",
            "+1+1",
            "-2",
            "@SUM(A1)",
            "\t=1",
            "  =1",
            "\r1",
            "\n=1",
        ] {
            assert!(is_risky(t), "{t:?}");
            assert!(csv_text(t).starts_with('\''));
        }
        for t in ["王秀英", "1+1", "a=b", "", "  王"] {
            assert!(!is_risky(t), "{t:?}");
            assert_eq!(csv_text(t), t);
        }
    }
}
