//! The settings screen view.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::phone::FOCUS_MARK;
use super::text::fit;
use super::theme::Theme;
use crate::app::settings_screen::{Field, SettingsScreen};
use crate::i18n::Lang;

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

/// Draws the settings; returns each row's area for clicks.
pub fn render(
    frame: &mut Frame,
    screen: &SettingsScreen,
    lang: Lang,
    theme: &Theme,
) -> Vec<(Rect, usize)> {
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
        Paragraph::new(fit(&format!(" {}", s.settings_title), w)).style(theme.title_bar),
        top,
    );
    let keys = if screen.editing.is_some() {
        s.picker_new_keys
    } else {
        s.settings_keys
    };
    frame.render_widget(
        Paragraph::new(fit(&format!(" {keys}"), w)).style(theme.footer),
        footer,
    );
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
    let mut hits = Vec::new();
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
        hits.push((rect, i));
        y += rows;
    }
    hits
}
