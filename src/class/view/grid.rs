//! The roster grid: learners down, steps across, one mark per cell. The cursor row and the
//! class's current step are highlighted; rows and columns scroll to keep them in view.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{Hits, name, row};
use crate::class::state::{Class, Mark, Msg};
use crate::i18n::fill;
use crate::ui::text::fit;
use crate::ui::theme::Theme;

/// Cells per step column.
const CELL: usize = 3;
/// Fewest cells for "12. 王秀英" before the first step column.
const NAME: usize = 14;

fn symbol(mark: Option<Mark>) -> &'static str {
    match mark {
        Some(Mark::Done) => "✓",
        Some(Mark::NeedsHelp) => "?",
        Some(Mark::Absent) => "-",
        None => "·",
    }
}

fn pad(text: &str, width: usize) -> String {
    let text = fit(text, width);
    let gap = width.saturating_sub(text.width());
    format!("{text}{}", " ".repeat(gap))
}

pub(super) fn grid(frame: &mut Frame, area: Rect, class: &Class, theme: &Theme, hits: &mut Hits) {
    let s = &class.lang.text().class;
    let steps = class.current_lesson().map_or(0, |l| l.steps.len());
    let w = area.width as usize;
    let mut lines = vec![
        Line::styled(
            fit(&fill(s.grid_title, &[("step", &(class.step + 1))]), w),
            theme.heading,
        ),
        Line::styled(fit(s.grid_legend, w), theme.text),
    ];
    // The name column fits the longest label (a name with its code when two in the room
    // share it), but leaves room for steps.
    let left = class.lang.text().room.left_mark;
    let labels: Vec<String> = class
        .attendees
        .iter()
        .map(|a| match class.has_left(a.learner.id) {
            true => format!("{}{left}", class.label(&a.learner)),
            false => class.label(&a.learner),
        })
        .collect();
    let widest = labels.iter().map(|l| l.width()).max().unwrap_or(0);
    let name_w = (widest + 5).clamp(NAME, (w / 2).max(NAME));
    // Which step columns fit, keeping the current step in view.
    let fits = (w.saturating_sub(name_w) / CELL).max(1);
    let first_step = (class.step + 1).saturating_sub(fits);
    let shown = first_step..steps.min(first_step + fits);
    let mut header = vec![Span::styled(pad("", name_w), theme.text)];
    for st in shown.clone() {
        let style = if st == class.step {
            theme.selected
        } else {
            theme.text
        };
        header.push(Span::styled(format!("{:>2} ", st + 1), style));
    }
    lines.push(Line::from(header));
    let top = lines.len();
    let room = (area.height as usize).saturating_sub(top + 1).max(1);
    let offset = (class.row + 2)
        .saturating_sub(room)
        .min(class.attendees.len().saturating_sub(room));
    for i in (0..class.attendees.len()).skip(offset).take(room) {
        let on = i == class.row;
        let lead = if on { "▶" } else { " " };
        let label = format!("{lead}{:>2}. {}", i + 1, labels[i]);
        let mut spans = vec![Span::styled(
            pad(&label, name_w),
            if on { theme.selected } else { theme.text },
        )];
        let y = lines.len();
        for (k, st) in shown.clone().enumerate() {
            let mark = class.mark(i, st);
            let style = if on && st == class.step {
                theme.selected
            } else if mark == Some(Mark::NeedsHelp) {
                theme.warning
            } else if st == class.step {
                theme.heading
            } else {
                theme.text
            };
            spans.push(Span::styled(format!(" {} ", symbol(mark)), style));
            let cell = Rect {
                x: area.x + (name_w + k * CELL) as u16,
                y: area.y + y as u16,
                width: CELL as u16,
                height: 1,
            };
            if cell.right() <= area.right() && cell.y < area.bottom() {
                hits.add(cell, Msg::Cell(i, st));
            }
        }
        if y < area.height as usize {
            hits.add(row(area, y), Msg::Pick(i));
        }
        lines.push(Line::from(spans));
    }
    if let Some(a) = class.attendees.get(class.row)
        && !a.note.is_empty()
    {
        let note = format!("{}：{}", class.label(&a.learner), name(&a.note));
        lines.push(Line::styled(fit(&note, w), theme.tip));
    }
    frame.render_widget(Paragraph::new(lines), area);
}
