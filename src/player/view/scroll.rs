//! Paging of a text column that is taller than its room, for huge fonts on small screens.
//! Nothing is cut off: the text is shown a page at a time, with a plain line at the edge
//! ("▼ 下面还有……") that says how to see the rest and can be clicked.

use ratatui::layout::Rect;
use ratatui::text::Line;

use crate::i18n::UiText;
use crate::player::Msg;
use crate::ui::Hits;
pub use crate::ui::paging::Window;
use crate::ui::paging::window;
use crate::ui::theme::Theme;

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
    fn the_more_lines_are_clickable() {
        let theme = Theme::high_contrast();
        let s = &crate::i18n::Lang::Zh.text().ui;
        let lines: Vec<Line<'static>> = (0..20).map(|n| Line::from(n.to_string())).collect();
        let area = Rect::new(0, 0, 10, 8);
        let mut hits = Hits::new();
        let (out, w) = page_lines(lines, 8, 1, area, s, &theme, &mut hits);
        assert!(w.above && w.below && out.len() == 8);
        assert_eq!(hits.tap(0, 0), Some(Msg::ScrollUp));
        assert_eq!(hits.tap(0, 7), Some(Msg::ScrollDown));
    }
}
