//! The home screen view: title bar, the library by category, broken files, key help, and
//! the details of the selected lesson.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::text::{fit, wrap};
use super::theme::Theme;
use crate::app::home::{Home, Msg};
use crate::i18n::fill;
use crate::lesson::sanitize::escape_controls;
use crate::progress::LessonStatus;

/// Smallest window the home screen draws into; below it a "make the window larger" note.
pub const MIN_WIDTH: u16 = 20;
pub const MIN_HEIGHT: u16 = 6;

/// Where each lesson was drawn, so a click can be mapped back to it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HitMap {
    pub lessons: Vec<(Rect, usize)>,
    pub resume: Option<Rect>,
    pub learner: Option<Rect>,
}

impl HitMap {
    /// The message a click at this cell sends.
    pub fn at(&self, x: u16, y: u16) -> Option<Msg> {
        let inside = |r: &Rect| r.contains(ratatui::layout::Position { x, y });
        if self.resume.as_ref().is_some_and(inside) {
            return Some(Msg::SelectResume);
        }
        if self.learner.as_ref().is_some_and(inside) {
            return Some(Msg::ChooseLearner);
        }
        self.lesson_at(x, y).map(Msg::Select)
    }

    /// The lesson drawn at this cell, if any.
    pub fn lesson_at(&self, x: u16, y: u16) -> Option<usize> {
        self.lessons
            .iter()
            .find(|(r, _)| x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height)
            .map(|(_, i)| *i)
    }
}

enum Row {
    Learner,
    Resume(String),
    Heading(String),
    Lesson(usize),
    Problem(String),
    Blank,
}

fn rows(home: &Home) -> Vec<Row> {
    let s = &home.lang.text().ui;
    let mut rows = vec![Row::Learner];
    if let Some((lesson, step)) = home.resume
        && let Some(l) = home.lessons.get(lesson)
    {
        rows.push(Row::Resume(fill(
            s.home_resume,
            &[("title", &l.title), ("step", &(step + 1))],
        )));
    }
    rows.push(Row::Blank);
    for (category, lessons) in home.groups() {
        rows.push(Row::Heading(format!("【{}】", category.name(home.lang))));
        rows.extend(lessons.into_iter().map(Row::Lesson));
        rows.push(Row::Blank);
    }
    if home.lessons.is_empty() {
        rows.push(Row::Heading(home.lang.text().ui.library_empty.to_string()));
        rows.push(Row::Blank);
    }
    if !home.broken.is_empty() {
        rows.push(Row::Heading(format!(
            "⚠ {}（{}）",
            home.lang.text().ui.broken_heading,
            home.broken.len()
        )));
        for (file, problem) in &home.broken {
            rows.push(Row::Problem(escape_controls(file)));
            let message = problem
                .split_once(": ")
                .map_or(problem.as_str(), |(_, m)| m);
            rows.push(Row::Problem(format!("  {}", escape_controls(message))));
        }
    }
    rows
}

fn lesson_line(home: &Home, index: usize, width: usize, theme: &Theme) -> Line<'static> {
    let lesson = &home.lessons[index];
    let s = &home.lang.text().ui;
    let selected = index == home.selected && !home.on_resume;
    let marker = if selected { "▶ " } else { "  " };
    let meta = match home.progress.get(lesson.id.as_str()) {
        Some(p) if p.status == LessonStatus::Completed => {
            format!(
                "  ✓ {} {}/{} {}",
                s.status_completed, p.steps_done, p.steps_total, s.steps_unit
            )
        }
        Some(p) if p.status == LessonStatus::InProgress => {
            let filled = (p.steps_done * 8).div_ceil(p.steps_total.max(1)).min(8);
            let bar = format!("{}{}", "▓".repeat(filled), "░".repeat(8 - filled));
            format!(
                "  {} {}/{} {} {bar}",
                s.status_in_progress, p.steps_done, p.steps_total, s.steps_unit
            )
        }
        _ => format!(
            "  {} · {} {} · {} {}",
            lesson.level.name(home.lang),
            lesson.estimated_minutes,
            s.minutes_unit,
            lesson.steps,
            s.steps_unit
        ),
    };
    let title_room = width.saturating_sub(2);
    let title = fit(&lesson.title, title_room);
    let used = 2 + unicode_width::UnicodeWidthStr::width(title.as_str());
    let meta = if used + unicode_width::UnicodeWidthStr::width(meta.as_str()) <= width {
        meta
    } else {
        String::new()
    };
    let style = if selected { theme.selected } else { theme.text };
    Line::from(vec![
        Span::styled(format!("{marker}{title}"), style),
        Span::styled(meta, theme.text),
    ])
}

