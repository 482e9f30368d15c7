//! The set-up form and the attendance screen: short lists a trainer moves through with
//! the arrow keys, types into, or taps.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::{Hits, name, row};
use crate::class::state::{Class, Found, Msg, SETUP_ROWS};
use crate::i18n::fill;
use crate::ui::text::fit;
use crate::ui::theme::Theme;

fn mark(selected: bool) -> &'static str {
    if selected { "▶ " } else { "  " }
}

pub(super) fn setup(frame: &mut Frame, area: Rect, class: &Class, theme: &Theme, hits: &mut Hits) {
    let s = &class.lang.text().class;
    let ui = &class.lang.text().ui;
    let form = &class.setup;
    let w = area.width as usize;
    let mut lines: Vec<Line> = vec![Line::styled(s.setup_title, theme.heading), Line::default()];
    let first = lines.len();
    let fields = [
        (s.date, &form.date),
        (ui.site, &form.site),
        (s.trainer, &form.trainer),
    ];
    for (i, (label, value)) in fields.iter().enumerate() {
        let on = form.row == i;
        let cursor = if on { "▏" } else { "" };
        let text = format!("{}{label}：{}{cursor}", mark(on), name(value));
        lines.push(Line::styled(
            fit(&text, w),
            if on { theme.selected } else { theme.input },
        ));
    }
    let lesson = class
        .lessons
        .get(form.lesson)
        .map(|l| format!("◀ {} ▶", l.title))
        .unwrap_or_else(|| s.no_lessons.to_string());
    let on = form.row == 3;
    lines.push(Line::styled(
        fit(&format!("{}{}：{lesson}", mark(on), ui.lesson), w),
        if on { theme.selected } else { theme.text },
    ));
    let on = form.row == 4;
    lines.push(Line::styled(
        format!("{}[ {} ]", mark(on), s.start),
        if on { theme.selected } else { theme.button },
    ));
    let mut rows: Vec<(usize, usize)> = (0..SETUP_ROWS).map(|i| (first + i, i)).collect();
    if !form.today.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled(fit(s.today, w), theme.heading));
        for (i, session) in form.today.iter().enumerate() {
            let on = form.row == SETUP_ROWS + i;
            let title = class
                .lessons
                .iter()
                .find(|l| l.id.as_str() == session.lesson_id)
                .map_or(session.lesson_id.as_str(), |l| l.title.as_str());
            let text = format!(
                "{}{title} · {} · {}",
                mark(on),
                name(&session.site),
                name(&session.trainer)
            );
            rows.push((lines.len(), SETUP_ROWS + i));
            lines.push(Line::styled(
                fit(&text, w),
                if on { theme.selected } else { theme.text },
            ));
        }
    }
    // Keep the selected row in view on short screens.
    let selected_line = rows
        .iter()
        .find(|(_, r)| *r == form.row)
        .map_or(0, |(l, _)| *l);
    let offset = (selected_line + 2).saturating_sub(area.height as usize);
    for (line, r) in rows {
        if line >= offset && line - offset < area.height as usize {
            hits.add(row(area, line - offset), Msg::Pick(r));
        }
    }
    frame.render_widget(Paragraph::new(lines).scroll((offset as u16, 0)), area);
}

pub(super) fn attendance(
    frame: &mut Frame,
    area: Rect,
    class: &Class,
    theme: &Theme,
    hits: &mut Hits,
) {
    let s = &class.lang.text().class;
    let wide = area.width >= 60;
    let [left, right] = if wide {
        Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(area)
    } else {
        let list = (class.attendees.len() as u16 + 2).min(area.height / 2);
        Layout::vertical([Constraint::Fill(1), Constraint::Length(list)]).areas(area)
    };
    let w = left.width as usize;
    let mut lines = vec![
        Line::styled(fit(s.search_label, w), theme.heading),
        Line::styled(
            fit(&format!("[ {}▏ ]", name(&class.query)), w),
            if class.in_list {
                theme.input
            } else {
                theme.selected
            },
        ),
    ];
    let found = class.found();
    if found.is_empty() && !class.query.is_empty() {
        lines.push(Line::styled(fit(s.nobody_found, w), theme.text));
    }
    for (i, f) in found.iter().enumerate() {
        let on = !class.in_list && i == class.pick;
        let text = match f {
            Found::Learner(l) => format!("{}{}  {}", mark(on), name(&l.display_name), l.code),
            Found::New(n) => format!("{}{}", mark(on), fill(s.add_new, &[("name", &name(n))])),
        };
        if lines.len() < left.height as usize {
            hits.add(row(left, lines.len()), Msg::Pick(i));
        }
        lines.push(Line::styled(
            fit(&text, w),
            if on { theme.selected } else { theme.text },
        ));
    }
    if class.query.is_empty() {
        lines.push(Line::default());
        if lines.len() < left.height as usize {
            hits.add(row(left, lines.len()), Msg::Pick(usize::MAX));
        }
        lines.push(Line::styled(format!("[ {} ]", s.begin_class), theme.button));
    }
    frame.render_widget(Paragraph::new(lines), left);

    let w = right.width as usize;
    let mut lines = vec![Line::styled(
        fit(&fill(s.present_count, &[("n", &class.attendees.len())]), w),
        theme.heading,
    )];
    let room = (right.height as usize).saturating_sub(1).max(1);
    let offset = if class.in_list {
        (class.row + 1).saturating_sub(room)
    } else {
        0
    };
    for (i, a) in class.attendees.iter().enumerate().skip(offset).take(room) {
        let on = class.in_list && i == class.row;
        let text = format!(
            "{}{:>2}. {}",
            mark(on),
            i + 1,
            name(&a.learner.display_name)
        );
        lines.push(Line::styled(
            fit(&text, w),
            if on { theme.selected } else { theme.text },
        ));
    }
    frame.render_widget(Paragraph::new(lines), right);
}
