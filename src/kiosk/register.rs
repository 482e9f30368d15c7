//! Registering a new learner at the kiosk, by touch alone if they like: the new card's
//! number on the pad first, then a surname tapped from big buttons with 女士 or 先生 (or no
//! name at all, or a name typed on a keyboard), then a check. Back goes one screen back
//! from every screen with everything entered kept. Pure, like `state`.

use super::draft::{Draft, FOCUS_SKIP, FOCUS_TYPE, NewName, SURNAMES, TITLES, Title};
use super::pad::{Pad, PadKey};
use super::state::{Button, Effect, Kiosk, Msg, Note, Screen};
use crate::progress::learners::{MAX_NAME_CHARS, clean_name};

impl Kiosk {
    /// A message on one of a new learner's screens.
    pub(super) fn register_input(&mut self, screen: Screen, msg: Msg) -> (Screen, Vec<Effect>) {
        let screen = match screen {
            Screen::NewCode { draft, pad } => return self.new_code_input(draft, pad, msg),
            Screen::Confirm { draft, name, focus } => {
                return self.confirm_input(draft, name, focus, msg);
            }
            Screen::Surname {
                draft,
                focus,
                shown,
            } => self.surname_input(draft, focus, shown, msg),
            Screen::Title {
                draft,
                surname,
                focus,
            } => self.title_input(draft, surname, focus, msg),
            Screen::NewName(draft) => self.name_input(draft, msg),
            other => other,
        };
        (screen, Vec::new())
    }

    fn new_code_input(
        &mut self,
        mut draft: Draft,
        mut pad: Pad,
        msg: Msg,
    ) -> (Screen, Vec<Effect>) {
        if matches!(msg, Msg::Back | Msg::Press(Button::Back)) {
            self.note = None;
            return (Screen::Choose { focus: 1 }, Vec::new());
        }
        let Some(code) = self.code_pad(&mut pad, &msg) else {
            return (Screen::NewCode { draft, pad }, Vec::new());
        };
        if crate::progress::code::is_mistyped(&code) {
            // A new card's number has a check digit too: a slip is caught before it is
            // registered under a number on nobody's card.
            self.note = Some(Note::CodeMistyped);
            let pad = Pad::new(false);
            return (Screen::NewCode { draft, pad }, Vec::new());
        }
        draft.code = code;
        let screen = match draft.chosen.take() {
            Some(name) => Screen::Confirm {
                draft,
                name,
                focus: 0,
            },
            None => surname_screen(draft, None),
        };
        (screen, Vec::new())
    }

    fn surname_input(
        &mut self,
        mut draft: Draft,
        focus: Option<usize>,
        shown: usize,
        msg: Msg,
    ) -> Screen {
        let picked = match msg {
            Msg::Back | Msg::Press(Button::Back) => {
                self.note = None;
                let pad = Pad {
                    digits: draft.code.clone(),
                    hidden: false,
                };
                return Screen::NewCode { draft, pad };
            }
            Msg::Up | Msg::Down => {
                let focus = match (focus, msg) {
                    (None, _) => 0,
                    (Some(f), Msg::Up) => f.saturating_sub(1),
                    (Some(f), _) => (f + 1).min(FOCUS_TYPE),
                };
                let shown = if focus < SURNAMES.len() { focus } else { shown };
                return Screen::Surname {
                    draft,
                    focus: Some(focus),
                    shown,
                };
            }
            Msg::Press(Button::SurnamePage(first)) if first < SURNAMES.len() => {
                return Screen::Surname {
                    draft,
                    focus,
                    shown: first,
                };
            }
            // A key typed on a keyboard starts typing the name with it.
            Msg::Char(c) if !c.is_whitespace() && !crate::lesson::sanitize::is_dangerous(c) => {
                self.note = None;
                type_char(&mut draft.typed, c);
                return Screen::NewName(draft);
            }
            Msg::Enter if focus.is_some() => focus.unwrap_or(0),
            Msg::Press(Button::Surname(i)) if i < SURNAMES.len() => i,
            Msg::Press(Button::SkipName) => FOCUS_SKIP,
            Msg::Press(Button::TypeName) => FOCUS_TYPE,
            _ => {
                return Screen::Surname {
                    draft,
                    focus,
                    shown,
                };
            }
        };
        self.note = None;
        match picked {
            FOCUS_SKIP => Screen::Confirm {
                draft,
                name: NewName::Unnamed,
                focus: 0,
            },
            FOCUS_TYPE => Screen::NewName(draft),
            surname => {
                let surname = surname.min(SURNAMES.len() - 1);
                // Back on a surname picked before, the title picked with it is focused.
                let focus = match draft.surname == Some(surname) {
                    true => TITLES.iter().position(|t| Some(*t) == draft.title),
                    false => None,
                };
                draft.surname = Some(surname);
                Screen::Title {
                    draft,
                    surname,
                    focus,
                }
            }
        }
    }