/// Draws the home screen and returns where each lesson is.
pub fn render(frame: &mut Frame, home: &Home, theme: &Theme) -> HitMap {
    let area = frame.area();
    let s = &home.lang.text().ui;
    frame.render_widget(ratatui::widgets::Block::default().style(theme.base), area);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let note = wrap(s.window_too_small, area.width as usize);
        let lines: Vec<Line> = note.into_iter().map(Line::from).collect();
        frame.render_widget(Paragraph::new(lines).style(theme.text), area);
        return HitMap::default();
    }
    // A title row, the list, a key row. Split by hand: the layout solver's first run
    // was a sizeable part of the first frame.
    let top = Rect { height: 1, ..area };
    let footer = Rect {
        y: area.bottom() - 1,
        height: 1,
        ..area
    };
    let body = Rect {
        y: area.y + 1,
        height: area.height - 2,
        ..area
    };
    let title = format!(" {}", s.app_title);
    let subtitle = format!("{} ", s.app_subtitle);
    let width = top.width as usize;
    let bar = if unicode_width::UnicodeWidthStr::width(format!("{title}  {subtitle}").as_str())
        <= width
    {
        let gap = width
            - unicode_width::UnicodeWidthStr::width(title.as_str())
            - unicode_width::UnicodeWidthStr::width(subtitle.as_str());
        format!("{title}{}{subtitle}", " ".repeat(gap))
    } else {
        fit(&title, width)
    };
    frame.render_widget(Paragraph::new(bar).style(theme.title_bar), top);
    let keys = if unicode_width::UnicodeWidthStr::width(s.home_keys) < footer.width as usize {
        s.home_keys
    } else {
        s.home_keys_narrow
    };
    frame.render_widget(
        Paragraph::new(fit(&format!(" {keys}"), footer.width as usize)).style(theme.footer),
        footer,
    );

    let list = body.inner(ratatui::layout::Margin {
        horizontal: 1,
        vertical: 1,
    });
    let rows = rows(home);
    let selected_row = rows
        .iter()
        .position(|r| matches!(r, Row::Lesson(i) if *i == home.selected && !home.on_resume))
        .unwrap_or(0);
    let height = list.height as usize;
    let last_lesson = rows.iter().rposition(|r| matches!(r, Row::Lesson(_)));
    let offset = if Some(selected_row) == last_lesson {
        // At the last lesson, show the end of the list too: the files that need fixing.
        rows.len().saturating_sub(height).min(selected_row)
    } else {
        (selected_row + 2)
            .saturating_sub(height)
            .min(rows.len().saturating_sub(height.max(1)))
    };
    let mut hits = HitMap::default();
    for (n, row) in rows.iter().skip(offset).take(height).enumerate() {
        let rect = Rect {
            x: list.x,
            y: list.y + n as u16,
            width: list.width,
            height: 1,
        };
        let w = list.width as usize;
        let line = match row {
            Row::Learner => {
                hits.learner = Some(rect);
                let who = match &home.learner {
                    Some(l) => fill(
                        s.home_learner,
                        &[("name", &escape_controls(&l.name)), ("code", &l.code)],
                    ),
                    None => s.home_guest.to_string(),
                };
                let text = format!("{who}    {}", s.home_change_learner);
                let text = if unicode_width::UnicodeWidthStr::width(text.as_str()) <= w {
                    text
                } else {
                    who
                };
                Line::styled(fit(&text, w), theme.text)
            }
            Row::Resume(text) => {
                hits.resume = Some(rect);
                let (style, mark) = if home.on_resume {
                    (theme.selected, "▶ ")
                } else {
                    (theme.button, "  ")
                };
                Line::styled(fit(&format!("{mark}{text}"), w), style)
            }
            Row::Heading(h) => Line::styled(fit(h, w), theme.heading),
            Row::Lesson(i) => {
                hits.lessons.push((rect, *i));
                lesson_line(home, *i, w, theme)
            }
            Row::Problem(p) => Line::styled(fit(p, w), theme.problem),
            Row::Blank => Line::default(),
        };
        let line = if n + 1 == height && offset + height < rows.len() {
            // The last row tells that the list goes on, instead of cutting it silently.
            let below = rows[offset + n..]
                .iter()
                .filter(|r| matches!(r, Row::Lesson(_)))
                .count();
            if matches!(row, Row::Lesson(_)) {
                hits.lessons.pop();
            }
            let cue = fill(s.home_more_below, &[("n", &below)]);
            Line::styled(fit(&cue, w), theme.button)
        } else {
            line
        };
        frame.render_widget(Paragraph::new(line), rect);
    }
    if let Some(notice) = &home.notice {
        let lines: Vec<Line> = wrap(
            &format!("⚠ {notice}"),
            body.width.saturating_sub(2) as usize,
        )
        .into_iter()
        .map(|l| Line::styled(l, theme.problem))
        .collect();
        let h = (lines.len() as u16).min(body.height / 2);
        let area = Rect {
            x: body.x + 1,
            y: body.bottom() - h,
            width: body.width.saturating_sub(2),
            height: h,
        };
        frame.render_widget(Clear, area);
        frame.render_widget(Paragraph::new(lines), area);
    }
    if home.details_open
        && let Some(lesson) = home.selected_lesson()
    {
        render_details(frame, body, home, lesson, theme);
    }
    hits
}

