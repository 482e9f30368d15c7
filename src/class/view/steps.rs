//! The screen of the steps learners find hard: each step as a few big plain rows (its
//! title, a bar of wrong tries, a bar of needs-help marks, how many reached it and did not
//! finish, its typical time), hardest first or in step order, paged when it does not fit.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::Hits;
use crate::class::state::{Class, Pane};
use crate::export::stats::steps::StepLine;
use crate::i18n::fill;
use crate::ui::text::wrap;
use crate::ui::theme::Theme;

/// A bar of `n` out of `max` in `width` cells: at least one cell for any `n` above 0.
pub fn bar(n: usize, max: usize, width: usize) -> String {
    if n == 0 || max == 0 {
        return String::new();
    }
    let cells = (n * width + max / 2) / max;
    "█".repeat(cells.clamp(1, width.max(1)))
}

/// The rows of one step, `width` cells wide, its bars scaled to `max`.
fn step_rows(
    class: &Class,
    line: &StepLine,
    max: usize,
    width: usize,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let r = &class.lang.text().room;
    let heading = fill(
        r.step_heading,
        &[("n", &line.number), ("title", &super::name(&line.title))],
    );
    let mut out: Vec<Line<'static>> = wrap(&heading, width)
        .into_iter()
        .map(|l| Line::styled(l, theme.heading))
        .collect();
    let digits = max.to_string().len();
    for (label, n, style) in [
        (r.bar_wrong, line.wrong, theme.problem),
        (r.bar_help, line.help, theme.warning),
    ] {
        let label = format!("  {label} ");
        let room = width.saturating_sub(label.width() + digits + 1);
        let shown = bar(n, max, room);
        let gap = room.saturating_sub(shown.width());
        out.push(Line::from(vec![
            Span::styled(label, theme.text),
            Span::styled(shown, style),
            Span::styled(format!("{} {n:>digits$}", " ".repeat(gap)), theme.text),
        ]));
    }
    let time = match line.median_seconds {
        Some(s) => fill(r.time_seconds, &[("s", &(s.round() as i64))]),
        None => r.time_none.to_string(),
    };
    let facts = fill(
        r.step_facts,
        &[
            ("reached", &line.reached),
            ("dropped", &line.dropped),
            ("time", &time),
        ],
    );
    out.extend(
        wrap(&format!("  {facts}"), width)
            .into_iter()
            .map(|l| Line::styled(l, theme.text)),
    );
    out
}

pub(super) fn steps(frame: &mut Frame, area: Rect, class: &Class, theme: &Theme, hits: &mut Hits) {
    let r = &class.lang.text().room;
    let w = usize::from(area.width);
    let title = class.current_lesson().map_or("", |l| l.title.as_str());
    let heading = fill(r.steps_title, &[("title", &super::name(title))]);
    let mut lines: Vec<Line<'static>> = wrap(&heading, w)
        .into_iter()
        .map(|l| Line::styled(l, theme.heading))
        .collect();
    let tip = |text: &str| -> Vec<Line<'static>> {
        wrap(text, w)
            .into_iter()
            .map(|l| Line::styled(l, theme.tip))
            .collect()
    };
    let screen = &class.steps_screen;
    // A blank line between steps where there is room for it.
    let spaced = area.height >= 20;
    if screen.lines.is_empty() {
        lines.extend(wrap(r.steps_none, w).into_iter().map(Line::from));
    } else {
        let order = match screen.in_order {
            true => r.steps_in_order,
            false => r.steps_hardest,
        };
        lines.extend(tip(order));
        let max = screen
            .lines
            .iter()
            .map(|l| l.wrong.max(l.help))
            .max()
            .unwrap_or(0);
        for line in screen.shown() {
            if spaced {
                lines.push(Line::default());
            }
            lines.extend(step_rows(class, line, max, w, theme));
        }
        lines.push(Line::default());
        lines.extend(tip(r.steps_from));
    }
    let at = (class, Pane::Text, class.pages.text);
    super::page::paged(frame, lines, area, at, theme, hits);
}

#[cfg(test)]
mod tests {
    use super::bar;

    #[test]
    fn bars_are_scaled_and_never_hide_a_one() {
        assert_eq!(bar(0, 10, 20), "");
        assert_eq!(bar(10, 10, 20).chars().count(), 20);
        assert_eq!(bar(5, 10, 20).chars().count(), 10);
        assert_eq!(
            bar(1, 100, 20).chars().count(),
            1,
            "one wrong try still shows"
        );
        assert_eq!(bar(3, 3, 0), "█", "no room still shows one cell");
    }
}
