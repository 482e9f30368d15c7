//! The settings screen view.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::app::settings_screen::{Field, Msg, SettingsScreen};
use crate::i18n::Lang;
use crate::ui::Hits;
use crate::ui::buttons::{Button, ButtonBar, bar_rows};
use crate::ui::frame::{Keep, ScreenFrame, TooSmall};
use crate::ui::phone::FOCUS_MARK;
use crate::ui::text::fit;
use crate::ui::theme::Theme;

fn label(field: Field, lang: Lang) -> &'static str {
    let s = &lang.text().ui;
    match field {
        Field::Lang => s.setting_lang,
        Field::Theme => s.setting_theme,
        Field::AutoRead => s.setting_auto_read,
        Field::SpeechCommand => s.setting_speech,
        Field::IdleTimeout => s.setting_idle,
        Field::Site => s.setting_site,
        Field::Trainer => s.setting_trainer,
    }
}

/// Draws the settings, registering each row in `hits`.
pub fn render(
    frame: &mut Frame,
    screen: &SettingsScreen,
    lang: Lang,
    theme: &Theme,
    hits: &mut Hits<Msg>,
) {
    let area = frame.area();
    let s = &lang.text().ui;
    if area.width < 10 || area.height < 4 {
        let note = s.window_too_small;
        frame.render_widget(TooSmall { note, theme }, area);
        return;
    }
    let rows = bar_rows(area.height);
    let body = ScreenFrame::body_above(area, rows);
    let title = format!(" {}", s.settings_title);
    let frame_widget = ScreenFrame {
        title: &title,
        right: "",
        keep: Keep::Right,
        keys: "",
        theme,
    };
    frame.render_widget(frame_widget, area);
    let buttons = match screen.editing {
        Some(_) => vec![
            Button::new(s.key_ok, s.key_enter, Msg::Enter).primary(true),
            Button::new(s.button_cancel, "Esc", Msg::Back),
        ],
        None => vec![
            Button::new(s.button_change, s.key_enter, Msg::Enter).primary(true),
            Button::new(s.button_leave, "Esc", Msg::Back),
        ],
    };
    let bar = ScreenFrame::bar(area, rows);
    ButtonBar { buttons, theme }.draw(bar, frame.buffer_mut(), hits);
    let list = body.inner(ratatui::layout::Margin {
        horizontal: 1,
        vertical: 1,
    });
    let lw = list.width as usize;
    let label_w = Field::ALL
        .iter()
        .map(|f| label(*f, lang).width())
        .max()
        .unwrap_or(0)
        + 2;
    let two_lines = lw < label_w + 16;
    let mut y = list.y;
    for (i, field) in Field::ALL.iter().enumerate() {
        let rows = if two_lines { 2 } else { 1 };
        if y + rows > list.bottom() {
            break;
        }
        let selected = i == screen.selected;
        let value = match (&screen.editing, selected) {
            (Some(text), true) => format!("[{}▏]", crate::lesson::sanitize_line(text)),
            _ => screen.value(*field, lang),
        };
        let (style, mark) = if selected {
            (theme.selected, FOCUS_MARK)
        } else {
            (theme.text, " ")
        };
        let name = format!("{mark} {}", label(*field, lang));
        let lines = if two_lines {
            vec![
                Line::styled(fit(&name, lw), style),
                Line::styled(fit(&format!("    {value}"), lw), theme.text),
            ]
        } else {
            let pad = (label_w + 2).saturating_sub(name.width());
            vec![Line::from(vec![
                Span::styled(format!("{name}{}", " ".repeat(pad)), style),
                Span::styled(fit(&value, lw.saturating_sub(label_w + 2)), theme.text),
            ])]
        };
        let rect = Rect {
            x: list.x,
            y,
            width: list.width,
            height: rows,
        };
        frame.render_widget(Paragraph::new(lines), rect);
        hits.add(rect, Msg::Select(i));
        y += rows;
    }
}
