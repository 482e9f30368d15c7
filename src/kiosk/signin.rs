//! Signing in at the kiosk: the three ways in, the learner code on the number pad, and
//! what the store answers (a new learner's screens are in `register`). Pure, like `state`.

use std::collections::HashMap;

use super::pad::{Pad, PadKey};
use super::state::{Button, Effect, Kiosk, Msg, Note, Reply, Screen};

impl Kiosk {
    pub(super) fn choose(&mut self, choice: Button) -> (Screen, Vec<Effect>) {
        self.note = None;
        match choice {
            Button::SignIn => (Screen::SignIn(Pad::new(false)), Vec::new()),
            Button::NewLearner => {
                let draft = super::draft::Draft::default();
                let pad = Pad::new(false);
                (Screen::NewCode { draft, pad }, Vec::new())
            }
            _ => {
                self.start_session(None, String::new(), HashMap::new());
                (Screen::Lessons, Vec::new())
            }
        }
    }

    /// Digits, delete and OK on a code pad; OK hands back the code once it is well formed.
    pub(super) fn code_pad(&mut self, pad: &mut Pad, msg: &Msg) -> Option<String> {
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

    pub(super) fn reply(&mut self, reply: Reply) -> Vec<Effect> {
        match reply {
            Reply::SignedIn {
                learner,
                masked,
                progress,
            } => {
                // One's own card does not forget the wrong guesses before it: else a
                // card of one's own would let anyone guess without end.
                self.note = None;
                self.start_session(Some(learner), masked, progress);
                self.screen = Screen::Lessons;
            }
            Reply::CodeMistyped => {
                // A slip says nothing about who exists: it is not counted as a guess.
                self.note = Some(Note::CodeMistyped);
                if let Screen::SignIn(_) = self.screen {
                    self.screen = Screen::SignIn(Pad::new(false));
                }
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
                    // The name chosen is kept: once a free number is typed, the check
                    // screen comes straight back.
                    Screen::Confirm {
                        mut draft, name, ..
                    } => {
                        draft.chosen = Some(name);
                        Screen::NewCode {
                            draft,
                            pad: Pad::new(false),
                        }
                    }
                    Screen::NewCode { draft, .. } => Screen::NewCode {
                        draft,
                        pad: Pad::new(false),
                    },
                    other => other,
                };
            }
            Reply::Progress(progress) => {
                if let Some(session) = &mut self.session {
                    session.home.set_progress(None, progress);
                }
            }
            Reply::StoreProblem => self.note = Some(Note::StoreProblem),
            Reply::Speaking(on) => {
                if let Some(sitting) = self.session.as_mut().and_then(|s| s.sitting.as_mut()) {
                    sitting.player.speaking = on;
                }
            }
        }
        Vec::new()
    }
}
