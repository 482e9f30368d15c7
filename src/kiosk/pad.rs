//! The on-screen number pad: large keys for a finger, a mouse or the keyboard's digits,
//! used for learner codes and the staff PIN; and the big button every kiosk screen uses.

use crate::ui::Hits;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use crate::i18n::KioskText;
use crate::ui::text::fit;
use crate::ui::theme::Theme;

/// A key of the pad.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PadKey {
    /// A digit key, 0 to 9.
    Digit(u8),
    /// Delete the last digit.
    Delete,
    /// OK: hand in what was typed.
    Ok,
}

/// What has been typed on a pad.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pad {
    /// The digits typed so far, at most [`MAX_DIGITS`].
    pub digits: String,
    /// Show dots instead of digits (for the PIN).
    pub hidden: bool,
}

/// Longest entry a pad takes (learner codes and PINs are at most 12 digits).
pub const MAX_DIGITS: usize = 12;

impl Pad {
    /// An empty pad; `hidden` shows dots instead of digits.
    pub fn new(hidden: bool) -> Pad {
        Pad {
            digits: String::new(),
            hidden,
        }
    }

    /// Types a digit or deletes the last one. Ok is the caller's to handle.
    pub fn press(&mut self, key: PadKey) {
        match key {
            PadKey::Digit(d) if d <= 9 && self.digits.len() < MAX_DIGITS => {
                self.digits.push(char::from(b'0' + d))
            }
            PadKey::Delete => {
                self.digits.pop();
            }
            _ => {}
        }
    }

    /// What the entry line shows: digits (or dots) spaced apart, then a cursor.
    pub fn shown(&self) -> String {
        let mark = |c: char| if self.hidden { '●' } else { c };
        let mut out: Vec<String> = self.digits.chars().map(|c| mark(c).to_string()).collect();
        out.push("_".into());
        out.join(" ")
    }
}

/// The digit a key press types: ASCII or full-width digits (as a Chinese input method
/// sends them).
pub fn digit_of(c: char) -> Option<u8> {
    match c {
        '0'..='9' => Some(c as u8 - b'0'),
        '０'..='９' => Some((c as u32 - '０' as u32) as u8),
        _ => None,
    }
}

/// A large button: a filled block with its label in the middle. The focused one is marked
/// ▶ ◀ as well as coloured, so colour never carries the meaning alone.
pub struct BigButton<'a> {
    /// The words on the button; lines split at '\n' are centred one under another.
    pub label: &'a str,
    /// True for the focused button: drawn as selected and marked ▶ ◀.
    pub focused: bool,
    /// The button's style when it is not focused.
    pub style: Style,
    /// The styles to draw with.
    pub theme: &'a Theme,
}

impl Widget for BigButton<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.is_empty() {
            return;
        }
        let style = if self.focused {
            self.theme.selected
        } else {
            self.style
        };
        buf.set_style(area, style);
        let width = area.width as usize;
        // Several lines (split at '\n') sit one under the other in the middle; the focus
        // marks go on the first.
        let lines: Vec<&str> = self.label.split('\n').collect();
        let top = area.y + area.height.saturating_sub(lines.len() as u16) / 2;
        for (i, text) in lines.iter().enumerate() {
            let y = top + i as u16;
            if y >= area.bottom() {
                break;
            }
            let label = match self.focused && i == 0 {
                true if format!("▶ {text} ◀").width() <= width => format!("▶ {text} ◀"),
                true => fit(&format!("▶ {text}"), width),
                false => fit(text, width),
            };
            let row = Rect {
                y,
                height: 1,
                ..area
            };
            Paragraph::new(Line::styled(label, style))
                .centered()
                .render(row, buf);
        }
    }
}

