//! The touch keys at the bottom of the simulated phone on a type step: the dial pad for a
//! number, or the input method's suggestion bar for words, each with 删除 and 确定. They
//! are drawn as filled blocks, as tall as the phone leaves room for.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use unicode_width::UnicodeWidthStr;

use super::Hits;
use super::target::Target;
use super::text::fit;
use super::theme::Theme;

/// Touch keys at the bottom of the phone, as a real phone shows them under an input.
#[derive(Debug, Clone, Copy)]
pub enum Keypad<'a> {
    /// The dial pad: 1-9, 0, with 删除 and 确定 (`erase`, `ok`).
    Digits {
        /// The delete key's word.
        erase: &'a str,
        /// The OK key's word.
        ok: &'a str,
    },
    /// The input method's suggestion bar: a few words, with 删除 and 确定.
    Words {
        /// The line over the words.
        label: &'a str,
        /// The candidate words, the right one among them.
        words: &'a [String],
        /// The delete key's word.
        erase: &'a str,
        /// The OK key's word.
        ok: &'a str,
    },
}

/// Rows the screen's own content keeps above the keys, at the least.
const CONTENT_ROWS: u16 = 3;

/// Draws `keypad` at the bottom of `area` and registers each key; returns how many rows
/// it took (none when the phone is too small for it).
pub fn draw(
    keypad: Keypad,
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
    hits: &mut Hits<Target>,
) -> u16 {
    let lines: Vec<Vec<(String, Target)>> = match keypad {
        Keypad::Digits { erase, ok } => digit_lines(area, erase, ok),
        Keypad::Words {
            words, erase, ok, ..
        } => word_lines(words, area.width as usize, erase, ok),
    };
    let label = match keypad {
        Keypad::Words { label, .. } => Some(label),
        Keypad::Digits { .. } => None,
    };
    let n = lines.len() as u16 + u16::from(label.is_some());
    let room = area.height.saturating_sub(CONTENT_ROWS);
    if n == 0 || room < n {
        return 0;
    }
    // Two rows a key where the phone is tall enough, with a blank row over the keys.
    let tall = room > 2 * lines.len() as u16 + u16::from(label.is_some());
    let key_height = if tall { 2 } else { 1 };
    let used = lines.len() as u16 * key_height + u16::from(label.is_some()) + u16::from(tall);
    let mut y = area.bottom() - used + u16::from(tall);
    if let Some(label) = label {
        buf.set_string(area.x, y, fit(label, area.width as usize), theme.text);
        y += 1;
    }
    for line in &lines {
        let row = Rect {
            y,
            height: key_height,
            ..area
        };
        draw_line(line, row, buf, theme, hits);
        y += key_height;
    }
    used
}

/// The dial pad in three columns, or in two lines of six on a short phone.
fn digit_lines(area: Rect, erase: &str, ok: &str) -> Vec<Vec<(String, Target)>> {
    let key = |c: char| (c.to_string(), Target::Key(c));
    let (erase, ok) = (
        (erase.to_string(), Target::Erase),
        (ok.to_string(), Target::Submit),
    );
    if area.height >= 4 + CONTENT_ROWS {
        vec![
            "123".chars().map(key).collect(),
            "456".chars().map(key).collect(),
            "789".chars().map(key).collect(),
            vec![erase, key('0'), ok],
        ]
    } else {
        let mut first: Vec<_> = "12345".chars().map(key).collect();
        first.push(erase);
        let mut second: Vec<_> = "67890".chars().map(key).collect();
        second.push(ok);
        vec![first, second]
    }
}

/// The candidate words, as many to a line as fit, then 删除 and 确定.
fn word_lines(words: &[String], width: usize, erase: &str, ok: &str) -> Vec<Vec<(String, Target)>> {
    let mut lines: Vec<Vec<(String, Target)>> = Vec::new();
    let mut used = 0;
    for (n, w) in words.iter().enumerate() {
        let need = w.width() + 2;
        match lines.last_mut() {
            Some(line) if used + 1 + need <= width => {
                line.push((w.clone(), Target::Word(n)));
                used += 1 + need;
            }
            _ => {
                lines.push(vec![(w.clone(), Target::Word(n))]);
                used = need;
            }
        }
    }
    lines.push(vec![
        (erase.to_string(), Target::Erase),
        (ok.to_string(), Target::Submit),
    ]);
    lines
}

/// One line of keys sharing the width evenly, a gap between them.
fn draw_line(
    line: &[(String, Target)],
    row: Rect,
    buf: &mut Buffer,
    theme: &Theme,
    hits: &mut Hits<Target>,
) {
    let n = line.len() as u16;
    if n == 0 || row.width < 2 * n {
        return;
    }
    let each = (row.width - (n - 1)) / n;
    let spare = (row.width - (n - 1)) % n;
    let mut x = row.x;
    for (i, (word, target)) in line.iter().enumerate() {
        let w = each + u16::from((i as u16) < spare);
        let rect = Rect { x, width: w, ..row };
        let style: Style = if *target == Target::Submit {
            theme.selected
        } else {
            theme.footer
        };
        buf.set_style(rect, style);
        let text = fit(word, w as usize);
        let tx = x + (w.saturating_sub(text.width() as u16)) / 2;
        buf.set_string(tx, rect.y + (rect.height - 1) / 2, text, style);
        hits.add(rect, *target);
        x += w + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(keypad: Keypad, w: u16, h: u16) -> (u16, Hits<Target>) {
        let area = Rect::new(2, 3, w, h);
        let mut buf = Buffer::empty(Rect::new(0, 0, w + 4, h + 6));
        let mut hits = Hits::new();
        let used = draw(keypad, area, &mut buf, &Theme::high_contrast(), &mut hits);
        for (r, _) in hits.iter() {
            assert!(r.x >= area.x && r.right() <= area.right() && r.bottom() <= area.bottom());
        }
        (used, hits)
    }

    const DIGITS: Keypad = Keypad::Digits {
        erase: "删除",
        ok: "确定",
    };

    #[test]
    fn the_dial_pad_has_every_digit_delete_and_ok() {
        for (w, h) in [(36, 20), (36, 8), (26, 5)] {
            let (used, hits) = keys(DIGITS, w, h);
            assert!(used > 0, "{w}×{h}");
            for c in "0123456789".chars() {
                assert!(hits.contains(&Target::Key(c)), "{c} at {w}×{h}");
            }
            assert!(hits.contains(&Target::Erase) && hits.contains(&Target::Submit));
        }
        let (used, hits) = keys(DIGITS, 36, 20);
        assert_eq!(used, 9, "two rows a key and a blank row when there is room");
        assert!(hits.iter().all(|(r, _)| r.height == 2 && r.width >= 10));
    }

    #[test]
    fn a_phone_too_small_gets_no_keys() {
        assert_eq!(keys(DIGITS, 30, 4).0, 0);
        assert_eq!(keys(DIGITS, 30, 0).0, 0);
    }

    #[test]
    fn suggestion_words_wrap_and_keep_their_index() {
        let words = ["牙科", "眼科", "皮肤科", "耳鼻喉科"].map(String::from);
        let pad = Keypad::Words {
            label: "候选词：",
            words: &words,
            erase: "删除",
            ok: "确定",
        };
        let (used, hits) = keys(pad, 20, 12);
        assert!(used >= 4, "{used}");
        for n in 0..4 {
            assert!(hits.contains(&Target::Word(n)));
        }
    }
}
