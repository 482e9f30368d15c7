//! The set-up form and the attendance screen: short lists a trainer moves through with
//! the arrow keys, types into, or taps.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::{Hits, name, row};
use crate::class::state::ROW_START;
use crate::class::state::{Class, Found, Msg, SETUP_ROWS};
use crate::class::state::{PlanForm, ROW_DATE, ROW_GROUP, ROW_HISTORY, ROW_LESSON, ROW_PLAN};
use crate::i18n::fill;
use crate::ui::text::{fit, shorten, wrap};
use crate::ui::theme::Theme;
use unicode_width::UnicodeWidthStr;

fn mark(selected: bool) -> &'static str {
    if selected { "▶ " } else { "  " }
}

/// The form planning a later session, in place of the set-up's rows.
fn plan_form(
    frame: &mut Frame,
    area: Rect,
    class: &Class,
    form: &PlanForm,
    theme: &Theme,
    hits: &mut Hits,
) {
    let r = &class.lang.text().room;
    let ui = &class.lang.text().ui;
    let w = area.width as usize;
    let mut lines: Vec<Line> = wrap(r.plan_form_title, w)
        .into_iter()
        .map(|l| Line::styled(l, theme.heading))
        .collect();
    let place = fill(
        r.plan_form_where,
        &[
            ("site", &name(class.setup.site.trim())),
            ("trainer", &name(class.setup.trainer.trim())),
        ],
    );
    lines.extend(
        wrap(&place, w)
            .into_iter()
            .map(|l| Line::styled(l, theme.text)),
    );
    lines.push(Line::default());
    let lesson = class
        .lessons
        .get(form.lesson)
        .map_or(String::new(), |l| format!("◀ {} ▶", l.title));
    let rows = [
        (r.plan_date, form.date.clone(), true),
        (r.plan_time, form.time.clone(), true),
        (ui.lesson, lesson, false),
        (r.plan_expected, form.expected.clone(), true),
    ];
    for (i, (label, value, typed)) in rows.into_iter().enumerate() {
        let on = form.field == i;
        let cursor = if on && typed { "▏" } else { "" };
        hits.add(row(area, lines.len()), Msg::Pick(i));
        lines.push(Line::styled(
            fit(&format!("{}{label}：{}{cursor}", mark(on), name(&value)), w),
            if on { theme.selected } else { theme.input },
        ));
    }
    lines.push(Line::default());
    lines.extend(
        wrap(r.plan_form_hint, w)
            .into_iter()
            .map(|l| Line::styled(l, theme.tip)),
    );
    frame.render_widget(Paragraph::new(lines), area);
}