/// The pad's keys, laid out three by four and centred in `area`; registers each key's place
/// for taps, which includes the gap below it so a finger that lands a little low counts.
pub fn draw_keys(
    area: Rect,
    buf: &mut Buffer,
    s: &KioskText,
    theme: &Theme,
    enabled: bool,
    hits: &mut Hits<PadKey>,
) {
    const ROWS: [[PadKey; 3]; 4] = [
        [PadKey::Digit(1), PadKey::Digit(2), PadKey::Digit(3)],
        [PadKey::Digit(4), PadKey::Digit(5), PadKey::Digit(6)],
        [PadKey::Digit(7), PadKey::Digit(8), PadKey::Digit(9)],
        [PadKey::Delete, PadKey::Digit(0), PadKey::Ok],
    ];
    if area.width < 9 || area.height < 4 {
        return;
    }
    let gap_x = if area.width >= 30 { 2 } else { 1 };
    let key_w = ((area.width - 2 * gap_x) / 3).min(14);
    // Keys never touch from above and below: a blank row between them when there is room.
    let slot = (area.height + 1) / 4;
    let (key_h, gap_y) = if slot >= 2 {
        ((slot - 1).min(3), 1)
    } else {
        (1, 0)
    };
    let total_w = 3 * key_w + 2 * gap_x;
    let total_h = 4 * key_h + 3 * gap_y;
    let x0 = area.x + (area.width - total_w) / 2;
    let y0 = area.y + (area.height - total_h) / 2;
    for (r, row) in ROWS.iter().enumerate() {
        for (c, key) in row.iter().enumerate() {
            let rect = Rect {
                x: x0 + c as u16 * (key_w + gap_x),
                y: y0 + r as u16 * (key_h + gap_y),
                width: key_w,
                height: key_h,
            };
            let digit;
            let (label, style) = match key {
                PadKey::Digit(d) => {
                    digit = d.to_string();
                    (digit.as_str(), theme.title_bar)
                }
                PadKey::Delete => (s.pad_delete, theme.title_bar),
                PadKey::Ok => (s.pad_ok, theme.reveal),
            };
            // A paused pad keeps its shape but its keys read as switched off.
            let style = if enabled { style } else { theme.text };
            BigButton {
                label,
                focused: false,
                style,
                theme,
            }
            .render(rect, buf);
            // The last row takes a spare row under it, if there is one.
            let below = match r {
                3 => u16::from(rect.bottom() < area.bottom()),
                _ => gap_y,
            };
            let tap = Rect {
                height: key_h + below,
                ..rect
            };
            hits.add(tap, *key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pad_takes_digits_up_to_twelve_and_deletes() {
        let mut pad = Pad::new(false);
        for d in [1, 0, 0, 1] {
            pad.press(PadKey::Digit(d));
        }
        assert_eq!(pad.shown(), "1 0 0 1 _");
        pad.press(PadKey::Delete);
        assert_eq!(pad.digits, "100");
        for _ in 0..20 {
            pad.press(PadKey::Digit(7));
        }
        assert_eq!(pad.digits.len(), MAX_DIGITS);
        pad.press(PadKey::Digit(10));
        assert_eq!(pad.digits.len(), MAX_DIGITS);
        let mut pin = Pad::new(true);
        pin.press(PadKey::Digit(4));
        assert_eq!(pin.shown(), "● _");
    }

    #[test]
    fn full_width_digits_count() {
        assert_eq!(digit_of('７'), Some(7));
        assert_eq!(digit_of('0'), Some(0));
        assert_eq!(digit_of('a'), None);
    }

    #[test]
    fn a_big_button_draws_into_no_area_and_one_cell() {
        let theme = Theme::high_contrast();
        for area in [
            Rect::new(0, 0, 0, 0),
            Rect::new(0, 0, 1, 1),
            Rect::new(0, 0, 3, 1),
        ] {
            let mut buf = Buffer::empty(area);
            for focused in [false, true] {
                BigButton {
                    label: "结束练习",
                    focused,
                    style: theme.button,
                    theme: &theme,
                }
                .render(area, &mut buf);
            }
        }
    }

    #[test]
    fn keys_fit_any_area_and_stay_inside_it() {
        let s = &crate::i18n::Lang::Zh.text().kiosk;
        let theme = Theme::high_contrast();
        for (w, h) in [(0, 0), (1, 1), (9, 4), (40, 8), (80, 16), (200, 60)] {
            let area = Rect::new(0, 0, w, h);
            let mut buf = Buffer::empty(area);
            let mut hits = Hits::new();
            draw_keys(area, &mut buf, s, &theme, true, &mut hits);
            assert!(hits.is_empty() || hits.len() == 12);
            for (r, _) in hits.iter() {
                assert!(area.contains(r.as_position()) && r.right() <= area.right());
                assert!(r.bottom() <= area.bottom());
            }
        }
    }
}