    fn title_input(
        &mut self,
        mut draft: Draft,
        surname: usize,
        focus: Option<usize>,
        msg: Msg,
    ) -> Screen {
        let title = match (msg, focus) {
            (Msg::Back | Msg::Press(Button::Back), _) => {
                return surname_screen(draft, Some(surname));
            }
            (step @ (Msg::Up | Msg::Down), _) => {
                let focus = Some(usize::from(step == Msg::Down));
                return Screen::Title {
                    draft,
                    surname,
                    focus,
                };
            }
            (Msg::Enter, Some(f)) => TITLES[f.min(TITLES.len() - 1)],
            (Msg::Press(Button::Salutation(title)), _) => title,
            _ => {
                return Screen::Title {
                    draft,
                    surname,
                    focus,
                };
            }
        };
        draft.title = Some(title);
        Screen::Confirm {
            draft,
            name: NewName::Salutation { surname, title },
            focus: 0,
        }
    }

    fn name_input(&mut self, mut draft: Draft, msg: Msg) -> Screen {
        match msg {
            Msg::Back | Msg::Press(Button::Back) => {
                self.note = None;
                let shown = draft.surname.unwrap_or(0);
                return Screen::Surname {
                    draft,
                    focus: Some(FOCUS_TYPE),
                    shown,
                };
            }
            Msg::Char(c) => type_char(&mut draft.typed, c),
            Msg::Backspace | Msg::Pad(PadKey::Delete) => {
                draft.typed.pop();
            }
            Msg::Enter | Msg::Press(Button::NameOk) => match clean_name(&draft.typed) {
                Ok(clean) => {
                    self.note = None;
                    return Screen::Confirm {
                        draft,
                        name: NewName::Typed(clean),
                        focus: 0,
                    };
                }
                Err(_) => self.note = Some(Note::NameEmpty),
            },
            _ => {}
        }
        Screen::NewName(draft)
    }

    fn confirm_input(
        &mut self,
        draft: Draft,
        name: NewName,
        focus: usize,
        msg: Msg,
    ) -> (Screen, Vec<Effect>) {
        let yes = match msg {
            Msg::Up | Msg::Down => {
                let focus = usize::from(msg == Msg::Down);
                return (Screen::Confirm { draft, name, focus }, Vec::new());
            }
            Msg::Enter => focus == 0,
            Msg::Press(Button::ConfirmYes) => true,
            Msg::Press(Button::ConfirmNo) => false,
            Msg::Back | Msg::Press(Button::Back) => {
                self.note = None;
                return (back_from_confirm(draft, name), Vec::new());
            }
            _ => return (Screen::Confirm { draft, name, focus }, Vec::new()),
        };
        if yes {
            let effect = Effect::CreateLearner {
                name: name.stored(self.lang, &draft.code),
                code: draft.code.clone(),
            };
            (Screen::Confirm { draft, name, focus }, vec![effect])
        } else {
            // "不对": from the number again, with the number and the picks kept.
            self.note = None;
            let pad = Pad {
                digits: draft.code.clone(),
                hidden: false,
            };
            (Screen::NewCode { draft, pad }, Vec::new())
        }
    }
}

/// The surname screen, focused on `surname` or else on the surname last picked, if any.
fn surname_screen(draft: Draft, surname: Option<usize>) -> Screen {
    let focus = surname.or(draft.surname);
    Screen::Surname {
        draft,
        focus,
        shown: focus.unwrap_or(0),
    }
}

/// One screen back from the check: to where the name was chosen.
fn back_from_confirm(draft: Draft, name: NewName) -> Screen {
    match name {
        NewName::Salutation { surname, title } => Screen::Title {
            draft,
            surname,
            focus: Some(usize::from(title == Title::Sir)),
        },
        NewName::Typed(_) => Screen::NewName(draft),
        NewName::Unnamed => {
            let shown = draft.surname.unwrap_or(0);
            Screen::Surname {
                draft,
                focus: Some(FOCUS_SKIP),
                shown,
            }
        }
    }
}

/// Adds a typed character to a name, unless it is a control character or the name is full.
fn type_char(name: &mut String, c: char) {
    if !crate::lesson::sanitize::is_dangerous(c) && name.chars().count() < MAX_NAME_CHARS {
        name.push(c);
    }
}
