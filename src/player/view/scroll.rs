//! Paging of a text column that is taller than its room, for huge fonts on small screens.
//! Nothing is cut off: the text is shown a page at a time, with a plain line at the edge
//! ("▼ 下面还有……") that says how to see the rest and can be clicked.

use ratatui::layout::Rect;
use ratatui::text::Line;

use crate::i18n::UiText;
use crate::player::Msg;
use crate::ui::Hits;
use crate::ui::theme::Theme;

/// What part of a tall column is on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    /// Index of the first line shown.
    pub first: usize,
    /// How many of the text's lines are shown.
    pub shown: usize,
    /// Whether a "more above" line is drawn first (so text starts one row lower).
    pub above: bool,
    /// Whether a "more below" line is drawn last.
    pub below: bool,
}

impl Window {
    /// The screen row (relative to the column's top) of text line `line`, when shown.
    pub fn row_of(&self, line: usize) -> Option<usize> {
        (line >= self.first && line < self.first + self.shown)
            .then(|| line - self.first + usize::from(self.above))
    }
}

/// Which lines of a `total`-line text fit into `room` rows on page `page` (0 = top). The
/// page is clamped to the last one, so a stale page number never shows an empty screen.
pub fn window(total: usize, room: usize, page: u16) -> Window {
    if total <= room || room < 3 {
        return Window {
            first: 0,
            shown: total.min(room),
            above: false,
            below: total > room,
        };
    }
    // Page 0 has only the "more below" line; later pages also have "more above".
    let first_page = room - 1;
    let later_page = room - 2;
    let pages = 1 + (total - first_page).div_ceil(later_page);
    let page = usize::from(page).min(pages - 1);
    let first = if page == 0 {
        0
    } else {
        first_page + (page - 1) * later_page
    };
    let below = page + 1 < pages;
    let room_for_text = room - usize::from(page > 0) - usize::from(below);
    Window {
        first,
        shown: room_for_text.min(total - first),
        above: page > 0,
        below,
    }
}

/// Cuts `lines` to page `page` of a column at `area` (whose first `room` rows are for the
/// text), adds the "more above / below" lines, and registers them as clickable.
pub fn page_lines(
    lines: Vec<Line<'static>>,
    room: usize,
    page: u16,
    area: Rect,
    strings: &UiText,
    theme: &Theme,
    hits: &mut Hits<Msg>,
) -> (Vec<Line<'static>>, Window) {
    let w = window(lines.len(), room, page);
    let mut out = Vec::with_capacity(room);
    let row = |r: usize| Rect {
        x: area.x,
        y: area.y.saturating_add(r as u16),
        width: area.width,
        height: 1,
    };
    if w.above {
        hits.add(row(0), Msg::ScrollUp);
        out.push(Line::styled(strings.more_above, theme.button));
    }
    out.extend(lines.into_iter().skip(w.first).take(w.shown));
    if w.below && room >= 3 {
        hits.add(row(out.len()), Msg::ScrollDown);
        out.push(Line::styled(strings.more_below, theme.button));
    } else if w.below {
        out.truncate(room.saturating_sub(1));
        out.push(Line::styled("…", theme.text));
    }
    (out, w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_not_paged() {
        let w = window(5, 10, 3);
        assert_eq!((w.first, w.shown, w.above, w.below), (0, 5, false, false));
    }

    #[test]
    fn every_line_is_on_exactly_one_page() {
        for total in 1..60 {
            for room in 3..20 {
                let mut seen = vec![0; total];
                for page in 0..100u16 {
                    let w = window(total, room, page);
                    let rows = w.shown + usize::from(w.above) + usize::from(w.below);
                    assert!(
                        rows <= room,
                        "{total} lines in {room}: page {page} overflows"
                    );
                    if page > 0 && w == window(total, room, page - 1) {
                        break;
                    }
                    for s in &mut seen[w.first..w.first + w.shown] {
                        *s += 1;
                    }
                }
                assert!(
                    seen.iter().all(|&n| n == 1),
                    "{total} lines in {room}: {seen:?}"
                );
            }
        }
    }

    #[test]
    fn a_stale_page_number_shows_the_last_page() {
        let last = window(30, 10, 99);
        assert!(last.above && !last.below);
        assert_eq!(last.first + last.shown, 30);
        assert_eq!(last.row_of(last.first), Some(1));
        assert_eq!(last.row_of(0), None);
    }
}
