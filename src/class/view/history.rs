//! The history screen: the past sessions, newest first, one a line (date, lesson, site,
//! trainer, how many came, how long); and the form correcting one's date, site, trainer.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::{Hits, name, row};
use crate::class::state::{Class, Msg, SessionEdit};
use crate::i18n::fill;
use crate::ui::text::{fit, wrap};
use crate::ui::theme::Theme;

fn mark(selected: bool) -> &'static str {
    if selected { "▶ " } else { "  " }
}

/// The line of one past session.
pub fn history_line(class: &Class, i: usize) -> String {
    let w = &class.lang.text().week;
    let Some(p) = class.history.sessions.get(i) else {
        return String::new();
    };
    let lesson = class
        .lessons
        .iter()
        .find(|l| l.id.as_str() == p.session.lesson_id)
        .map_or(p.session.lesson_id.as_str(), |l| l.title.as_str());
    fill(
        w.history_line,
        &[
            ("date", &p.session.date.format("%Y-%m-%d")),
            ("lesson", &lesson),
            ("site", &name(&p.session.site)),
            ("trainer", &name(&p.session.trainer)),
            ("n", &p.attendees),
            ("minutes", &p.minutes),
        ],
    )
}

pub(super) fn history(
    frame: &mut Frame,
    area: Rect,
    class: &Class,
    theme: &Theme,
    hits: &mut Hits,
) {
    if let Some(edit) = &class.history.edit {
        return correction(frame, area, class, edit, theme, hits);
    }
    let s = &class.lang.text().week;
    let w = area.width as usize;
    let mut lines = vec![Line::styled(fit(s.history_title, w), theme.heading)];
    if class.history.sessions.is_empty() {
        lines.extend(
            wrap(s.history_empty, w)
                .into_iter()
                .map(|l| Line::styled(l, theme.text)),
        );
    }
    // Asking before a delete: said in full above the list.
    if class.history.confirm
        && let Some(p) = class.history.selected()
    {
        let ask = fill(s.history_confirm, &[("n", &p.records)]);
        lines.extend(
            wrap(&ask, w)
                .into_iter()
                .map(|l| Line::styled(l, theme.problem)),
        );
    }
    let top = lines.len();
    // Each session wrapped whole (nothing cut), its rows indented under its first.
    let entries: Vec<Vec<String>> = (0..class.history.sessions.len())
        .map(|i| wrap(&history_line(class, i), w.saturating_sub(2)))
        .collect();
    let room = (area.height as usize).saturating_sub(top).max(1);
    let mut first = 0;
    let rows_to = |from: usize, to: usize| entries[from..=to].iter().map(Vec::len).sum::<usize>();
    while first < class.history.row && rows_to(first, class.history.row) > room {
        first += 1;
    }
    for (i, entry) in entries.iter().enumerate().skip(first) {
        let on = i == class.history.row;
        for (k, text) in entry.iter().enumerate() {
            if lines.len() >= area.height as usize {
                break;
            }
            hits.add(row(area, lines.len()), Msg::Pick(i));
            let lead = if k == 0 { mark(on) } else { "  " };
            lines.push(Line::styled(
                format!("{lead}{text}"),
                if on { theme.selected } else { theme.text },
            ));
        }
    }
    frame.render_widget(Paragraph::new(lines), area);
}

fn correction(
    frame: &mut Frame,
    area: Rect,
    class: &Class,
    edit: &SessionEdit,
    theme: &Theme,
    hits: &mut Hits,
) {
    let s = &class.lang.text().class;
    let ui = &class.lang.text().ui;
    let w = area.width as usize;
    let date = class
        .history
        .sessions
        .iter()
        .find(|p| p.session.id == edit.id)
        .map(|p| p.session.date.format("%Y-%m-%d").to_string())
        .unwrap_or_default();
    let title = fill(class.lang.text().week.correct_title, &[("date", &date)]);
    let mut lines: Vec<Line> = wrap(&title, w)
        .into_iter()
        .map(|l| Line::styled(l, theme.heading))
        .collect();
    lines.push(Line::default());
    let fields = [
        (s.date, &edit.date),
        (ui.site, &edit.site),
        (s.trainer, &edit.trainer),
    ];
    for (i, (label, value)) in fields.iter().enumerate() {
        let on = edit.field == i;
        let cursor = if on { "▏" } else { "" };
        hits.add(row(area, lines.len()), Msg::Pick(i));
        let text = format!("{}{label}：{}{cursor}", mark(on), name(value));
        lines.push(Line::styled(
            fit(&text, w),
            if on { theme.selected } else { theme.input },
        ));
    }
    frame.render_widget(Paragraph::new(lines), area);
}
