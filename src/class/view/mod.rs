//! Drawing the class screens from the class state. Nothing here changes state; each
//! screen returns where its clickable rows were drawn and the message a click sends.

mod grid;
mod lists;
mod present;
mod summary;

pub use summary::summary_lines;

/// The class summary as text, one line each (for tests and exports).
pub fn summary_text(class: &Class) -> String {
    summary_lines(class)
        .into_iter()
        .map(|(line, _)| line)
        .collect::<Vec<_>>()
        .join("\n")
}

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::state::{Class, Msg, Stage};
use crate::lesson::sanitize::escape_controls;
use crate::ui::text::{fit, wrap};
use crate::ui::theme::Theme;

/// Where clickable things were drawn, and what a click there sends.
pub type Hits = Vec<(Rect, Msg)>;

/// Finds the message for a click at a cell.
pub fn hit(hits: &Hits, x: u16, y: u16) -> Option<Msg> {
    hits.iter()
        .find(|(r, _)| x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height)
        .map(|(_, m)| m.clone())
}

/// Smallest window the class screens draw into.
pub const MIN_WIDTH: u16 = 30;
pub const MIN_HEIGHT: u16 = 10;

/// A learner's name made safe for the terminal.
pub(super) fn name(s: &str) -> String {
    escape_controls(s)
}

/// One row rectangle inside `area`.
pub(super) fn row(area: Rect, n: usize) -> Rect {
    Rect {
        x: area.x,
        y: area.y.saturating_add(n as u16),
        width: area.width,
        height: u16::from((n as u16) < area.height),
    }
}

/// Draws the current class screen and returns its clickable regions.
pub fn render(frame: &mut Frame, class: &Class, theme: &Theme) -> Hits {
    let area = frame.area();
    let s = &class.lang.text().class;
    frame.render_widget(Block::default().style(theme.base), area);
    let mut hits = Hits::new();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let lines: Vec<Line> = wrap(class.lang.text().ui.window_too_small, area.width as usize)
            .into_iter()
            .map(Line::from)
            .collect();
        frame.render_widget(Paragraph::new(lines).style(theme.text), area);
        return hits;
    }
    let [top, body, status, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(u16::from(
            class.status.is_some() || class.note_edit.is_some(),
        )),
        Constraint::Length(1),
    ])
    .areas(area);
    title_bar(frame, top, class, theme);
    let keys = match class.stage {
        Stage::Setup => s.setup_keys,
        Stage::Attendance => s.attendance_keys,
        Stage::Present if area.width >= 90 => s.present_keys,
        Stage::Present => s.present_keys_narrow,
        Stage::Grid => s.grid_keys,
        Stage::Quiz => s.quiz_keys,
        Stage::Summary => s.summary_keys,
    };
    frame.render_widget(
        Paragraph::new(fit(&format!(" {keys}"), footer.width as usize)).style(theme.footer),
        footer,
    );
    if let Some(text) = &class.note_edit {
        let who = class
            .attendees
            .get(class.row)
            .map(|a| name(&a.learner.display_name))
            .unwrap_or_default();
        let prompt = crate::i18n::fill(s.note_prompt, &[("name", &who)]);
        let line = format!(" {prompt}{}▏", escape_controls(text));
        let w = status.width as usize;
        // Keep the end of a long note (where the cursor is) in view.
        let shown = if line.width() > w {
            let tail: String = line.chars().rev().take(w.saturating_sub(2)).collect();
            format!("…{}", tail.chars().rev().collect::<String>())
        } else {
            line
        };
        frame.render_widget(Paragraph::new(shown).style(theme.input), status);
    } else if let Some(text) = &class.status {
        frame.render_widget(
            Paragraph::new(fit(&format!(" {text}"), status.width as usize)).style(theme.problem),
            status,
        );
    }
    let inner = body.inner(ratatui::layout::Margin {
        horizontal: 1,
        vertical: 0,
    });
    match class.stage {
        Stage::Setup => lists::setup(frame, inner, class, theme, &mut hits),
        Stage::Attendance => lists::attendance(frame, inner, class, theme, &mut hits),
        Stage::Present => present::present(frame, inner, class, theme, &mut hits),
        Stage::Grid => grid::grid(frame, inner, class, theme, &mut hits),
        Stage::Quiz => present::quiz(frame, inner, class, theme, &mut hits),
        Stage::Summary => summary::summary(frame, inner, class, theme, &mut hits),
    }
    hits
}

fn title_bar(frame: &mut Frame, top: Rect, class: &Class, theme: &Theme) {
    let s = &class.lang.text().class;
    let left = match &class.session {
        Some(session) => format!(
            " {} · {} · {}",
            session.date.format("%Y-%m-%d"),
            name(&session.site),
            name(&session.trainer)
        ),
        None => format!(" {}", s.mode_title),
    };
    let right = class
        .session
        .as_ref()
        .and_then(|_| class.current_lesson())
        .map(|l| format!("{} ", l.title))
        .unwrap_or_default();
    let width = top.width as usize;
    let left = fit(&left, width);
    let room = width.saturating_sub(left.width() + 2);
    let right = if room >= 8 {
        fit(&right, room)
    } else {
        String::new()
    };
    let gap = width.saturating_sub(left.width() + right.width());
    frame.render_widget(
        Paragraph::new(format!("{left}{}{right}", " ".repeat(gap))).style(theme.title_bar),
        top,
    );
}
