//! Views of the check questions, the end-of-lesson summary, and the help overlay.

use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::scroll::page_lines;
use super::{option_lines, para, push_options};
use crate::i18n::{Lang, fill};
use crate::player::quiz::Quiz;
use crate::player::{Msg, Player, Target};
use crate::ui::Hits;
use crate::ui::phone::FOCUS_MARK;
use crate::ui::text::wrap;
use crate::ui::theme::Theme;

/// One check question, its options, and after answering the verdict and explanation.
pub fn render_quiz(
    frame: &mut Frame,
    area: Rect,
    player: &Player,
    quiz: &Quiz,
    theme: &Theme,
    hits: &mut Hits<Msg>,
) {
    let s = &player.lang.text().ui;
    let Some(question) = player.lesson.quiz.get(quiz.index) else {
        return;
    };
    let width = area.width as usize;
    let answered = quiz.current_answer();
    let mut lines = Vec::new();
    para(&mut lines, "", &question.question, width, theme.heading);
    lines.push(Line::default());
    let mut option_rows = Vec::new();
    // Options in the order this learner sees them; `o` is the option's place in the file.
    let blocks = quiz
        .order()
        .iter()
        .enumerate()
        .filter_map(|(n, &o)| Some((n, o, question.options.get(o)?)))
        .map(|(n, o, option)| {
            let (style, mark) = match answered {
                Some(_) if o == question.answer => (theme.success, "✓"),
                Some(a) if a == o => (theme.warning, "✗"),
                None if quiz.focus == Some(n) => (theme.selected, FOCUS_MARK),
                _ => (theme.text, " "),
            };
            (option_lines(n, option, mark, style, width), n)
        })
        .collect();
    // Room for the options spaced out, with the prompt under them.
    let room = (area.height as usize).saturating_sub(2);
    push_options(&mut lines, &mut option_rows, blocks, room);
    if let Some(a) = answered {
        lines.push(Line::default());
        if a == question.answer {
            para(&mut lines, "", s.correct_answer, width, theme.success);
        } else {
            let text = fill(
                s.wrong_answer,
                &[
                    ("n", &(quiz.shown_at(question.answer) + 1)),
                    ("answer", &question.options[question.answer]),
                ],
            );
            para(&mut lines, "", &text, width, theme.warning);
        }
        para(&mut lines, "", &question.explanation, width, theme.text);
        lines.push(Line::default());
        para(&mut lines, "", s.next_question, width, theme.button);
    } else {
        lines.push(Line::default());
        para(&mut lines, "", s.choose_prompt, width, theme.text);
    }
    let (lines, window) = page_lines(
        lines,
        area.height as usize,
        player.page,
        area,
        s,
        theme,
        hits,
    );
    if answered.is_none() {
        for (row, n) in option_rows {
            if let Some(row) = window.row_of(row) {
                let rect = Rect {
                    x: area.x,
                    y: area.y + row as u16,
                    width: area.width,
                    height: 1,
                };
                hits.add(rect, Msg::Press(Target::Option(n)));
            }
        }
    }
    frame.render_widget(Paragraph::new(lines), area);
}

/// The end of the lesson: steps done, questions right, and what is worth another look.
pub fn render_summary(
    frame: &mut Frame,
    area: Rect,
    player: &Player,
    theme: &Theme,
    hits: &mut Hits<Msg>,
) {
    let s = &player.lang.text().ui;
    let width = area.width as usize;
    let lesson = &player.lesson;
    let mut lines = Vec::new();
    let all_done = player.steps_done() == lesson.steps.len();
    let title = match all_done {
        true => s.summary_title,
        false => s.summary_title_partial,
    };
    para(&mut lines, "", title, width, theme.success);
    lines.push(Line::default());
    let steps = fill(
        s.summary_steps,
        &[
            ("done", &player.steps_done()),
            ("total", &lesson.steps.len()),
        ],
    );
    para(&mut lines, "", &steps, width, theme.text);
    let quiz = player.last_quiz.as_ref();
    if let Some(q) = quiz {
        let right = fill(
            s.summary_quiz,
            &[("right", &q.score(lesson)), ("total", &lesson.quiz.len())],
        );
        para(&mut lines, "", &right, width, theme.text);
    }
    let review = player.review_list();
    lines.push(Line::default());
    if review.is_empty() {
        para(&mut lines, "", s.summary_all_good, width, theme.success);
    } else {
        para(&mut lines, "", s.summary_review, width, theme.heading);
        for item in review {
            para(&mut lines, "· ", &item, width, theme.text);
        }
    }
    let (lines, _) = page_lines(
        lines,
        area.height as usize,
        player.page,
        area,
        s,
        theme,
        hits,
    );
    frame.render_widget(Paragraph::new(lines), area);
}

/// The key help, drawn over the screen; first the lesson's whole `title` when the title
/// bar had to shorten it.
pub fn render_help(frame: &mut Frame, area: Rect, lang: Lang, title: Option<&str>, theme: &Theme) {
    let s = &lang.text().ui;
    let popup = area.inner(Margin {
        horizontal: u16::from(area.width > 50) * 4,
        vertical: 0,
    });
    let block = Block::default()
        .borders(Borders::ALL)
        .title(Line::styled(format!(" {} ", s.help_title), theme.heading))
        .title_bottom(Line::styled(format!(" {} ", s.help_close), theme.heading))
        .style(theme.base);
    let inner = block.inner(popup).inner(Margin {
        horizontal: 1,
        vertical: 0,
    });
    let lesson = title.map(|title| fill(s.help_lesson, &[("title", &title)]));
    let mut lines: Vec<Line> = lesson
        .iter()
        .flat_map(|l| wrap(l, inner.width as usize))
        .map(|l| Line::styled(l, theme.heading))
        .collect();
    lines.extend(
        s.help_body
            .lines()
            .flat_map(|l| wrap(l, inner.width as usize))
            .map(Line::from),
    );
    // A wide character just left of the box would cover its left border, and one cut
    // at its right edge would show through: the box clears a column either side first.
    let margin = Rect {
        x: popup.x.saturating_sub(1).max(area.x),
        width: (popup.width + 2).min(area.right() - popup.x.saturating_sub(1).max(area.x)),
        ..popup
    };
    frame.render_widget(Clear, margin);
    frame.render_widget(Block::default().style(theme.base), margin);
    frame.render_widget(block, popup);
    frame.render_widget(Paragraph::new(lines), inner);
}
