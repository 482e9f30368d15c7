//! A column of text taller than its room, shown a page at a time: nothing is cut off, a
//! "▼ 下面还有" line at the bottom (and "▲ 上面还有" at the top) says there is more, and
//! a click on it (or PageDown / PageUp) turns the page of that part alone.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{Hits, row};
use crate::class::state::{Class, Msg, Pane};
use crate::ui::paging::{Window, window};
use crate::ui::text::fit;
use crate::ui::theme::Theme;

/// The "more above" and "more below" lines for a part `width` cells wide: the long ones
/// that say which key to press where they fit, short ones elsewhere.
pub(super) fn more_lines(class: &Class, width: u16) -> (String, String) {
    let ui = &class.lang.text().ui;
    let s = &class.lang.text().class;
    let w = usize::from(width);
    let pick = |long: &str, short: &str| {
        if long.width() <= w {
            long.to_string()
        } else {
            fit(short, w)
        }
    };
    (
        pick(ui.more_above, s.more_above_short),
        pick(ui.more_below, s.more_below_short),
    )
}

/// Draws page `page` of `lines` into `area`, with its "more" lines, each registered as a
/// tap that turns the page of `pane`. Says which lines were shown where.
pub(super) fn paged(
    frame: &mut Frame,
    lines: Vec<Line<'static>>,
    area: Rect,
    (class, pane, page): (&Class, Pane, u16),
    theme: &Theme,
    hits: &mut Hits,
) -> Window {
    let room = usize::from(area.height);
    let w = window(lines.len(), room, page);
    let (above, below) = more_lines(class, area.width);
    let mut out = Vec::with_capacity(room);
    if w.above {
        hits.add(row(area, 0), Msg::PageUp(pane));
        out.push(Line::styled(above, theme.button));
    }
    out.extend(lines.into_iter().skip(w.first).take(w.shown));
    if w.below && room >= 3 {
        hits.add(row(area, out.len()), Msg::PageDown(pane));
        out.push(Line::styled(below, theme.button));
    } else if w.below {
        // Two rows or fewer cannot be paged: say that more was left out.
        out.truncate(room.saturating_sub(1));
        out.push(Line::styled("…", theme.text));
    }
    frame.render_widget(Paragraph::new(out), area);
    w
}
