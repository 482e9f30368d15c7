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
use ratatui::layout::Rect;
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::state::{Class, Msg, Stage};
use crate::lesson::sanitize::escape_controls;
use crate::ui::frame::{Keep, ScreenFrame, TooSmall};
use crate::ui::text::fit;
use crate::ui::theme::Theme;

/// The class screens' tap map.
pub type Hits = crate::ui::Hits<Msg>;

/// Smallest window the class screens draw into.
pub const MIN_WIDTH: u16 = 30;
/// Fewest rows the class screens draw into (see [`MIN_WIDTH`]).
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

/// Draws the current class screen, registering its tappable rows in `hits`.
pub fn render(frame: &mut Frame, class: &Class, theme: &Theme, hits: &mut Hits) {
    let area = frame.area();
    let s = &class.lang.text().class;
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        frame.render_widget(
            TooSmall {
                note: class.lang.text().ui.window_too_small,
                theme,
            },
            area,
        );
        return;
    }
    let keys = match class.stage {
        Stage::Setup => s.setup_keys,
        Stage::Attendance => s.attendance_keys,
        Stage::Present if area.width >= 90 => s.present_keys,
        Stage::Present => s.present_keys_narrow,
        Stage::Grid => s.grid_keys,
        Stage::Quiz => s.quiz_keys,
        Stage::Summary => s.summary_keys,
    };
    let (title, right) = title_bar(class);
    let screen = ScreenFrame {
        title: &title,
        right: &right,
        keep: Keep::Left { min_right: 8 },
        keys,
        theme,
    };
    frame.render_widget(screen, area);
    // A status row above the key line while there is something to say or a note is typed.
    let rest = ScreenFrame::body(area);
    let status_rows = u16::from(class.status.is_some() || class.note_edit.is_some());
    let body = Rect {
        height: rest.height - status_rows,
        ..rest
    };
    let status = Rect {
        y: body.bottom(),
        height: status_rows,
        ..rest
    };
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
        Stage::Setup => lists::setup(frame, inner, class, theme, hits),
        Stage::Attendance => lists::attendance(frame, inner, class, theme, hits),
        Stage::Present => present::present(frame, inner, class, theme, hits),
        Stage::Grid => grid::grid(frame, inner, class, theme, hits),
        Stage::Quiz => present::quiz(frame, inner, class, theme, hits),
        Stage::Summary => summary::summary(frame, inner, class, theme, hits),
    }
}

/// The title bar's two sides: the session (or the mode) and the lesson being taught.
fn title_bar(class: &Class) -> (String, String) {
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
    (left, right)
}
