//! A row of real buttons along the bottom of a screen, for a finger as much as for a key:
//! each has a word ("下一步") and, where there is room, the key that does the same ("→")
//! under it. Buttons share the width evenly, are as tall as the bar, and wrap onto a
//! second line of the bar in a narrow window rather than shrink below their word.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use unicode_width::UnicodeWidthStr;

use super::Hits;
use super::text::fit;
use super::theme::Theme;

/// One button of a bar.
#[derive(Debug, Clone)]
pub struct Button<'a, M> {
    /// What the button does, in words.
    pub label: &'a str,
    /// The key that does the same, shown under the word when the bar is tall enough.
    pub key: &'a str,
    /// The message a tap sends.
    pub msg: M,
    /// The one obvious thing to do next: drawn in the focus colours.
    pub primary: bool,
}

impl<'a, M> Button<'a, M> {
    /// A button with its word, its key and its message.
    pub fn new(label: &'a str, key: &'a str, msg: M) -> Self {
        Button {
            label,
            key,
            msg,
            primary: false,
        }
    }

    /// The same button drawn as the one to press next.
    pub fn primary(self, primary: bool) -> Self {
        Button { primary, ..self }
    }
}

/// How many rows a button bar takes in a window `height` rows tall: three on a projector,
/// two where there is room for a finger-sized button, one in a tiny window.
pub fn bar_rows(height: u16) -> u16 {
    match height {
        0..=11 => 1,
        12..=35 => 2,
        _ => 3,
    }
}

/// Cells between buttons.
const GAP: usize = 1;

/// A bar of buttons, the first ones kept when not all fit.
pub struct ButtonBar<'a, M> {
    /// The buttons, most important first.
    pub buttons: Vec<Button<'a, M>>,
    /// The styles to draw with.
    pub theme: &'a Theme,
}

/// The narrowest a button may be: its word with a space either side.
fn min_width<M>(b: &Button<M>) -> usize {
    b.label.width() + 2
}

/// Splits `widths` into as few lines of at most `room` cells (buttons plus gaps) as
/// possible, at most `most`, with the buttons shared evenly between them; none when they
/// do not fit.
fn lines_of(widths: &[usize], room: usize, most: usize) -> Vec<std::ops::Range<usize>> {
    let n = widths.len();
    for count in 1..=most.min(n) {
        let per = n.div_ceil(count);
        let lines: Vec<_> = (0..n).step_by(per).map(|s| s..(s + per).min(n)).collect();
        let fits = lines.iter().all(|line| {
            widths[line.clone()].iter().sum::<usize>() + GAP * (line.len() - 1) <= room
        });
        if fits {
            return lines;
        }
    }
    Vec::new()
}

