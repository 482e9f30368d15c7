//! The learner picker: practise without saving, a new learner, or someone from the list.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::app::picker::{FIXED_ROWS, Msg, Picker};
use crate::i18n::Lang;
use crate::ui::Hits;
use crate::ui::buttons::{Button, ButtonBar, bar_rows};
use crate::ui::frame::{Keep, ScreenFrame, TooSmall};
use crate::ui::phone::FOCUS_MARK;
use crate::ui::text::fit;
use crate::ui::theme::Theme;

/// Draws the picker, registering each row in `hits`.
pub fn render(frame: &mut Frame, picker: &Picker, lang: Lang, theme: &Theme, hits: &mut Hits<Msg>) {
    let area = frame.area();
    let s = &lang.text().ui;
    if area.width < 10 || area.height < 4 {
        let note = s.window_too_small;
        frame.render_widget(TooSmall { note, theme }, area);
        return;
    }
    let rows = bar_rows(area.height);
    let body = ScreenFrame::body_above(area, rows);
    let w = area.width as usize;
    let title = format!(" {}", s.picker_title);
    let hint = match picker.new_name {
        Some(_) => String::new(),
        None => format!("{} ", s.picker_hint),
    };
    let screen = ScreenFrame {
        title: &title,
        right: &hint,
        keep: Keep::Left { min_right: 8 },
        keys: "",
        theme,
    };
    frame.render_widget(screen, area);
    let back = match picker.new_name {
        Some(_) => s.button_cancel,
        None => s.button_leave,
    };
    let buttons = vec![
        Button::new(s.key_ok, s.key_enter, Msg::Enter).primary(true),
        Button::new(back, "Esc", Msg::Back),
    ];
    let bar = ScreenFrame::bar(area, rows);
    ButtonBar { buttons, theme }.draw(bar, frame.buffer_mut(), hits);
    let list = body.inner(ratatui::layout::Margin {
        horizontal: 1,
        vertical: 1,
    });
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
        return;
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
        hits.add(rect, Msg::Select(row));
    }
}
