//! A finger on the kiosk: it looks at the frame drawn (the tap map the view registered)
//! and taps what a learner who knows the answers would tap next, to sign in with a card
//! code and finish a lesson by taps alone. Taps go in as mouse events through the kiosk's
//! real event handling, a second apart.
#![allow(dead_code)]

use chrono::{DateTime, TimeDelta, Utc};
use crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use zhulao::kiosk::pad::PadKey;
use zhulao::kiosk::state::{Button, Screen};
use zhulao::kiosk::{Driver, Msg};
use zhulao::lesson::Task;
use zhulao::player::{Msg as P, Phase, Target, TouchKeys};

/// A left-button tap at column `x`, row `y`.
pub fn tap_event(x: u16, y: u16) -> Event {
    Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: x,
        row: y,
        modifiers: KeyModifiers::NONE,
    })
}

/// Everything on a buffer, as text: one line per row, wide characters once, trailing
/// spaces trimmed (as `tmux capture-pane` prints it).
pub fn text_of(buffer: &Buffer) -> String {
    let mut out = Vec::new();
    for y in 0..buffer.area.height {
        let mut line = String::new();
        let mut x = 0;
        while x < buffer.area.width {
            let s = buffer[(x, y)].symbol();
            line.push_str(s);
            x += unicode_width::UnicodeWidthStr::width(s).max(1) as u16;
        }
        out.push(line.trim_end().to_string());
    }
    out.join("\n")
}

/// A kiosk, the window it is drawn in, and the learner's card code and lesson.
pub struct Finger {
    pub d: Driver,
    pub terminal: Terminal<TestBackend>,
    pub code: String,
    pub lesson: String,
    /// Seconds since the start, one more for each tap.
    pub clock: i64,
    pub start: DateTime<Utc>,
    pub taps: usize,
}

impl Finger {
    pub fn new(
        d: Driver,
        (w, h): (u16, u16),
        code: &str,
        lesson: &str,
        start: DateTime<Utc>,
    ) -> Self {
        Finger {
            d,
            terminal: Terminal::new(TestBackend::new(w, h)).unwrap(),
            code: code.into(),
            lesson: lesson.into(),
            clock: 0,
            start,
            taps: 0,
        }
    }

    /// Draws the kiosk; the tap map is that of this frame.
    pub fn draw(&mut self) -> String {
        // A fresh test terminal each time: the test backend does not clear what a wide
        // character of the last frame left behind, as a real terminal does.
        let area = self.terminal.backend().buffer().area;
        self.terminal = Terminal::new(TestBackend::new(area.width, area.height)).unwrap();
        self.d.draw_on(&mut self.terminal).unwrap();
        text_of(self.terminal.backend().buffer())
    }

    /// The middle of where a tap sends `msg` on the frame last drawn.
    fn place(&self, msg: &Msg) -> Option<(u16, u16)> {
        let (r, _): &(Rect, Msg) = self.d.hits.iter().find(|(_, m)| m == msg)?;
        Some((r.x + r.width / 2, r.y + r.height / 2))
    }

    /// The first of `wanted` that is on screen, else a "▼ more" line to page towards it.
    fn reach(&self, wanted: &[Msg]) -> Option<(u16, u16)> {
        let more = [P::PhoneDown, P::ScrollDown].map(Msg::Player);
        wanted.iter().chain(more.iter()).find_map(|m| self.place(m))
    }

