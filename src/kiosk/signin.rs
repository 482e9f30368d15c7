//! Signing in at the kiosk: the three ways in, the learner code on the number pad, a new
//! learner's name, code and confirmation, and what the store answers. Pure, like `state`.

use std::collections::HashMap;

use super::pad::{Pad, PadKey};
use super::state::{Button, Effect, Kiosk, Msg, Note, Reply, Screen};

impl Kiosk {
    pub(super) fn choose(&mut self, choice: Button) -> (Screen, Vec<Effect>) {
        self.note = None;
        match choice {
            Button::SignIn => (Screen::SignIn(Pad::new(false)), Vec::new()),
            Button::NewLearner => (Screen::NewName(String::new()), Vec::new()),
            _ => {
                self.start_session(None, String::new(), HashMap::new());
                (Screen::Lessons, Vec::new())
            }
        }
    }

    /// Digits, delete and OK on a code pad; OK hands back the code once it is well formed.
    fn code_pad(&mut self, pad: &mut Pad, msg: &Msg) -> Option<String> {
        if self.code_paused().is_some() {
            return None;
        }
        match msg {
            Msg::Pad(PadKey::Ok) | Msg::Enter if !pad.digits.is_empty() => {
                if crate::progress::learners::is_valid_code(&pad.digits) {
                    self.note = None;
                    return Some(pad.digits.clone());
                }
                self.note = Some(Note::CodeShort);
            }
            Msg::Pad(key) => pad.press(*key),
            Msg::Backspace => pad.press(PadKey::Delete),
            _ => {}
        }
        None
    }

    pub(super) fn sign_in_input(&mut self, mut pad: Pad, msg: Msg) -> (Screen, Vec<Effect>) {
        if matches!(msg, Msg::Back | Msg::Press(Button::Back)) {
            self.note = None;
            return (Screen::Choose { focus: 0 }, Vec::new());
        }
        let effects = match self.code_pad(&mut pad, &msg) {
            Some(code) => vec![Effect::FindLearner(code)],
            None => Vec::new(),
        };
        (Screen::SignIn(pad), effects)
    }

    pub(super) fn name_input(&mut self, mut name: String, msg: Msg) -> (Screen, Vec<Effect>) {
        match msg {
            Msg::Back | Msg::Press(Button::Back) => {
                self.note = None;
                return (Screen::Choose { focus: 1 }, Vec::new());
            }
            Msg::Char(c)
                if !crate::lesson::sanitize::is_dangerous(c)
                    && name.chars().count() < crate::progress::learners::MAX_NAME_CHARS =>
            {
                name.push(c)
            }
            Msg::Backspace | Msg::Pad(PadKey::Delete) => {
                name.pop();
            }
            Msg::Enter | Msg::Press(Button::NameOk) => {
                match crate::progress::learners::clean_name(&name) {
                    Ok(clean) => {
                        self.note = None;
                        let pad = Pad::new(false);
                        return (Screen::NewCode { name: clean, pad }, Vec::new());
                    }
                    Err(_) => self.note = Some(Note::NameEmpty),
                }
            }
            _ => {}
        }
        (Screen::NewName(name), Vec::new())
    }

    pub(super) fn new_code_input(
        &mut self,
        name: String,
        mut pad: Pad,
        msg: Msg,
    ) -> (Screen, Vec<Effect>) {
        if matches!(msg, Msg::Back | Msg::Press(Button::Back)) {
            self.note = None;
            return (Screen::NewName(name), Vec::new());
        }
        match self.code_pad(&mut pad, &msg) {
            Some(code) => (
                Screen::Confirm {
                    name,
                    code,
                    focus: 0,
                },
                Vec::new(),
            ),
            None => (Screen::NewCode { name, pad }, Vec::new()),
        }
    }

    pub(super) fn confirm_input(
        &mut self,
        name: String,
        code: String,
        focus: usize,
        msg: Msg,
    ) -> (Screen, Vec<Effect>) {
        let yes = match msg {
            Msg::Up => {
                return (
                    Screen::Confirm {
                        name,
                        code,
                        focus: 0,
                    },
                    Vec::new(),
                );
            }
            Msg::Down => {
                return (
                    Screen::Confirm {
                        name,
                        code,
                        focus: 1,
                    },
                    Vec::new(),
                );
            }
            Msg::Enter => focus == 0,
            Msg::Press(Button::ConfirmYes) => true,
            Msg::Press(Button::ConfirmNo) => false,
            Msg::Back | Msg::Press(Button::Back) => {
                let pad = Pad {
                    digits: code,
                    hidden: false,
                };
                return (Screen::NewCode { name, pad }, Vec::new());
            }
            _ => return (Screen::Confirm { name, code, focus }, Vec::new()),
        };
        if yes {
            let effect = Effect::CreateLearner {
                name: name.clone(),
                code: code.clone(),
            };
            (Screen::Confirm { name, code, focus }, vec![effect])
        } else {
            (Screen::NewName(name), Vec::new())
        }
    }

    pub(super) fn reply(&mut self, reply: Reply) -> Vec<Effect> {
        match reply {
            Reply::SignedIn {
                learner,
                masked,
                progress,
            } => {
                self.code_limit.succeed();
                self.note = None;
                self.start_session(Some(learner), masked, progress);
                self.screen = Screen::Lessons;
            }
            Reply::CodeUnknown | Reply::CodeTaken => {
                // A taken code is a hint that it exists: it counts against guessing too.
                self.code_limit.fail(self.now);
                let taken = reply == Reply::CodeTaken;
                self.note = Some(if taken {
                    Note::CodeTaken
                } else {
                    Note::CodeUnknown
                });
                self.screen = match std::mem::replace(&mut self.screen, Screen::Welcome) {
                    Screen::SignIn(_) => Screen::SignIn(Pad::new(false)),
                    Screen::Confirm { name, .. } | Screen::NewCode { name, .. } => {
                        Screen::NewCode {
                            name,
                            pad: Pad::new(false),
                        }
                    }
                    other => other,
                };
            }
            Reply::Progress(progress) => {
                if let Some(session) = &mut self.session {
                    session.home.set_progress(None, progress);
                }
            }
            Reply::StoreProblem => self.note = Some(Note::StoreProblem),
        }
        Vec::new()
    }
}
