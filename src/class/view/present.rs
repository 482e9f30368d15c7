//! Presenting a step to the room: its text (instruction, tip, warning, options), the
//! simulated phone, the trainer's notes, and how the class is doing on the step. Nothing
//! is cut: each part that does not fit is paged on its own, and the phone grows with the
//! window (whole QR codes on a projector, every item whole where there is room; what a
//! narrow phone cannot show whole is written out under the step's text).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::page::{more_lines, paged};
use super::{Hits, phone_fit};
use crate::class::state::{Class, Msg, Pane};
use crate::i18n::fill;
use crate::lesson::{Step, Task};
use crate::ui::phone::PhoneScreen;
use crate::ui::text::{fit, wrap};
use crate::ui::theme::Theme;

/// From this width on, the phone stands beside the text.
pub const WIDE: u16 = 70;
/// From this width on, the trainer's notes have a column of their own beside the phone.
const NOTES_COLUMN: u16 = 100;
/// Fewest cells left for the text beside the phone (and for the notes column).
const TEXT_ROOM: u16 = 34;
const NOTES_ROOM: u16 = 24;

/// Where the present screen puts each part; a part not shown is None.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Panes {
    /// The step's text (with the notes under it when they have no place of their own).
    pub text: Option<Rect>,
    /// The trainer's notes, in a place of their own.
    pub notes: Option<Rect>,
    /// The simulated phone.
    pub phone: Option<Rect>,
    /// The line of how the class is doing on the step.
    pub tally: Rect,
}

pub(super) fn para(lines: &mut Vec<Line<'static>>, text: &str, width: usize, style: Style) {
    lines.extend(
        wrap(text, width)
            .into_iter()
            .map(|l| Line::styled(l, style)),
    );
}

/// The phone's width beside the text in `main`: two fifths of the window, or what the
/// screen's QR code and its longest line need, whichever is more, as far as the text
/// (and notes) keep their room.
fn phone_width(screen: &crate::lesson::Screen, main: Rect, notes_column: bool) -> u16 {
    let room = match notes_column {
        true => TEXT_ROOM + NOTES_ROOM + 2,
        false => TEXT_ROOM + 1,
    };
    u16::try_from(u32::from(main.width) * 2 / 5)
        .unwrap_or(50)
        .clamp(30, 50)
        .max(phone_fit::whole_width(screen))
        .max(crate::ui::qr::phone_width(screen))
        .min(main.width.saturating_sub(room))
        .max(24)
}

/// Lays out the present screen's parts in `area` (the body inside its margins).
pub(super) fn panes(class: &Class, area: Rect) -> Option<Panes> {
    let step = class.current_lesson()?.steps.get(class.step)?;
    let tally_rows = if area.height >= 20 { 2 } else { 1 };
    let [main, tally] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(tally_rows)]).areas(area);
    let notes = class.notes_open;
    let side_by_side = |main: Rect| {
        Layout::horizontal([Constraint::Fill(3), Constraint::Fill(2)])
            .spacing(1)
            .areas::<2>(main)
    };
    let panes = match &step.screen {
        None if notes && main.width >= WIDE => {
            let [t, n] = side_by_side(main);
            (Some(t), Some(n), None)
        }
        None => (Some(main), None, None),
        Some(_) if main.width < WIDE && class.phone_open => (None, None, Some(main)),
        Some(_) if main.width < WIDE => (Some(main), None, None),
        Some(screen) => {
            let notes_column = notes && main.width >= NOTES_COLUMN;
            let phone = Constraint::Length(phone_width(screen, main, notes_column));
            if notes_column {
                let [t, p, n] =
                    Layout::horizontal([Constraint::Fill(3), phone, Constraint::Fill(2)])
                        .spacing(1)
                        .areas(main);
                (Some(t), Some(n), Some(p))
            } else {
                let [t, p] = Layout::horizontal([Constraint::Fill(1), phone])
                    .spacing(1)
                    .areas(main);
                if notes && t.height >= 14 {
                    let [t, n] =
                        Layout::vertical([Constraint::Fill(3), Constraint::Fill(2)]).areas(t);
                    (Some(t), Some(n), Some(p))
                } else {
                    (Some(t), None, Some(p))
                }
            }
        }
    };
    Some(Panes {
        text: panes.0,
        notes: panes.1,
        phone: panes.2,
        tally,
    })
}

