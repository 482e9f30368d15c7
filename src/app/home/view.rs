//! The home screen view: title bar, the library by category, broken files, key help, and
//! the details of the selected lesson.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::app::home::{Home, Msg};
use crate::i18n::fill;
use crate::lesson::sanitize::escape_controls;
use crate::progress::LessonStatus;
use crate::ui::Hits;
use crate::ui::buttons::{Button, ButtonBar, bar_rows};
use crate::ui::frame::{Keep, ScreenFrame, TooSmall};
use crate::ui::text::{fit, shorten, wrap};
use crate::ui::theme::Theme;

/// Smallest window the home screen draws into; below it a "make the window larger" note.
pub const MIN_WIDTH: u16 = 20;
/// Fewest rows the home screen draws into (see [`MIN_WIDTH`]).
pub const MIN_HEIGHT: u16 = 6;

enum Row {
    Learner,
    Resume(String),
    Heading(String),
    Lesson(usize),
    /// The rest of the selected lesson's title, wrapped (the list shows it whole).
    TitleMore(usize, String),
    Problem(String),
    Blank,
}

fn rows(home: &Home, width: usize) -> Vec<Row> {
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
        let group = home.lang.text().kiosk.lesson_group;
        let name = category.name(home.lang);
        rows.push(Row::Heading(fill(group, &[("category", &name)])));
        for i in lessons {
            rows.push(Row::Lesson(i));
            if i == home.selected && !home.on_resume {
                let (_, mark_width) = replaced_mark(home, i, width);
                let lines = title_lines(&home.lessons[i].title, width - mark_width);
                rows.extend(lines.into_iter().skip(1).map(|l| Row::TitleMore(i, l)));
            }
        }
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

/// The selected lesson's title in lines of the list's width (after the 2-cell marker).
fn title_lines(title: &str, width: usize) -> Vec<String> {
    wrap(title, width.saturating_sub(2).max(2))
}

/// The mark a folder lesson standing in for a bundled one carries, and its width: shown
/// whole, or on a very narrow screen not at all (the title gives way to it).
fn replaced_mark(home: &Home, index: usize, width: usize) -> (&'static str, usize) {
    let mark = match home.lessons[index].replaces_bundled() {
        true => home.lang.text().ui.home_replaced_mark,
        false => "",
    };
    let mark_width = unicode_width::UnicodeWidthStr::width(mark);
    match mark_width > 0 && width.saturating_sub(2) >= mark_width + 4 {
        true => (mark, mark_width),
        false => ("", 0),
    }
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
    let (mark, mark_width) = replaced_mark(home, index, width);
    // The selected title goes on over the rows below; the others are cut at a word.
    let title = match selected {
        true => title_lines(&lesson.title, width - mark_width).swap_remove(0),
        false => shorten(&lesson.title, width.saturating_sub(2) - mark_width),
    };
    let used = 2 + unicode_width::UnicodeWidthStr::width(title.as_str()) + mark_width;
    let meta = if used + unicode_width::UnicodeWidthStr::width(meta.as_str()) <= width {
        meta
    } else {
        String::new()
    };
    let style = if selected { theme.selected } else { theme.text };
    Line::from(vec![
        Span::styled(format!("{marker}{title}"), style),
        Span::styled(mark, theme.problem),
        Span::styled(meta, theme.text),
    ])
}

/// Draws the home screen, registering the learner row, "继续上次" and each lesson in `hits`.
pub fn render(frame: &mut Frame, home: &Home, theme: &Theme, hits: &mut Hits<Msg>) {
    let area = frame.area();
    let s = &home.lang.text().ui;
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let note = s.window_too_small;
        frame.render_widget(TooSmall { note, theme }, area);
        return;
    }
    // A title row, the list, a key row, split by hand: the layout solver's first run was
    // a sizeable part of the first frame.
    let bar_height = bar_rows(area.height);
    let body = ScreenFrame::body_above(area, bar_height);
    let title = format!(" {}", s.app_title);
    let subtitle = format!("{} ", s.app_subtitle);
    let screen = ScreenFrame {
        title: &title,
        right: &subtitle,
        // The subtitle is shown whole or not at all.
        keep: Keep::Left {
            min_right: unicode_width::UnicodeWidthStr::width(subtitle.as_str()),
        },
        keys: "",
        theme,
    };
    frame.render_widget(screen, area);
    let bar = ScreenFrame::bar(area, bar_height);
    if home.details_open && home.selected_lesson().is_some() {
        ButtonBar {
            buttons: vec![
                Button::new(s.details_start, s.key_enter, Msg::Open).primary(true),
                Button::new(s.details_close, "Esc", Msg::Back),
            ],
            theme,
        }
        .draw(bar, frame.buffer_mut(), hits);
    } else {
        let buttons = vec![
            Button::new(s.home_button_open, s.key_enter, Msg::Open).primary(true),
            Button::new(s.home_button_learner, "L", Msg::ChooseLearner),
            Button::new(s.home_button_class, "C", Msg::StartClass),
            Button::new(s.home_button_export, "X", Msg::Export),
            Button::new(s.home_button_settings, "S", Msg::OpenSettings),
            Button::new(s.home_button_quit, "Q", Msg::Quit),
        ];
        ButtonBar { buttons, theme }.draw(bar, frame.buffer_mut(), hits);
    }

    let list = body.inner(ratatui::layout::Margin {
        horizontal: 1,
        vertical: 1,
    });
    let rows = rows(home, list.width as usize);
    let selected_row = rows
        .iter()
        .position(|r| matches!(r, Row::Lesson(i) if *i == home.selected && !home.on_resume))
        .unwrap_or(0);
    // The last row of the selected lesson's title, to keep all of it in view.
    let selected_end = selected_row
        + rows[selected_row..]
            .iter()
            .skip(1)
            .take_while(|r| matches!(r, Row::TitleMore(..)))
            .count();
    let height = list.height as usize;
    let last_lesson = rows.iter().rposition(|r| matches!(r, Row::Lesson(_)));
    let offset = if Some(selected_row) == last_lesson {
        // At the last lesson, show the end of the list too: the files that need fixing.
        rows.len().saturating_sub(height).min(selected_row)
    } else {
        (selected_end + 2)
            .saturating_sub(height)
            .min(selected_row)
            .min(rows.len().saturating_sub(height.max(1)))
    };
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
                hits.add(rect, Msg::ChooseLearner);
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
                hits.add(rect, Msg::SelectResume);
                let (style, mark) = if home.on_resume {
                    (theme.selected, "▶ ")
                } else {
                    (theme.button, "  ")
                };
                Line::styled(fit(&format!("{mark}{text}"), w), style)
            }
            Row::Heading(h) => Line::styled(fit(h, w), theme.heading),
            Row::Lesson(i) => lesson_line(home, *i, w, theme),
            Row::TitleMore(_, text) => Line::styled(format!("  {text}"), theme.selected),
            Row::Problem(p) => Line::styled(fit(p, w), theme.problem),
            Row::Blank => Line::default(),
        };
        let line = if n + 1 == height && offset + height < rows.len() {
            // The last row tells that the list goes on, instead of cutting it silently.
            let below = rows[offset + n..]
                .iter()
                .filter(|r| matches!(r, Row::Lesson(_)))
                .count();
            let cue = fill(s.home_more_below, &[("n", &below)]);
            Line::styled(fit(&cue, w), theme.button)
        } else {
            if let Row::Lesson(i) | Row::TitleMore(i, _) = row {
                hits.add(rect, Msg::Select(*i));
            }
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
        // The box covers the list: only its buttons (and the bar's) can be tapped.
        let mut dialog = Hits::new();
        for (r, m) in hits.iter().filter(|(r, _)| r.y >= bar.y) {
            dialog.add(*r, *m);
        }
        *hits = dialog;
        render_details(frame, body, home, lesson, theme, hits);
    }
}

