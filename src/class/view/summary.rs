//! The end of a class: attendance, how many finished each step, who needs a follow-up and
//! on what, and the check-question results.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::{Hits, name};
use crate::class::state::quiz::score;
use crate::class::state::{Class, Mark, Pane};
use crate::class::times::minutes;
use crate::i18n::fill;
use crate::ui::text::wrap;
use crate::ui::theme::Theme;

/// The summary as plain lines (also what an export of the class would hold).
pub fn summary_lines(class: &Class) -> Vec<(String, bool)> {
    let s = &class.lang.text().class;
    let Some(lesson) = class.current_lesson() else {
        return Vec::new();
    };
    let mut out = vec![(s.summary_title.to_string(), true)];
    let names: Vec<String> = class
        .attendees
        .iter()
        .map(|a| class.label(&a.learner))
        .collect();
    out.push((
        format!(
            "{}：{}",
            fill(s.summary_attendance, &[("n", &class.attendees.len())]),
            names.join("、")
        ),
        false,
    ));
    let (session_time, presence) = time_lines(class);
    out.push((session_time, false));
    out.push((s.summary_steps.to_string(), true));
    let per_step: Vec<String> = (0..lesson.steps.len())
        .map(|st| format!("{}:{}", st + 1, class.step_tally(st).0))
        .collect();
    out.push((per_step.join("  "), false));
    out.push((s.summary_follow_up.to_string(), true));
    let mut any = false;
    for (row, a) in class.attendees.iter().enumerate() {
        let help: Vec<String> = (0..lesson.steps.len())
            .filter(|st| class.mark(row, *st) == Some(Mark::NeedsHelp))
            .map(|st| format!("{}「{}」", st + 1, lesson.steps[st].title))
            .collect();
        if help.is_empty() && a.note.is_empty() {
            continue;
        }
        any = true;
        let mut line = format!("· {}：{}", class.label(&a.learner), help.join("、"));
        if !a.note.is_empty() {
            line.push_str(&format!("（{}）", name(&a.note)));
        }
        out.push((line, false));
    }
    if !any {
        out.push((s.no_follow_up.to_string(), false));
    }
    if !lesson.quiz.is_empty() {
        out.push((s.summary_quiz.to_string(), true));
        let scores: Vec<String> = (0..class.attendees.len())
            .map(|row| {
                let (right, total) = score(class, row);
                format!(
                    "{} {right}/{total}",
                    class.label(&class.attendees[row].learner)
                )
            })
            .collect();
        out.push((scores.join("  "), false));
    }
    out.extend(presence.map(|p| (p, false)));
    out
}

/// The session's time (start–end, minutes), and each learner's time present with when
/// one left early (None with nobody signed in).
fn time_lines(class: &Class) -> (String, Option<String>) {
    let r = &class.lang.text().room;
    let t = &class.times;
    let clock = |at: chrono::NaiveDateTime| at.format("%H:%M").to_string();
    let session = match (t.span, t.session_minutes()) {
        (Some((start, end)), Some(minutes)) => fill(
            r.summary_time,
            &[
                ("start", &clock(start)),
                ("end", &clock(end)),
                ("minutes", &minutes),
            ],
        ),
        _ => r.summary_no_time.to_string(),
    };
    let each: Vec<String> = class
        .attendees
        .iter()
        .map(|a| {
            let who = class.label(&a.learner);
            let m = minutes(t.seconds(a.learner.id).unwrap_or(0));
            match t.left(a.learner.id) {
                Some(at) => fill(
                    r.presence_left,
                    &[("name", &who), ("minutes", &m), ("time", &clock(at))],
                ),
                None => fill(r.presence_line, &[("name", &who), ("minutes", &m)]),
            }
        })
        .collect();
    let presence = (!each.is_empty()).then(|| format!("{}{}", r.summary_presence, each.join("、")));
    (session, presence)
}

pub(super) fn summary(
    frame: &mut Frame,
    area: Rect,
    class: &Class,
    theme: &Theme,
    hits: &mut Hits,
) {
    let w = area.width as usize;
    let mut lines = Vec::new();
    for (text, heading) in summary_lines(class) {
        let style = if heading { theme.heading } else { theme.text };
        lines.extend(wrap(&text, w).into_iter().map(|l| Line::styled(l, style)));
    }
    let at = (class, Pane::Text, class.pages.text);
    super::page::paged(frame, lines, area, at, theme, hits);
}
