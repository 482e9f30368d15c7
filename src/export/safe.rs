//! Text that must reach a spreadsheet as the text it is: never run as a formula (= + - @
//! TAB CR at the start), never cleaned into a number or a date (0012, 4/6, 10:30), and
//! without control characters; and text that must reach an HTML page (the certificate,
//! the handout) as the text it is, never as markup.

use std::borrow::Cow;

use crate::lesson::sanitize::sanitize_line;

/// True when a spreadsheet could take `text` as a formula or a command: it starts, after
/// any leading spaces, with = + - @, or starts with TAB, CR or LF.
pub fn is_risky(text: &str) -> bool {
    if text.starts_with(['\t', '\r', '\n']) {
        return true;
    }
    text.trim_start_matches(' ')
        .starts_with(['=', '+', '-', '@', '\t', '\r', '\n'])
}

/// True when a spreadsheet opening a CSV would read `text` as a number, a date, a time, a
/// percentage or money, changing it: a learner code 0012 becomes 12, 4/6 becomes 4 June.
pub fn looks_like_a_number(text: &str) -> bool {
    let t = text.trim();
    t.chars().any(|c| c.is_ascii_digit())
        && t.chars()
            .all(|c| c.is_ascii_digit() || " .,/:-+%()$¥￥eE年月日时分秒".contains(c))
}

/// One-line text with control characters removed, as every exported text cell holds it.
pub fn clean(text: &str) -> Cow<'_, str> {
    sanitize_line(text)
}

/// The text as it goes into a CSV cell: control characters removed; a risky text gets a
/// leading apostrophe; a text that looks like a number is written as the formula `="…"`,
/// which Excel, WPS and LibreOffice show as exactly that text.
pub fn csv_text(text: &str) -> String {
    let text = clean(text);
    if is_risky(&text) {
        format!("'{text}")
    } else if looks_like_a_number(&text) {
        format!("=\"{}\"", text.replace('"', "\"\""))
    } else {
        text.into_owned()
    }
}

/// Text for HTML (an element's content or a quoted attribute): control characters
/// dropped, newlines made spaces, and `& < > " '` written as character references, so no
/// text can open a tag, an attribute or an entity.
pub fn html(text: &str) -> String {
    let clean = sanitize_line(text);
    let mut out = String::with_capacity(clean.len());
    for c in clean.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Multi-line text for HTML: each line as [`html`] makes it, joined by `<br>`.
pub fn html_lines(text: &str) -> String {
    text.lines().map(html).collect::<Vec<_>>().join("<br>")
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
            "  =1",
        ] {
            assert!(is_risky(t), "{t:?}");
            assert!(csv_text(t).starts_with('\''), "{t:?}");
        }
        // TAB, CR and LF at the start are risky; in a CSV cell they are cleaned away.
        for t in ["\t=1", "\r1", "\n=1"] {
            assert!(is_risky(t), "{t:?}");
            assert!(!is_risky(&csv_text(t)[1..]) || csv_text(t).starts_with('\''));
        }
        for t in ["王秀英", "1+1 等于几", "a=b", "", "  王"] {
            assert!(!is_risky(t), "{t:?}");
            assert_eq!(csv_text(t), t);
        }
    }

    #[test]
    fn numbers_and_dates_in_text_stay_text() {
        for t in [
            "0012",
            "13800138000",
            "12/12",
            "4/6",
            "10:30",
            "1,000",
            "50%",
            "1e5",
            "2026年10月",
        ] {
            assert!(looks_like_a_number(t), "{t:?}");
            assert_eq!(csv_text(t), format!("=\"{t}\""), "{t:?}");
        }
        for t in ["王秀英", "移动支付", "第1课", "", "e", "--"] {
            assert!(!looks_like_a_number(t), "{t:?}");
        }
    }

    #[test]
    fn control_characters_are_removed() {
        assert_eq!(csv_text("王\u{1b}[31m秀英"), "王[31m秀英");
        assert_eq!(csv_text("东城\u{202e}社区\u{7}"), "东城社区");
        assert_eq!(csv_text("第一行\n第二行"), "第一行 第二行");
    }
}
