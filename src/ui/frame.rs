//! The frame every screen shares: a title bar at the top, the body, a key line at the
//! bottom, and, in a window too small for the screen, a calm note instead.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::text::{fit, wrap};
use super::theme::Theme;

/// Which side of the title bar gives way when both do not fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// The right text stays whole and the title is cut (a step counter, a "返回" button).
    Right,
    /// The title stays and the right text is cut, or left out when fewer than `min_right`
    /// cells are left for it.
    Left {
        /// Fewest cells worth showing of the right text.
        min_right: usize,
    },
}

/// One title-bar line `width` cells wide: `left` at the start, `right` at the end.
pub fn title_line(left: &str, right: &str, width: usize, keep: Keep) -> String {
    let (left, right) = match keep {
        Keep::Right => (
            fit(left, width.saturating_sub(right.width() + 1)),
            right.to_string(),
        ),
        Keep::Left { min_right } => {
            let left = fit(left, width);
            let room = width.saturating_sub(left.width() + 2);
            let right = if room >= min_right {
                fit(right, room)
            } else {
                String::new()
            };
            (left, right)
        }
    };
    let gap = width.saturating_sub(left.width() + right.width());
    format!("{left}{}{right}", " ".repeat(gap))
}

/// The title bar, body background and key line of a screen.
#[derive(Debug, Clone, Copy)]
pub struct ScreenFrame<'a> {
    /// The title, drawn from the first cell (give it a leading space).
    pub title: &'a str,
    /// Drawn at the end of the title bar (a step counter, a subtitle, a button).
    pub right: &'a str,
    /// Which of title and right text gives way in a narrow window.
    pub keep: Keep,
    /// The key line, drawn after one space; empty for a screen that draws a bar of
    /// buttons there instead.
    pub keys: &'a str,
    /// The styles to draw with.
    pub theme: &'a Theme,
}

impl ScreenFrame<'_> {
    /// The title bar's row.
    pub fn top(area: Rect) -> Rect {
        Rect {
            height: area.height.min(1),
            ..area
        }
    }

    /// The rows between the title bar and the key line.
    pub fn body(area: Rect) -> Rect {
        Rect {
            y: area.y.saturating_add(1).min(area.bottom()),
            height: area.height.saturating_sub(2),
            ..area
        }
    }

    /// The key line's row.
    pub fn footer(area: Rect) -> Rect {
        Rect {
            y: area.bottom().saturating_sub(1).max(area.y),
            height: area.height.min(1),
            ..area
        }
    }

    /// The body above a bar of `rows` buttons (see [`super::buttons::bar_rows`]).
    pub fn body_above(area: Rect, rows: u16) -> Rect {
        Rect {
            y: area.y.saturating_add(1).min(area.bottom()),
            height: area.height.saturating_sub(1 + rows),
            ..area
        }
    }

    /// The bottom `rows` rows, for a bar of buttons instead of a key line.
    pub fn bar(area: Rect, rows: u16) -> Rect {
        let rows = rows.min(area.height.saturating_sub(1));
        Rect {
            y: area.bottom() - rows,
            height: rows,
            ..area
        }
    }

    /// Where the right text of the title bar is drawn (for a tappable button there).
    pub fn right_area(&self, area: Rect) -> Rect {
        let w = (self.right.width() as u16).min(area.width);
        Rect {
            x: area.right() - w,
            width: w,
            ..Self::top(area)
        }
    }
}

impl Widget for ScreenFrame<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        Block::default().style(self.theme.base).render(area, buf);
        if area.is_empty() {
            return;
        }
        let width = area.width as usize;
        let bar = title_line(self.title, self.right, width, self.keep);
        Paragraph::new(bar)
            .style(self.theme.title_bar)
            .render(Self::top(area), buf);
        if area.height >= 2 && !self.keys.is_empty() {
            let keys = fit(&format!(" {}", self.keys), width);
            Paragraph::new(keys)
                .style(self.theme.footer)
                .render(Self::footer(area), buf);
        }
    }
}

/// The note shown instead of a screen in a window too small for it.
#[derive(Debug, Clone, Copy)]
pub struct TooSmall<'a> {
    /// The sentence asking for a larger window, in the UI language.
    pub note: &'a str,
    /// The styles to draw with.
    pub theme: &'a Theme,
}

impl Widget for TooSmall<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        Block::default().style(self.theme.base).render(area, buf);
        let lines: Vec<Line> = wrap(self.note, area.width as usize)
            .into_iter()
            .map(Line::from)
            .collect();
        Paragraph::new(lines)
            .style(self.theme.text)
            .render(area, buf);
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

    fn frame<'a>(theme: &'a Theme, keep: Keep) -> ScreenFrame<'a> {
        ScreenFrame {
            title: " 扫码付款",
            right: "第1步/共6步 ",
            keep,
            keys: "← 上一步  → 下一步",
            theme,
        }
    }

    #[test]
    fn draws_into_any_area_even_none() {
        let theme = Theme::high_contrast();
        for (w, h) in [(0, 0), (1, 1), (0, 5), (5, 0), (1, 2), (3, 3), (200, 60)] {
            let area = Rect::new(0, 0, w, h);
            let mut buf = Buffer::empty(area);
            frame(&theme, Keep::Right).render(area, &mut buf);
            frame(&theme, Keep::Left { min_right: 8 }).render(area, &mut buf);
            TooSmall {
                note: "窗口太小",
                theme: &theme,
            }
            .render(area, &mut buf);
            for part in [
                ScreenFrame::top(area),
                ScreenFrame::body(area),
                ScreenFrame::footer(area),
            ] {
                assert!(
                    part.bottom() <= area.bottom() && part.y >= area.y,
                    "{w}×{h}"
                );
            }
        }
    }

    #[test]
    fn title_bar_and_key_line_at_80_columns() {
        let theme = Theme::high_contrast();
        let area = Rect::new(0, 0, 40, 4);
        let mut buf = Buffer::empty(area);
        frame(&theme, Keep::Right).render(area, &mut buf);
        let rows = rows(&buf);
        assert_eq!(rows[0], format!(" 扫码付款{}第1步/共6步 ", " ".repeat(19)));
        assert_eq!(rows[3].trim_end(), " ← 上一步  → 下一步");
        assert_eq!(ScreenFrame::body(area), Rect::new(0, 1, 40, 2));
    }

    #[test]
    fn the_side_that_gives_way() {
        let keep_left = Keep::Left { min_right: 8 };
        assert_eq!(title_line(" 助老", "右边", 12, Keep::Right), " 助老   右边");
        assert_eq!(
            title_line(" 助老助老助老", "右边", 10, Keep::Right),
            " 助…  右边"
        );
        assert_eq!(
            title_line(" 助老", "很长的右边文字", 12, keep_left),
            " 助老       "
        );
        assert_eq!(
            title_line(" 助老", "很长的右边文字", 20, keep_left),
            " 助老  很长的右边文…"
        );
        let whole = Keep::Left { min_right: 4 };
        assert_eq!(title_line(" 助老", "右边", 11, whole), " 助老  右边");
        assert_eq!(title_line(" 助老", "右边", 10, whole), " 助老     ");
    }
}
