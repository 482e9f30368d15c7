//! Presenting a step to the room (instruction, simulated phone, trainer notes, and how the
//! class is doing on this step) and asking the check questions as a class.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph};

use super::{Hits, name, row};
use crate::class::state::quiz::tally;
use crate::class::state::{Class, Msg};
use crate::i18n::fill;
use crate::ui::phone::PhoneScreen;
use crate::ui::text::{fit, wrap};
use crate::ui::theme::Theme;

fn para(lines: &mut Vec<Line<'static>>, text: &str, width: usize, style: Style) {
    lines.extend(
        wrap(text, width)
            .into_iter()
            .map(|l| Line::styled(l, style)),
    );
}

/// Width of the simulated phone beside the text.
const PHONE: u16 = 34;

pub(super) fn present(frame: &mut Frame, area: Rect, class: &Class, theme: &Theme, _: &mut Hits) {
    let Some(lesson) = class.current_lesson() else {
        return;
    };
    let Some(step) = lesson.steps.get(class.step) else {
        return;
    };
    let s = &class.lang.text().class;
    let ui = &class.lang.text().ui;
    let [main, tally_area] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(2)]).areas(area);
    let notes = step.trainer_notes.as_deref().unwrap_or(s.no_notes);
    let (text_area, phone_area, notes_area) = if main.width >= 100 && class.notes_open {
        let [t, p, n] = Layout::horizontal([
            Constraint::Fill(3),
            Constraint::Length(PHONE),
            Constraint::Fill(2),
        ])
        .spacing(1)
        .areas(main);
        (t, Some(p), Some(n))
    } else if main.width >= 70 {
        let [t, p] = Layout::horizontal([Constraint::Fill(1), Constraint::Length(PHONE)])
            .spacing(1)
            .areas(main);
        (t, Some(p), None)
    } else {
        (main, None, None)
    };
    // Notes go under the text when there is no room for a column of their own.
    let (text_area, notes_area) = match notes_area {
        Some(n) => (text_area, Some(n)),
        None if class.notes_open => {
            let [t, n] =
                Layout::vertical([Constraint::Fill(3), Constraint::Fill(2)]).areas(text_area);
            (t, Some(n))
        }
        None => (text_area, None),
    };
    let w = text_area.width as usize;
    let mut lines = Vec::new();
    let heading = format!(
        "{} · {}",
        fill(
            ui.step_progress,
            &[("n", &(class.step + 1)), ("total", &lesson.steps.len())]
        ),
        step.title
    );
    para(&mut lines, &heading, w, theme.heading);
    lines.push(Line::default());
    para(&mut lines, &step.instruction, w, theme.text);
    if let Some(tip) = &step.tip {
        lines.push(Line::default());
        para(&mut lines, &format!("{}{tip}", ui.tip_label), w, theme.tip);
    }
    if let Some(warning) = &step.warning {
        lines.push(Line::default());
        para(
            &mut lines,
            &format!("{}{warning}", ui.warning_label),
            w,
            theme.warning,
        );
    }
    frame.render_widget(Paragraph::new(lines), text_area);
    if let (Some(p), Some(screen)) = (phone_area, &step.screen) {
        PhoneScreen {
            screen,
            focus: None,
            reveal: None,
            typed: None,
            page: 0,
            keypad: None,
            more: (ui.more_above, ui.more_below),
            theme,
        }
        .draw(p, frame.buffer_mut(), &mut crate::ui::Hits::new());
    }
    if let Some(n) = notes_area {
        let block = Block::default()
            .borders(Borders::TOP)
            .border_style(theme.text)
            .title(Line::styled(s.notes_title, theme.heading));
        let inner = block.inner(n);
        frame.render_widget(block, n);
        let mut lines = Vec::new();
        para(&mut lines, notes, inner.width as usize, theme.tip);
        frame.render_widget(Paragraph::new(lines), inner);
    }
    let (done, help) = class.step_tally(class.step);
    let total = class.attendees.len();
    let mut line = fill(s.class_done, &[("done", &done), ("total", &total)]);
    line.push_str("  ");
    line.push_str(s.needs_help_now);
    if help.is_empty() {
        line.push_str(s.nobody);
    } else {
        line.push_str(&help.iter().map(|n| name(n)).collect::<Vec<_>>().join("、"));
    }
    let mut lines = vec![Line::default()];
    lines.push(Line::styled(
        fit(&line, tally_area.width as usize),
        if help.is_empty() {
            theme.success
        } else {
            theme.warning
        },
    ));
    frame.render_widget(Paragraph::new(lines), tally_area);
}

pub(super) fn quiz(frame: &mut Frame, area: Rect, class: &Class, theme: &Theme, hits: &mut Hits) {
    let Some(lesson) = class.current_lesson() else {
        return;
    };
    let Some(question) = lesson.quiz.get(class.question) else {
        return;
    };
    let s = &class.lang.text().class;
    let wide = area.width >= 70;
    let [left, right] = if wide {
        Layout::horizontal([Constraint::Fill(3), Constraint::Fill(2)])
            .spacing(2)
            .areas(area)
    } else {
        Layout::vertical([Constraint::Fill(1), Constraint::Fill(1)]).areas(area)
    };
    let w = left.width as usize;
    let mut lines = Vec::new();
    let title = fill(
        s.quiz_title,
        &[("n", &(class.question + 1)), ("total", &lesson.quiz.len())],
    );
    para(&mut lines, &title, w, theme.heading);
    para(&mut lines, &question.question, w, theme.text);
    lines.push(Line::default());
    let (counts, none) = tally(class, class.question);
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
    frame.render_widget(Paragraph::new(lines), left);

    let w = right.width as usize;
    let room = right.height as usize;
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
            name(&a.learner.display_name)
        );
        hits.add(row(right, lines.len()), Msg::Pick(i));
        lines.push(Line::styled(
            fit(&text, w),
            if on { theme.selected } else { theme.text },
        ));
    }
    frame.render_widget(Paragraph::new(lines), right);
}