    /// Where the learner taps next on the frame last drawn, or None once the lesson is
    /// finished and closed.
    pub fn next(&self) -> Option<(u16, u16)> {
        let k = &self.d.program;
        let player = |m: P| Msg::Player(m);
        match &k.screen {
            Screen::Welcome => self.place(&Msg::Press(Button::Start)),
            Screen::Choose { .. } => self.place(&Msg::Press(Button::SignIn)),
            Screen::SignIn(pad) => {
                let key = match self.code[pad.digits.len()..].chars().next() {
                    Some(c) => PadKey::Digit(c.to_digit(10).unwrap() as u8),
                    None => PadKey::Ok,
                };
                self.place(&Msg::Pad(key))
            }
            Screen::Lessons => {
                let Some(p) = k.player() else {
                    let session = k.session.as_ref()?;
                    let done = session
                        .home
                        .progress
                        .get(&self.lesson)
                        .is_some_and(|p| p.status == zhulao::progress::LessonStatus::Completed);
                    if done {
                        return None;
                    }
                    let i = k
                        .lessons()
                        .iter()
                        .position(|l| l.id.as_str() == self.lesson)?;
                    return self
                        .reach(&[Msg::Press(Button::Lesson(i))])
                        .or_else(|| self.place(&Msg::Down));
                };
                let wanted: Vec<Msg> = match &p.phase {
                    Phase::Summary => vec![player(P::Activate)],
                    Phase::Quiz(q) => match q.current_answer() {
                        Some(_) => vec![player(P::NextStep)],
                        None => {
                            let answer = p.lesson.quiz[q.index].answer;
                            vec![player(P::Press(Target::Option(answer)))]
                        }
                    },
                    Phase::Steps if p.answered() => vec![player(P::NextStep)],
                    Phase::Steps => {
                        let on_phone = match p.task() {
                            Task::Type { expect, .. } => match p.touch_keys() {
                                TouchKeys::Digits => {
                                    let c =
                                        expect[p.typed.len().min(expect.len())..].chars().next();
                                    match c {
                                        Some(c) if expect.starts_with(p.typed.as_str()) => {
                                            vec![Target::Key(c)]
                                        }
                                        None if p.typed == *expect => vec![Target::Submit],
                                        _ => vec![Target::Erase],
                                    }
                                }
                                TouchKeys::Words(words) if p.typed == *expect => {
                                    let _ = words;
                                    vec![Target::Submit]
                                }
                                TouchKeys::Words(words) => {
                                    let i = words.iter().position(|w| w == expect).unwrap();
                                    vec![Target::Word(i)]
                                }
                                TouchKeys::None => Vec::new(),
                            },
                            Task::Tap { .. } => p.right_target().into_iter().collect(),
                            Task::Choose { answer, .. } => {
                                // The options are on the text side, not on the phone.
                                let msg = player(P::Press(Target::Option(*answer)));
                                if p.phone_open {
                                    return self.place(&player(P::TogglePhone));
                                }
                                return self.reach(&[msg]);
                            }
                            Task::Observe => Vec::new(),
                        };
                        let msgs: Vec<Msg> =
                            on_phone.into_iter().map(|t| player(P::Press(t))).collect();
                        // On a narrow screen the phone is behind its button.
                        if msgs.iter().all(|m| self.place(m).is_none())
                            && let Some(at) = self.place(&player(P::TogglePhone))
                            && !p.phone_open
                        {
                            return Some(at);
                        }
                        msgs
                    }
                };
                self.reach(&wanted)
            }
            _ => None,
        }
    }

    /// Where "结束练习" is on the frame last drawn.
    pub fn sign_out(&self) -> Option<(u16, u16)> {
        self.place(&Msg::Press(Button::SignOut))
    }

    /// Sends a tap at `x`, `y`, a second after the last one.
    pub fn tap(&mut self, (x, y): (u16, u16)) {
        self.clock += 1;
        self.taps += 1;
        let now = self.start + TimeDelta::seconds(self.clock);
        self.d.event(&tap_event(x, y), now);
    }

    /// Taps until the lesson is finished and closed; fails after `most` taps.
    pub fn finish(&mut self, most: usize) {
        loop {
            let screen = self.draw();
            let Some(at) = self.next() else {
                return;
            };
            assert!(
                self.taps < most,
                "still not finished after {most} taps:\n{screen}"
            );
            self.tap(at);
        }
    }
}
