//! Asking the check questions as a class: the question and its options for the room
//! (paged when long, each option tappable to record it for the chosen learner), and the
//! roster of who answered what beside it, which can be hidden while projecting.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::page::paged;
use super::present::para;
use super::{Hits, row};
use crate::class::state::quiz::tally;
use crate::class::state::{Class, Msg, Pane};
use crate::i18n::fill;
use crate::ui::text::{fit, wrap};
use crate::ui::theme::Theme;

pub(super) fn quiz(frame: &mut Frame, area: Rect, class: &Class, theme: &Theme, hits: &mut Hits) {
    let Some(lesson) = class.current_lesson() else {
        return;
    };
    let Some(question) = lesson.quiz.get(class.question) else {
        return;
    };
    let s = &class.lang.text().class;
    let [left, right] = if class.roster_hidden {
        [area, Rect::default()]
    } else if area.width >= 70 {
        Layout::horizontal([Constraint::Fill(3), Constraint::Fill(2)])
            .spacing(2)
            .areas(area)
    } else {
        Layout::vertical([Constraint::Fill(1), Constraint::Fill(1)]).areas(area)
    };
    let w = usize::from(left.width);
    let mut lines = Vec::new();
    let title = fill(
        s.quiz_title,
        &[("n", &(class.question + 1)), ("total", &lesson.quiz.len())],
    );
    para(&mut lines, &title, w, theme.heading);
    para(&mut lines, &question.question, w, theme.text);
    lines.push(Line::default());
    let (counts, none) = tally(class, class.question);
    let mut option_rows = Vec::new();
    for (i, option) in question.options.iter().enumerate() {
        let right_one = class.revealed && i == question.answer;
        let lead = if right_one { "✓" } else { " " };
        let count = if class.revealed {
            format!("  （{}）", counts[i])
        } else {
            String::new()
        };
        let style = if right_one { theme.success } else { theme.text };
        let text = format!("{}. {option}{count}", i + 1);
        for (k, l) in wrap(&text, w.saturating_sub(2)).into_iter().enumerate() {
            let lead = if k == 0 { lead } else { " " };
            option_rows.push((lines.len(), i));
            lines.push(Line::styled(format!("{lead} {l}"), style));
        }
    }
    if class.revealed {
        lines.push(Line::default());
        let right = fill(s.right_answer, &[("n", &(question.answer + 1))]);
        para(
            &mut lines,
            &format!("{right}  {}{}：{none}", s.tally, s.not_answered),
            w,
            theme.success,
        );
        para(&mut lines, &question.explanation, w, theme.text);
    }
    if class.roster_hidden {
        let n = class.attendees.len();
        let who = class
            .attendees
            .get(class.row)
            .map(|a| class.label(&a.learner))
            .unwrap_or_default();
        let line = fill(
            s.roster_hidden,
            &[
                ("n", &(class.row + 1)),
                ("name", &who),
                ("done", &(n - none)),
                ("total", &n),
            ],
        );
        lines.push(Line::default());
        para(&mut lines, &line, w, theme.tip);
    }
    let at = (class, Pane::Text, class.pages.text);
    let window = paged(frame, lines, left, at, theme, hits);
    for (line, option) in option_rows {
        if let Some(r) = window.row_of(line) {
            hits.add(row(left, r), Msg::Answer(option));
        }
    }
    if !class.roster_hidden {
        roster(frame, right, class, theme, hits);
    }
}

/// Who answered what, the chosen learner kept in view.
fn roster(frame: &mut Frame, area: Rect, class: &Class, theme: &Theme, hits: &mut Hits) {
    let s = &class.lang.text().class;
    let w = usize::from(area.width);
    let room = usize::from(area.height);
    let offset = (class.row + 2).saturating_sub(room);
    let mut lines = Vec::new();
    for (i, a) in class.attendees.iter().enumerate().skip(offset).take(room) {
        let on = i == class.row;
        let answer = match class.answers.get(&(a.learner.id, class.question)) {
            Some(c) => format!("{}", c + 1),
            None => s.not_answered.to_string(),
        };
        let text = format!(
            "{}{:>2}. {}  {answer}",
            if on { "▶ " } else { "  " },
            i + 1,
            class.label(&a.learner)
        );
        hits.add(row(area, lines.len()), Msg::Pick(i));
        lines.push(Line::styled(
            fit(&text, w),
            if on { theme.selected } else { theme.text },
        ));
    }
    frame.render_widget(Paragraph::new(lines), area);
}
