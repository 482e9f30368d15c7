//! The settings screen: a list of fields; Enter changes a choice or edits a text. Pure
//! state; the program saves after every change.

pub mod keys;
pub mod view;

use crate::i18n::Lang;
use crate::settings::Settings;
use crate::ui::theme::ThemeName;

/// The fields, in screen order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The interface language, 中文 or English.
    Lang,
    /// The colours: white on black (high contrast) or black on white.
    Theme,
    /// Whether each new step is read aloud without a key press.
    AutoRead,
    /// The read-aloud program and its arguments, typed as one line.
    SpeechCommand,
    /// Seconds without a key before the kiosk asks "还在吗？" (30 to 3600).
    IdleTimeout,
    /// The site a new class starts with.
    Site,
    /// The trainer's name a new class starts with.
    Trainer,
}

impl Field {
    /// Every field, in screen order.
    pub const ALL: [Field; 7] = [
        Field::Lang,
        Field::Theme,
        Field::AutoRead,
        Field::SpeechCommand,
        Field::IdleTimeout,
        Field::Site,
        Field::Trainer,
    ];

    /// True for fields edited as text.
    pub fn is_text(self) -> bool {
        matches!(
            self,
            Field::SpeechCommand | Field::IdleTimeout | Field::Site | Field::Trainer
        )
    }
}

/// What can happen on the settings screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    /// ↑ or Shift+Tab: the field above.
    Up,
    /// ↓ or Tab: the field below.
    Down,
    /// Enter: change the field's choice, start editing its text, or save the text typed.
    Enter,
    /// Esc: stop editing without saving, else close the screen.
    Back,
    /// A character typed into the text being edited (space also changes a choice).
    Char(char),
    /// Delete the last character of the text being edited.
    Backspace,
    /// A click or tap on the n-th field: select it and act as Enter does.
    Select(usize),
}

/// The settings screen's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingsScreen {
    /// The settings as changed on this screen.
    pub settings: Settings,
    /// Index into [`Field::ALL`] of the selected field.
    pub selected: usize,
    /// The text being typed into a text field.
    pub editing: Option<String>,
    /// True once the screen was closed with Esc.
    pub closed: bool,
}

/// Longest text a field takes.
pub const MAX_TEXT: usize = 120;

impl SettingsScreen {
    /// The screen over `settings`, with the first field selected.
    pub fn new(settings: Settings) -> SettingsScreen {
        SettingsScreen {
            settings,
            selected: 0,
            editing: None,
            closed: false,
        }
    }

    /// The selected field.
    pub fn field(&self) -> Field {
        Field::ALL[self.selected.min(Field::ALL.len() - 1)]
    }

    /// The shown value of a field.
    pub fn value(&self, field: Field, lang: Lang) -> String {
        let s = &self.settings;
        let t = &lang.text().ui;
        let on_off = |b: bool| (if b { t.setting_on } else { t.setting_off }).to_string();
        match field {
            Field::Lang => {
                let named = &s.lang.text().language;
                if s.lang == lang {
                    named.name.into()
                } else {
                    named.name_elsewhere.into()
                }
            }
            Field::Theme => match s.theme {
                ThemeName::HighContrast => t.theme_high_contrast.into(),
                ThemeName::Light => t.theme_light.into(),
            },
            Field::AutoRead => on_off(s.auto_read),
            Field::SpeechCommand => s.speech_command.join(" "),
            Field::IdleTimeout => s.kiosk_idle_timeout.to_string(),
            Field::Site => s.default_site.clone(),
            Field::Trainer => s.trainer_name.clone(),
        }
    }

    /// Applies one message; returns true when the settings changed (and should be saved).
    pub fn update(&mut self, msg: Msg) -> bool {
        if let Some(text) = &mut self.editing {
            match msg {
                Msg::Char(c) if !c.is_control() && text.chars().count() < MAX_TEXT => text.push(c),
                Msg::Backspace => {
                    text.pop();
                }
                Msg::Back => self.editing = None,
                Msg::Enter => {
                    let text = self.editing.take().unwrap_or_default();
                    return self.commit_text(text);
                }
                _ => {}
            }
            return false;
        }
        match msg {
            Msg::Up => self.selected = self.selected.saturating_sub(1),
            Msg::Down => self.selected = (self.selected + 1).min(Field::ALL.len() - 1),
            Msg::Back => self.closed = true,
            Msg::Select(i) if i < Field::ALL.len() => {
                self.selected = i;
                return self.activate();
            }
            Msg::Enter | Msg::Char(' ') => return self.activate(),
            _ => {}
        }
        false
    }

    fn activate(&mut self) -> bool {
        let field = self.field();
        let s = &mut self.settings;
        match field {
            Field::Lang => s.lang = s.lang.next(),
            Field::Theme => {
                s.theme = if s.theme == ThemeName::HighContrast {
                    ThemeName::Light
                } else {
                    ThemeName::HighContrast
                }
            }
            Field::AutoRead => s.auto_read = !s.auto_read,
            f => {
                self.editing = Some(self.value(f, Lang::En));
                return false;
            }
        }
        true
    }

    fn commit_text(&mut self, text: String) -> bool {
        let text = crate::lesson::sanitize_line(&text).trim().to_string();
        let field = self.field();
        let s = &mut self.settings;
        match field {
            Field::SpeechCommand => {
                s.speech_command = text.split_whitespace().map(str::to_string).collect()
            }
            Field::IdleTimeout => match text.parse::<u32>() {
                Ok(n) if (30..=3600).contains(&n) => s.kiosk_idle_timeout = n,
                _ => return false,
            },
            Field::Site => s.default_site = text,
            Field::Trainer => s.trainer_name = text,
            _ => return false,
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_toggle_and_texts_are_edited() {
        let mut s = SettingsScreen::new(Settings::default());
        assert!(s.update(Msg::Enter));
        assert_eq!(s.settings.lang, Lang::En);
        s.update(Msg::Down);
        s.update(Msg::Down);
        assert!(s.update(Msg::Char(' ')));
        assert!(s.settings.auto_read);
        assert!(
            !s.update(Msg::Select(5)),
            "opening a text field changes nothing yet"
        );
        for c in "拱墅区社区学院".chars() {
            s.update(Msg::Char(c));
        }
        assert!(s.update(Msg::Enter));
        assert_eq!(s.settings.default_site, "拱墅区社区学院");
        s.update(Msg::Select(4));
        for _ in 0..5 {
            s.update(Msg::Backspace);
        }
        s.update(Msg::Char('5'));
        assert!(!s.update(Msg::Enter), "5 seconds is refused");
        assert_eq!(s.settings.kiosk_idle_timeout, 180);
        s.update(Msg::Back);
        assert!(s.closed);
    }
}
