//! Removing and showing control characters, so no text from a file can drive the terminal.
//!
//! Lesson text, learner names and file paths all pass through [`sanitize`] (or
//! [`sanitize_line`]) before they reach the screen or a log. [`escape_controls`] is the
//! other half: it makes control characters *visible* (`^[`, `<U+202E>`) in the snippet of an
//! error message, so an author can see what is wrong with a line.

use std::borrow::Cow;

/// How many spaces a TAB becomes.
const TAB_SPACES: &str = "    ";

/// True for characters that must never reach a terminal as they are: C0 controls, DEL, C1
/// controls, and the Unicode bidirectional overrides and isolates that can reorder text.
pub fn is_dangerous(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        | '\u{061c}' | '\u{feff}'
    )
}

/// Strips control characters from multi-line text: newlines stay, CR is dropped (so CRLF
/// files read the same), TAB becomes spaces, everything else dangerous is removed.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    clean(text, true)
}

/// Like [`sanitize`] for one-line text (titles, names, ids): newlines become spaces too.
pub fn sanitize_line(text: &str) -> Cow<'_, str> {
    clean(text, false)
}

fn clean(text: &str, keep_newlines: bool) -> Cow<'_, str> {
    if !text
        .chars()
        .any(|c| is_dangerous(c) && !(keep_newlines && c == '\n'))
    {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' if keep_newlines => out.push('\n'),
            '\n' => out.push(' '),
            '\t' => out.push_str(TAB_SPACES),
            c if is_dangerous(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Makes every control character visible: C0 as caret notation (`^[` for ESC), DEL as
/// `^?`, and C1, bidi controls and BOM as `<U+XXXX>`. Used for error snippets.
pub fn escape_controls(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\t' => out.push_str(TAB_SPACES),
            '\u{0}'..='\u{1f}' => {
                out.push('^');
                out.push(char::from(b'@' + c as u8));
            }
            '\u{7f}' => out.push_str("^?"),
            c if is_dangerous(c) => out.push_str(&format!("<U+{:04X}>", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// Shows bytes that may not be UTF-8: valid text as [`escape_controls`] does, each invalid
/// byte as `\xFF`.
pub fn escape_bytes(bytes: &[u8]) -> String {
    let mut out = String::new();
    for chunk in bytes.utf8_chunks() {
        out.push_str(&escape_controls(chunk.valid()));
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed_unchanged() {
        let s = "扫码付款，看清金额。\n第二行";
        assert!(matches!(sanitize(s), Cow::Borrowed(_)));
        assert_eq!(sanitize(s), s);
    }

    #[test]
    fn escape_sequences_lose_their_escape() {
        assert_eq!(sanitize("\u{1b}[31m红字\u{1b}[0m"), "[31m红字[0m");
        assert_eq!(sanitize("\u{1b}]0;title\u{7}ok"), "]0;titleok");
        assert_eq!(sanitize("a\u{9b}31mb"), "a31mb");
    }

    #[test]
    fn bidi_overrides_are_removed_and_tabs_become_spaces() {
        assert_eq!(sanitize("abc\u{202e}def\u{2066}"), "abcdef");
        assert_eq!(sanitize("a\tb"), "a    b");
        assert_eq!(sanitize("a\r\nb"), "a\nb");
    }

    #[test]
    fn line_variant_flattens_newlines() {
        assert_eq!(sanitize_line("第一行\n第二行"), "第一行 第二行");
    }

    #[test]
    fn escapes_are_visible() {
        assert_eq!(escape_controls("a\u{1b}]0;x\u{7}"), "a^[]0;x^G");
        assert_eq!(escape_controls("\u{7f}\u{202e}"), "^?<U+202E>");
        assert_eq!(escape_bytes(b"ok\xff\xfe!"), "ok\\xFF\\xFE!");
    }
}
