//! Drawing the class screens from the class state. Nothing here changes state; each
//! screen registers where its tappable parts were drawn and the message a tap sends, and
//! each has a bar of buttons along the bottom for what a finger can do there.

mod bar;
mod grid;
mod help;
mod history;
mod lists;
mod page;
mod phone_fit;
mod present;
mod quiz;
mod steps;
mod summary;

pub use help::help_text;
pub use history::history_line;
pub use present::{Panes, WIDE};
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
use ratatui::layout::{Margin, Rect};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::state::{Class, Msg, Stage};
use crate::lesson::sanitize::escape_controls;
use crate::ui::buttons::{ButtonBar, bar_rows};
use crate::ui::frame::{Keep, ScreenFrame, TooSmall};
use crate::ui::text::{fit, shorten};
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

/// Where a class screen's parts go in a window.
struct Parts {
    /// The screen's own content, inside a margin cell either side.
    body: Rect,
    /// The row for what just happened, or the note being typed (empty when none).
    status: Rect,
    /// The bar of buttons.
    bar: Rect,
}

fn parts(class: &Class, area: Rect) -> Parts {
    let rows = bar_rows(area.height);
    let rest = ScreenFrame::body_above(area, rows);
    let status_rows =
        u16::from(class.status.is_some() || class.note_edit.is_some()).min(rest.height);
    let body = Rect {
        height: rest.height - status_rows,
        ..rest
    };
    Parts {
        body: body.inner(Margin {
            horizontal: 1,
            vertical: 0,
        }),
        status: Rect {
            y: body.bottom(),
            height: status_rows,
            ..rest
        },
        bar: ScreenFrame::bar(area, rows),
    }
}

/// Where the present screen puts the step's text, notes, phone and tally in a window
/// `area`; None when no step is presented there.
pub fn present_panes(class: &Class, area: Rect) -> Option<Panes> {
    if class.stage != Stage::Present || area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    present::panes(class, parts(class, area).body)
}

/// Draws the current class screen, registering its tappable parts in `hits`.
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
    let (title, right) = title_bar(class, area.width as usize);
    let screen = ScreenFrame {
        title: &title,
        right: &right,
        keep: Keep::Left { min_right: 8 },
        keys: "",
        theme,
    };
    frame.render_widget(screen, area);
    if class.help_open {
        let under_title = Rect {
            y: area.y + 1,
            height: area.height - 1,
            ..area
        };
        help::help(frame, under_title, class, theme, hits);
        hits.add(area, Msg::ToggleHelp);
        return;
    }
    let parts = parts(class, area);
    let status = parts.status;
    if let Some(text) = &class.note_edit {
        let who = class
            .attendees
            .get(class.row)
            .map(|a| class.label(&a.learner))
            .unwrap_or_default();
        let prompt = crate::i18n::fill(s.note_prompt, &[("name", &who)]);
        let line = format!(" {prompt}{}▏", escape_controls(text));
        let w = status.width as usize;
        // Keep the end of a long note (where the cursor is) in view.
        let shown = if line.width() > w {
            // By display width: a Chinese character takes two cells.
            let room = w.saturating_sub(2);
            let mut used = 0;
            let mut tail: Vec<char> = line
                .chars()
                .rev()
                .take_while(|c| {
                    used += unicode_width::UnicodeWidthChar::width(*c).unwrap_or(0);
                    used <= room
                })
                .collect();
            tail.reverse();
            format!("…{}", tail.into_iter().collect::<String>())
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
    let narrow_phone = class.stage == Stage::Present
        && parts.body.width < WIDE
        && class
            .current_lesson()
            .and_then(|l| l.steps.get(class.step))
            .is_some_and(|st| st.screen.is_some());
    let answer_all = class.last_chosen.map_or(String::new(), |n| {
        crate::i18n::fill(s.button_answer_all, &[("n", &(n + 1))])
    });
    ButtonBar {
        buttons: bar::buttons(class, narrow_phone, &answer_all),
        theme,
    }
    .draw(parts.bar, frame.buffer_mut(), hits);
    let inner = parts.body;
    match class.stage {
        Stage::Setup => lists::setup(frame, inner, class, theme, hits),
        Stage::Attendance => lists::attendance(frame, inner, class, theme, hits),
        Stage::Present => present::present(frame, inner, class, theme, hits),
        Stage::Grid => grid::grid(frame, inner, class, theme, hits),
        Stage::Quiz => quiz::quiz(frame, inner, class, theme, hits),
        Stage::Summary => summary::summary(frame, inner, class, theme, hits),
        Stage::History => history::history(frame, inner, class, theme, hits),
        Stage::Steps => steps::steps(frame, inner, class, theme, hits),
    }
}

/// The title bar's two sides: the session (or the mode) and the lesson being taught, cut
/// at a word with "…" to fit `width` (the key help shows it whole).
fn title_bar(class: &Class, width: usize) -> (String, String) {
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
        .map(|l| {
            let room = width.saturating_sub(left.width() + 3);
            format!("{} ", shorten(&l.title, room))
        })
        .unwrap_or_default();
    (left, right)
}