/// The step's text as the room reads it: heading, instruction, tip, warning, options.
fn step_lines(class: &Class, step: &Step, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let ui = &class.lang.text().ui;
    let total = class.current_lesson().map_or(0, |l| l.steps.len());
    let mut lines = Vec::new();
    let progress = fill(
        ui.step_progress,
        &[("n", &(class.step + 1)), ("total", &total)],
    );
    para(
        &mut lines,
        &format!("{progress} · {}", step.title),
        width,
        theme.heading,
    );
    lines.push(Line::default());
    para(&mut lines, &step.instruction, width, theme.text);
    if let Some(tip) = &step.tip {
        lines.push(Line::default());
        para(
            &mut lines,
            &format!("{}{tip}", ui.tip_label),
            width,
            theme.tip,
        );
    }
    if let Some(warning) = &step.warning {
        lines.push(Line::default());
        let text = format!("{}{warning}", ui.warning_label);
        para(&mut lines, &text, width, theme.warning);
    }
    if let Task::Choose { options, .. } = &step.task {
        lines.push(Line::default());
        for (i, option) in options.iter().enumerate() {
            let text = format!("{}. {option}", i + 1);
            lines.extend(
                wrap(&text, width.saturating_sub(2))
                    .into_iter()
                    .map(|l| Line::styled(format!("  {l}"), theme.text)),
            );
        }
    }
    lines
}

pub(super) fn present(
    frame: &mut Frame,
    area: Rect,
    class: &Class,
    theme: &Theme,
    hits: &mut Hits,
) {
    let Some(step) = class.current_lesson().and_then(|l| l.steps.get(class.step)) else {
        return;
    };
    let Some(panes) = panes(class, area) else {
        return;
    };
    let s = &class.lang.text().class;
    let notes = step.trainer_notes.as_deref().unwrap_or(s.no_notes);
    if let Some(t) = panes.text {
        let w = usize::from(t.width);
        let mut lines = step_lines(class, step, w, theme);
        // What the phone beside (or, on a narrow window, behind P) cannot show whole.
        if let Some(screen) = &step.screen {
            let phone = panes.phone.map_or(area.width, |p| p.width);
            let cut = phone_fit::cut_at(screen, phone);
            if !cut.is_empty() {
                lines.push(Line::default());
                para(&mut lines, s.phone_words, w, theme.heading);
                for text in cut {
                    para(&mut lines, &format!("· {text}"), w, theme.text);
                }
            }
        }
        if class.notes_open && panes.notes.is_none() {
            lines.push(Line::default());
            para(&mut lines, s.notes_title, w, theme.heading);
            para(&mut lines, notes, w, theme.tip);
        }
        paged(
            frame,
            lines,
            t,
            (class, Pane::Text, class.pages.text),
            theme,
            hits,
        );
    }
    if let Some(n) = panes.notes {
        let block = Block::default()
            .borders(Borders::TOP)
            .border_style(theme.text)
            .title(Line::styled(s.notes_title, theme.heading));
        let inner = block.inner(n);
        frame.render_widget(block, n);
        let mut lines = Vec::new();
        para(&mut lines, notes, usize::from(inner.width), theme.tip);
        let at = (class, Pane::Notes, class.pages.notes);
        paged(frame, lines, inner, at, theme, hits);
    }
    if let (Some(p), Some(screen)) = (panes.phone, &step.screen) {
        let (above, below) = more_lines(class, p.width.saturating_sub(4));
        let pages = PhoneScreen {
            screen,
            focus: None,
            reveal: None,
            typed: None,
            page: class.pages.phone,
            keypad: None,
            more: (&above, &below),
            theme,
        }
        .draw(p, frame.buffer_mut(), &mut crate::ui::Hits::new());
        if let Some(r) = pages.above {
            hits.add(r, Msg::PageUp(Pane::Phone));
        }
        if let Some(r) = pages.below {
            hits.add(r, Msg::PageDown(Pane::Phone));
        }
    }
    tally(frame, panes.tally, class, theme);
}

/// How many have done the step, and who needs help (how many, then their names).
fn tally(frame: &mut Frame, area: Rect, class: &Class, theme: &Theme) {
    let s = &class.lang.text().class;
    let (done, help) = class.step_tally(class.step);
    let total = class.attendees.len();
    let done = fill(s.class_done, &[("done", &done), ("total", &total)]);
    let n = help.len();
    let names = help.join("、");
    let mut line = match n {
        0 => format!("{done}  {}{}", s.needs_help_now, s.nobody),
        _ => format!("{done}  {}{names}", fill(s.needs_help_count, &[("n", &n)])),
    };
    // Names that do not fit give way to how many, rather than being cut.
    if line.width() > usize::from(area.width) {
        line = format!("{done}  {}", fill(s.needs_help_many, &[("n", &n)]));
    }
    let style = match help.is_empty() {
        true => theme.success,
        false => theme.warning,
    };
    let mut lines = vec![Line::default(); usize::from(area.height.saturating_sub(1))];
    lines.push(Line::styled(fit(&line, usize::from(area.width)), style));
    frame.render_widget(Paragraph::new(lines), area);
}
