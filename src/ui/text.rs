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

/// Shortens a title to at most `width` display cells without cutting a word when it can:
/// the cut comes before a punctuation mark or a space (防诈骗（三）：保健品、免费… → 防诈骗（三）：
/// 保健品…), or before an opening bracket or quote, and "…" always says that something was
/// left out. When cutting at such a place would lose more than two Chinese characters
/// against a plain cut, it cuts like [`fit`] (mid-word, with its "…").
pub fn shorten(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    if width < 4 {
        return fit(text, width);
    }
    let room = width - 1;
    let mut best = None;
    let mut used = 0;
    for (at, c) in text.char_indices() {
        if used > room {
            break;
        }
        if "：:、，,；;。 （(“\"《【".contains(c) {
            let kept = text[..at].trim_end_matches(|c: char| "：:、，,；; ".contains(c));
            if !kept.trim().is_empty() && kept.width() <= room {
                best = Some(kept);
            }
        }
        used += c.width().unwrap_or(0);
    }
    let plain = fit(text, width);
    match best {
        Some(kept) if kept.width() + 4 + 1 >= plain.width() => format!("{kept}…"),
        _ => plain,
    }
}

/// `text` wrapped to `width` in at most `rows` lines; the last one is shortened with "…"
/// when the text does not fit in them.
pub fn wrap_rows(text: &str, width: usize, rows: usize) -> Vec<String> {
    let mut lines = wrap(text, width);
    if lines.len() > rows.max(1) {
        let rest = lines[rows.max(1) - 1..].concat();
        lines.truncate(rows.max(1) - 1);
        lines.push(shorten(&rest, width));
    }
    lines
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

    #[test]
    fn shortened_titles_end_at_a_word_and_say_so() {
        let title = "防诈骗（三）：保健品、免费讲座送礼品、养老投资和“以房养老”";
        assert_eq!(shorten(title, 80), title);
        assert_eq!(shorten(title, 24), "防诈骗（三）：保健品…");
        assert_eq!(shorten(title, 40), "防诈骗（三）：保健品、免费讲座送礼品…");
        assert_eq!(shorten(title, 14), "防诈骗（三）…");
        // No place to cut, or one that loses too much: cut like fit, with its sign.
        assert_eq!(shorten("网上预约挂号和查看检查报告", 12), "网上预约挂…");
        assert_eq!(shorten(title, 19), "防诈骗（三）：保健…");
        assert_eq!(
            shorten("微信基础：加好友、发语音、发照片", 19),
            "微信基础：加好友…"
        );
        for width in 0..70 {
            let short = shorten(title, width);
            assert!(short.width() <= width, "{short:?} at {width}");
            assert!(short == title || short.ends_with('…') || short.is_empty());
        }
    }

    #[test]
    fn wrapped_rows_keep_the_whole_title_or_say_what_is_left_out() {
        let title = "防诈骗（三）：保健品、免费讲座送礼品、养老投资和“以房养老”";
        let all = wrap_rows(title, 20, 9);
        assert_eq!(all.concat(), title);
        let two = wrap_rows(title, 20, 2);
        assert_eq!(two.len(), 2);
        assert!(two[1].ends_with('…'), "{two:?}");
        assert!(two.iter().all(|l| l.width() <= 20));
    }
}
