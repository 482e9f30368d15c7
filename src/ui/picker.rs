//! The learner picker: practise without saving, a new learner, or someone from the list.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};

use super::phone::FOCUS_MARK;
use super::text::fit;
use super::theme::Theme;
use crate::app::picker::{FIXED_ROWS, Picker};
use crate::i18n::Lang;

/// Draws the picker; returns each row's area and index for clicks.
pub fn render(frame: &mut Frame, picker: &Picker, lang: Lang, theme: &Theme) -> Vec<(Rect, usize)> {
    let area = frame.area();
    let s = &lang.text().ui;
    frame.render_widget(Block::default().style(theme.base), area);
    if area.width < 10 || area.height < 4 {
        return Vec::new();
    }
    let [top, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let w = area.width as usize;
    frame.render_widget(
        Paragraph::new(fit(&format!(" {}", s.picker_title), w)).style(theme.title_bar),
        top,
    );
    let list = body.inner(ratatui::layout::Margin {
        horizontal: 1,
        vertical: 1,
    });
    let mut hits = Vec::new();
    if let Some(name) = &picker.new_name {
        let lines = vec![
            Line::styled(fit(s.picker_new_prompt, w), theme.heading),
            Line::default(),
            Line::styled(
                fit(
                    &format!("[{}▏]", crate::lesson::sanitize_line(name)),
                    list.width as usize,
                ),
                theme.input,
            ),
        ];
        frame.render_widget(Paragraph::new(lines), list);
        frame.render_widget(
            Paragraph::new(fit(&format!(" {}", s.picker_new_keys), w)).style(theme.footer),
            footer,
        );
        return hits;
    }
    let height = list.height as usize;
    let offset = (picker.selected + 1).saturating_sub(height);
    for (n, row) in (offset..picker.rows()).take(height).enumerate() {
        let text = match row {
            0 => s.picker_guest.to_string(),
            1 => s.picker_new.to_string(),
            r => {
                let l = &picker.learners[r - FIXED_ROWS];
                format!(
                    "{}  {}",
                    crate::lesson::sanitize_line(&l.display_name),
                    l.code
                )
            }
        };
        let (style, mark) = if row == picker.selected {
            (theme.selected, FOCUS_MARK)
        } else {
            (theme.text, " ")
        };
        let rect = Rect {
            x: list.x,
            y: list.y + n as u16,
            width: list.width,
            height: 1,
        };
        frame.render_widget(
            Paragraph::new(fit(&format!("{mark} {text}"), list.width as usize)).style(style),
            rect,
        );
        hits.push((rect, row));
    }
    frame.render_widget(
        Paragraph::new(fit(&format!(" {}", s.picker_keys), w)).style(theme.footer),
        footer,
    );
    hits
}
