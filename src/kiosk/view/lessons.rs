//! The learner's lessons at the kiosk: "继续上次" first as a big button, then every lesson
//! by category with how far the learner got. One tap opens a lesson.

use ratatui::layout::{Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::Ctx;
use crate::app::Home;
use crate::i18n::{KioskText, fill};
use crate::kiosk::state::{Button, Kiosk, Msg};
use crate::lesson::sanitize::escape_controls;
use crate::progress::LessonStatus;
use crate::ui::text::{fit, shorten, wrap};

enum Row {
    Heading(String),
    Lesson(usize),
    /// The rest of the selected lesson's title, wrapped (the list shows it whole).
    TitleMore(usize, String),
}

fn rows(home: &Home, s: &KioskText) -> Vec<Row> {
    let mut rows = Vec::new();
    for (category, lessons) in home.groups() {
        let heading = fill(s.lesson_group, &[("category", &category.name(home.lang))]);
        rows.push(Row::Heading(heading));
        rows.extend(lessons.into_iter().map(Row::Lesson));
    }
    rows
}

/// How far the learner got in a lesson, in a few words.
fn status(ctx: &Ctx, home: &Home, index: usize) -> String {
    let lesson = &home.lessons[index];
    match home.progress.get(lesson.id.as_str()) {
        Some(p) if p.status == LessonStatus::Completed => ctx.s.lesson_done.to_string(),
        Some(p) if p.status == LessonStatus::InProgress => fill(
            ctx.s.lesson_progress,
            &[("done", &p.steps_done), ("total", &p.steps_total)],
        ),
        _ => fill(ctx.s.lesson_steps, &[("total", &lesson.steps)]),
    }
}

/// Draws the lessons screen of the current session.
pub(super) fn render(ctx: &mut Ctx, area: Rect, kiosk: &Kiosk) {
    let Some(session) = &kiosk.session else {
        return;
    };
    let home = &session.home;
    let who = match session.learner {
        Some(_) => fill(
            ctx.s.home_hello,
            &[("name", &escape_controls(&session.masked))],
        ),
        None => ctx.s.home_guest.to_string(),
    };
    let sign_out = Msg::Press(Button::SignOut);
    let taps = [None, Some(Msg::Enter), Some(sign_out.clone())];
    let body = ctx.screen(area, &who, ctx.s.home_keys, &taps);
    // "结束练习" is a big button of its own along the bottom, where F10 also leads.
    let body = ctx.bar(body, &[(ctx.s.home_sign_out, sign_out)], None);
    let mut list = body.inner(Margin::new(1, 1));
    if let Some((lesson, step)) = home.resume
        && let Some(l) = home.lessons.get(lesson)
        && list.height >= 5
    {
        let label = format!(
            "{}\n{}",
            fill(ctx.s.resume, &[("step", &(step + 1))]),
            l.title
        );
        let h = if list.height >= 14 { 4 } else { 2 };
        let rect = Rect { height: h, ..list };
        let style = ctx.theme.title_bar;
        ctx.button(
            rect,
            &label,
            home.on_resume,
            style,
            Msg::Press(Button::Resume),
        );
        list.y += h + 1;
        list.height -= h + 1;
    }
    if let Some(note) = kiosk.note.map(|_| ctx.s.store_problem)
        && list.height > 3
    {
        let rect = Rect {
            y: list.bottom() - 1,
            height: 1,
            ..list
        };
        let text = fit(&format!("⚠ {note}"), list.width as usize);
        ctx.frame
            .render_widget(Paragraph::new(text).style(ctx.theme.problem), rect);
        list.height -= 1;
    }
    let width = list.width as usize;
    // The room for a title beside its status; the selected one wraps onto rows below.
    let rooms: Vec<usize> = (0..home.lessons.len())
        .map(|i| width.saturating_sub(status(ctx, home, i).width() + 3))
        .collect();
    let room = |i: usize| rooms[i];
    let focused = |i: usize| i == home.selected && !home.on_resume;
    let mut rows: Vec<Row> = Vec::new();
    for row in self::rows(home, ctx.s) {
        let more = match row {
            Row::Lesson(i) if focused(i) => wrap(&home.lessons[i].title, room(i).max(2))
                .into_iter()
                .skip(1)
                .map(|l| Row::TitleMore(i, l))
                .collect(),
            _ => Vec::new(),
        };
        rows.push(row);
        rows.extend(more);
    }
    let height = list.height as usize;
    if height == 0 {
        return;
    }
    let selected = rows
        .iter()
        .position(|r| matches!(r, Row::Lesson(i) if *i == home.selected))
        .unwrap_or(0);
    let selected_end = selected
        + rows[selected..]
            .iter()
            .skip(1)
            .take_while(|r| matches!(r, Row::TitleMore(..)))
            .count();
    let offset = (selected_end + 2)
        .saturating_sub(height)
        .min(selected)
        .min(rows.len().saturating_sub(height));
    for (n, row) in rows.iter().skip(offset).take(height).enumerate() {
        let rect = Rect {
            y: list.y + n as u16,
            height: 1,
            ..list
        };
        if n + 1 == height && offset + height < rows.len() {
            let below = rows[offset + n..]
                .iter()
                .filter(|r| matches!(r, Row::Lesson(_)))
                .count();
            let cue = fill(kiosk.lang.text().ui.home_more_below, &[("n", &below)]);
            ctx.frame.render_widget(
                Paragraph::new(fit(&cue, width)).style(ctx.theme.button),
                rect,
            );
            break;
        }
        let line = match row {
            Row::Heading(h) => Line::styled(fit(h, width), ctx.theme.heading),
            Row::Lesson(i) => {
                ctx.hits.add(rect, Msg::Press(Button::Lesson(*i)));
                let focused = *i == home.selected && !home.on_resume;
                let (mark, style) = match focused {
                    true => ("▶ ", ctx.theme.selected),
                    false => ("  ", ctx.theme.text),
                };
                let status = status(ctx, home, *i);
                let title = &home.lessons[*i].title;
                let title = match focused {
                    true => wrap(title, room(*i).max(2)).swap_remove(0),
                    false => shorten(title, room(*i)),
                };
                let title = format!("{mark}{title}");
                let gap = width.saturating_sub(title.width() + status.width());
                Line::from(vec![
                    Span::styled(format!("{title}{}", " ".repeat(gap)), style),
                    Span::styled(status, style),
                ])
            }
            Row::TitleMore(i, text) => {
                ctx.hits.add(rect, Msg::Press(Button::Lesson(*i)));
                Line::styled(format!("  {text}"), ctx.theme.selected)
            }
        };
        ctx.frame.render_widget(Paragraph::new(line), rect);
    }
}