pub(super) fn setup(frame: &mut Frame, area: Rect, class: &Class, theme: &Theme, hits: &mut Hits) {
    if let Some(form) = &class.setup.plan_form {
        return plan_form(frame, area, class, form, theme, hits);
    }
    let s = &class.lang.text().class;
    let ui = &class.lang.text().ui;
    let form = &class.setup;
    let w = area.width as usize;
    let wk = &class.lang.text().week;
    let mut lines: Vec<Line> = vec![Line::styled(s.setup_title, theme.heading), Line::default()];
    // Today's plans first; each row: its line and the tap that starts it.
    let mut taps: Vec<(usize, Msg)> = Vec::new();
    let mut selected_line = None;
    if !form.plans.is_empty() {
        let r = &class.lang.text().room;
        for l in wrap(r.plans_heading, w) {
            lines.push(Line::styled(l, theme.heading));
        }
        for (i, p) in form.plans.iter().enumerate() {
            let on = form.on_plan == Some(i);
            let plan = &p.plan.plan;
            let title = class
                .lessons
                .iter()
                .find(|l| l.id.as_str() == plan.lesson_id)
                .map_or(plan.lesson_id.as_str(), |l| l.title.as_str());
            let line = fill(
                r.plan_line,
                &[
                    ("time", &name(&plan.time)),
                    ("lesson", &name(title)),
                    ("site", &name(&plan.site)),
                    ("trainer", &name(&plan.trainer)),
                    ("n", &plan.expected),
                ],
            );
            let line = match p.held {
                Some(_) => fill(r.plan_held, &[("line", &line)]),
                None => line,
            };
            if on {
                selected_line = Some(lines.len());
            }
            let style = match (on, p.held.is_some()) {
                (true, _) => theme.selected,
                (false, false) => theme.button,
                (false, true) => theme.text,
            };
            // The whole plan, on as many rows as it takes; a tap on any starts it.
            for (k, part) in wrap(&line, w.saturating_sub(2)).into_iter().enumerate() {
                let lead = if k == 0 { mark(on) } else { "  " };
                taps.push((lines.len(), Msg::PickPlan(i)));
                lines.push(Line::styled(format!("{lead}{part}"), style));
            }
        }
        lines.push(Line::default());
    }
    let planning = form.on_plan.is_some();
    let first = lines.len();
    let group = match form.chosen_group() {
        Some(g) if form.group == 0 => fill(
            wk.group_last,
            &[("name", &name(&g.name)), ("n", &g.members)],
        ),
        Some(g) => fill(
            wk.group_other,
            &[("name", &name(&g.name)), ("n", &g.members)],
        ),
        None => wk.group_new.to_string(),
    };
    let on = !planning && form.row == ROW_GROUP;
    let style = match (on, form.chosen_group().is_some()) {
        (true, _) => theme.selected,
        (false, true) => theme.button,
        (false, false) => theme.text,
    };
    lines.push(Line::styled(fit(&format!("{}{group}", mark(on)), w), style));
    let fields = [
        (s.date, &form.date),
        (ui.site, &form.site),
        (s.trainer, &form.trainer),
    ];
    for (i, (label, value)) in fields.iter().enumerate() {
        let on = !planning && form.row == ROW_DATE + i;
        let cursor = if on { "▏" } else { "" };
        let text = format!("{}{label}：{}{cursor}", mark(on), name(value));
        lines.push(Line::styled(
            fit(&text, w),
            if on { theme.selected } else { theme.input },
        ));
    }
    // The arrows stay in view: the title gives way, cut at a word with "…".
    let room = w.saturating_sub(2 + ui.lesson.width() + 2 + 4);
    let lesson = class
        .lessons
        .get(form.lesson)
        .map(|l| format!("◀ {} ▶", shorten(&l.title, room)))
        .unwrap_or_else(|| s.no_lessons.to_string());
    let on = !planning && form.row == ROW_LESSON;
    lines.push(Line::styled(
        fit(&format!("{}{}：{lesson}", mark(on), ui.lesson), w),
        if on { theme.selected } else { theme.text },
    ));
    let on = !planning && form.row == ROW_START;
    lines.push(Line::styled(
        fit(&format!("{}[ {} ]", mark(on), s.start), w),
        if on { theme.selected } else { theme.button },
    ));
    let on = !planning && form.row == ROW_HISTORY;
    lines.push(Line::styled(
        fit(&format!("{}{}", mark(on), wk.history_row), w),
        if on { theme.selected } else { theme.text },
    ));
    let on = !planning && form.row == ROW_PLAN;
    lines.push(Line::styled(
        fit(
            &format!("{}{}", mark(on), class.lang.text().room.plan_row),
            w,
        ),
        if on { theme.selected } else { theme.text },
    ));
    let mut rows: Vec<(usize, usize)> = (0..SETUP_ROWS).map(|i| (first + i, i)).collect();
    if !form.today.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled(fit(wk.continue_heading, w), theme.heading));
        for (i, session) in form.today.iter().enumerate() {
            let on = !planning && form.row == SETUP_ROWS + i;
            let title = class
                .lessons
                .iter()
                .find(|l| l.id.as_str() == session.lesson_id)
                .map_or(session.lesson_id.as_str(), |l| l.title.as_str());
            // A session of another day (its date corrected) says its date.
            let date = match session.date.format("%Y-%m-%d").to_string() {
                d if d == form.date.trim() => String::new(),
                d => format!("{d} "),
            };
            let text = format!(
                "{}{date}{title} · {} · {}",
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
    let selected_line = selected_line.unwrap_or_else(|| {
        rows.iter()
            .find(|(_, r)| *r == form.row)
            .map_or(0, |(l, _)| *l)
    });
    let offset = (selected_line + 2).saturating_sub(area.height as usize);
    taps.extend(rows.into_iter().map(|(line, r)| (line, Msg::Pick(r))));
    for (line, msg) in taps {
        if line >= offset && line - offset < area.height as usize {
            hits.add(row(area, line - offset), msg);
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
            Found::Learner(l) if l.notes.is_empty() => {
                format!("{}{}  {}", mark(on), name(&l.display_name), l.code)
            }
            Found::Learner(l) => format!(
                "{}{}  {}  {}",
                mark(on),
                name(&l.display_name),
                l.code,
                name(&l.notes)
            ),
            Found::New(n) => {
                let add = match class.same_name(n) {
                    0 => fill(s.add_new, &[("name", &name(n))]),
                    k => fill(
                        class.lang.text().week.add_same_name,
                        &[("name", &name(n)), ("n", &k)],
                    ),
                };
                format!("{}{add}", mark(on))
            }
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
        let mut text = format!("{}{:>2}. {}", mark(on), i + 1, class.label(&a.learner));
        if class.has_left(a.learner.id) {
            text.push_str(class.lang.text().room.left_mark);
        }
        if !a.note.is_empty() {
            text.push_str(&format!("  {}", name(&a.note)));
        }
        lines.push(Line::styled(
            fit(&text, w),
            if on { theme.selected } else { theme.text },
        ));
    }
    frame.render_widget(Paragraph::new(lines), right);
}