fn render_details(
    frame: &mut Frame,
    area: Rect,
    home: &Home,
    lesson: &crate::lesson::Header,
    theme: &Theme,
) {
    let s = &home.lang.text().ui;
    let popup = area.inner(ratatui::layout::Margin {
        horizontal: u16::from(area.width > 50) * 3,
        vertical: 0,
    });
    let inner_width = popup.width.saturating_sub(4) as usize;
    let mut lines: Vec<Line> = vec![
        Line::styled(fit(&lesson.title, inner_width), theme.heading),
        Line::default(),
    ];
    lines.extend(
        wrap(&lesson.summary, inner_width)
            .into_iter()
            .map(|l| Line::styled(l, theme.text)),
    );
    lines.push(Line::default());
    let meta = format!(
        "{} · {} · {} {} · {} {} · {} {}",
        lesson.category.name(home.lang),
        lesson.level.name(home.lang),
        lesson.estimated_minutes,
        s.minutes_unit,
        lesson.steps,
        s.steps_unit,
        lesson.questions,
        s.questions_unit
    );
    lines.extend(
        wrap(&meta, inner_width)
            .into_iter()
            .map(|l| Line::styled(l, theme.text)),
    );
    lines.push(Line::default());
    lines.extend(
        wrap(s.start_prompt, inner_width)
            .into_iter()
            .map(|l| Line::styled(l, theme.text)),
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .title(Line::styled(
            format!(" {} ", s.details_heading),
            theme.heading,
        ))
        .title_bottom(Line::styled(" Esc ", theme.heading))
        .style(theme.text);
    frame.render_widget(Clear, popup);
    let inner = block.inner(popup).inner(ratatui::layout::Margin {
        horizontal: 1,
        vertical: 0,
    });
    frame.render_widget(block, popup);
    frame.render_widget(Paragraph::new(lines), inner);
}