impl<M: Clone> ButtonBar<'_, M> {
    /// Draws the bar into `area` and registers each button in `hits`. Buttons that fit
    /// nowhere are left out from the end of the list.
    pub fn draw(self, area: Rect, buf: &mut Buffer, hits: &mut Hits<M>) {
        buf.set_style(area, self.theme.base);
        if area.is_empty() || self.buttons.is_empty() {
            return;
        }
        let room = area.width as usize;
        let widths: Vec<usize> = self.buttons.iter().map(min_width).collect();
        // The most buttons that fit on as many lines as the bar has rows.
        let mut count = widths.len();
        let lines = loop {
            let lines = lines_of(&widths[..count], room, area.height as usize);
            if !lines.is_empty() {
                break lines;
            }
            count -= 1;
            if count == 0 {
                return;
            }
        };
        let row_height = area.height / lines.len() as u16;
        for (n, line) in lines.iter().enumerate() {
            let y = area.y + n as u16 * row_height;
            let height = if n + 1 == lines.len() {
                area.bottom() - y
            } else {
                row_height
            };
            self.draw_line(
                &self.buttons[line.clone()],
                (area.x, y),
                room,
                height,
                buf,
                hits,
            );
        }
    }

    /// One line of buttons stretched evenly over `room` cells.
    fn draw_line(
        &self,
        buttons: &[Button<M>],
        (x0, y): (u16, u16),
        room: usize,
        height: u16,
        buf: &mut Buffer,
        hits: &mut Hits<M>,
    ) {
        let n = buttons.len();
        let used: usize = buttons.iter().map(min_width).sum::<usize>() + GAP * (n - 1);
        let spare = room.saturating_sub(used);
        let mut x = x0 as usize;
        for (i, b) in buttons.iter().enumerate() {
            let extra = spare / n + usize::from(i < spare % n);
            let width = min_width(b) + extra;
            let rect = Rect {
                x: x as u16,
                y,
                width: width as u16,
                height,
            };
            self.draw_button(b, rect, buf);
            hits.add(rect, b.msg.clone());
            x += width + GAP;
        }
    }

    fn draw_button(&self, b: &Button<M>, rect: Rect, buf: &mut Buffer) {
        let style: Style = if b.primary {
            self.theme.selected
        } else {
            self.theme.footer
        };
        buf.set_style(rect, style);
        let width = rect.width as usize;
        let centre = |text: &str, y: u16, buf: &mut Buffer| {
            let text = fit(text, width);
            let x = rect.x + (width.saturating_sub(text.width()) / 2) as u16;
            buf.set_string(x, y, text, style);
        };
        // The word on the middle row (the upper one of two), the key below it.
        let word_row = rect.y + rect.height.saturating_sub(1) / 2;
        centre(b.label, word_row, buf);
        if rect.height >= 2 && !b.key.is_empty() {
            centre(b.key, word_row + 1, buf);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(buf: &Buffer) -> Vec<String> {
        (0..buf.area.height)
            .map(|y| {
                let mut line = String::new();
                let mut x = 0;
                while x < buf.area.width {
                    let s = buf[(x, y)].symbol();
                    line.push_str(s);
                    x += s.width().max(1) as u16;
                }
                line
            })
            .collect()
    }

    fn bar(theme: &Theme) -> ButtonBar<'_, u8> {
        ButtonBar {
            buttons: vec![
                Button::new("上一步", "←", 1),
                Button::new("下一步", "→", 2).primary(true),
                Button::new("朗读", "F5", 3),
                Button::new("帮助", "?", 4),
                Button::new("返回", "Esc", 5),
            ],
            theme,
        }
    }

    #[test]
    fn a_wide_bar_has_tall_buttons_with_their_keys() {
        let theme = Theme::high_contrast();
        let area = Rect::new(0, 0, 60, 2);
        let mut buf = Buffer::empty(area);
        let mut hits = Hits::new();
        bar(&theme).draw(area, &mut buf, &mut hits);
        let rows = rows(&buf);
        assert!(
            rows[0].contains("上一步") && rows[0].contains("返回"),
            "{rows:?}"
        );
        assert!(rows[1].contains('←') && rows[1].contains("Esc"), "{rows:?}");
        // Every button is two rows high, and they cover the width but for the gaps.
        assert_eq!(hits.len(), 5);
        let covered: u16 = hits.iter().map(|(r, _)| r.width).sum();
        assert_eq!(covered, 60 - 4);
        assert!(hits.iter().all(|(r, _)| r.height == 2));
        assert_eq!(hits.tap(0, 1), Some(1));
        assert_eq!(hits.tap(59, 0), Some(5));
    }

    #[test]
    fn a_narrow_bar_wraps_onto_two_lines_and_keeps_every_button() {
        let theme = Theme::high_contrast();
        let area = Rect::new(0, 13, 28, 2);
        let mut buf = Buffer::empty(area);
        let mut hits = Hits::new();
        bar(&theme).draw(area, &mut buf, &mut hits);
        assert_eq!(hits.len(), 5, "{:?}", rows(&buf));
        assert!(hits.iter().all(|(r, _)| r.height == 1 && r.width >= 6));
        assert!(
            hits.iter()
                .all(|(r, _)| r.right() <= 28 && r.bottom() <= 15)
        );
    }

    #[test]
    fn what_fits_nowhere_is_left_out_from_the_end() {
        let theme = Theme::high_contrast();
        let area = Rect::new(0, 0, 20, 1);
        let mut buf = Buffer::empty(area);
        let mut hits = Hits::new();
        bar(&theme).draw(area, &mut buf, &mut hits);
        assert_eq!(hits.iter().map(|(_, m)| *m).collect::<Vec<_>>(), [1, 2]);
        for (w, h) in [(0, 0), (1, 1), (3, 5), (200, 3)] {
            let area = Rect::new(0, 0, w, h);
            let mut buf = Buffer::empty(area);
            bar(&theme).draw(area, &mut buf, &mut Hits::new());
        }
    }

    #[test]
    fn the_bar_grows_with_the_window() {
        assert_eq!(
            (bar_rows(8), bar_rows(15), bar_rows(24), bar_rows(40)),
            (1, 2, 2, 3)
        );
    }
}