fn render_details(
    frame: &mut Frame,
    area: Rect,
    home: &Home,
    lesson: &crate::lesson::Entry,
    theme: &Theme,
    hits: &mut Hits<Msg>,
) {
    let s = &home.lang.text().ui;
    let popup = area.inner(ratatui::layout::Margin {
        horizontal: u16::from(area.width > 50) * 3,
        vertical: 0,
    });
    let inner_width = popup.width.saturating_sub(4) as usize;
    let mut lines: Vec<Line> = wrap(&lesson.title, inner_width)
        .into_iter()
        .map(|l| Line::styled(l, theme.heading))
        .collect();
    lines.push(Line::default());
    // Right under the title, so that even a small screen shows it: which file stands in
    // for the bundled lesson.
    if lesson.replaces_bundled() {
        let file = escape_controls(&lesson.origin().label(home.lang));
        let said = fill(s.details_replaced, &[("file", &file)]);
        lines.extend(
            wrap(&format!("⚠ {said}"), inner_width)
                .into_iter()
                .map(|l| Line::styled(l, theme.problem)),
        );
        lines.push(Line::default());
    }
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
    // The two buttons at the foot of the box, as big as the room under the text allows.
    let text_rows = (lines.len() as u16).min(inner.height);
    frame.render_widget(Paragraph::new(lines), inner);
    let room = inner.height.saturating_sub(text_rows + 1);
    if room >= 1 {
        let h = room.min(3);
        let at = Rect {
            y: inner.bottom() - h,
            height: h,
            ..inner
        };
        let buttons = vec![
            Button::new(s.details_start, s.key_enter, Msg::Open).primary(true),
            Button::new(s.details_close, "Esc", Msg::Back),
        ];
        let mut taps = Hits::new();
        ButtonBar { buttons, theme }.draw(at, frame.buffer_mut(), &mut taps);
        let mut all = taps;
        all.absorb(std::mem::take(hits), |m| m);
        *hits = all;
    }
}
