//! Text that fits: wrapping by display width with Chinese line-breaking rules, and
//! cutting a line to a width.

use textwrap::{Options, WordSeparator};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Wraps text to `width` display cells. Chinese characters count two cells; lines never
/// start with closing punctuation or end with opening punctuation (Unicode line breaking,
/// UAX #14). Existing newlines are kept.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(2);
    let options = Options::new(width).word_separator(WordSeparator::UnicodeBreakProperties);
    let mut out = Vec::new();
    for paragraph in text.split('\n') {
        if paragraph.trim().is_empty() {
            out.push(String::new());
            continue;
        }
        out.extend(
            textwrap::wrap(paragraph, &options)
                .into_iter()
                .map(|l| l.into_owned()),
        );
    }
    out
}

/// Cuts `text` to at most `width` display cells, ending with "…" when something was cut.
pub fn fit(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_counts_wide_characters_twice() {
        assert_eq!(fit("手机扫码付款", 12), "手机扫码付款");
        assert_eq!(fit("手机扫码付款", 7), "手机扫…");
        assert_eq!(fit("abc", 0), "");
        assert!(fit("手机扫码付款", 7).width() <= 7);
    }

    #[test]
    fn wrapped_chinese_keeps_punctuation_rules() {
        let text = "付款之前，一定要看清收款人的名字（商家名称）和金额。不对就不要付！";
        for width in 8..=20 {
            for line in wrap(text, width) {
                assert!(line.width() <= width, "{line:?} wider than {width}");
                let first = line.chars().next().unwrap();
                let last = line.chars().last().unwrap();
                assert!(
                    !"，。、；：？！）」』".contains(first),
                    "{line:?} at {width}"
                );
                assert!(!"（「『".contains(last), "{line:?} at {width}");
            }
        }
    }
}
