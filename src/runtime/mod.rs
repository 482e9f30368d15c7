//! One runtime for every mode: the home app, class mode and the kiosk are each a
//! [`Program`] (state, a pure `update` that answers with effects, a `view` that only
//! reads) with its own [`Edge`] (disk, speech, clock: whatever carries effects out). A
//! [`Runner`] joins the two and sends a message through until nothing is left to do;
//! [`run`] is the one terminal loop; [`Hits`] is the one tap map.

pub mod input;
mod runner;
pub mod signals;
pub mod terminal;

pub use crate::ui::Hits;
pub use runner::{Runner, run, send};

/// The message of the control under a left-button press (a touchscreen tap), if any.
pub fn tapped<M: Clone>(event: &Event, hits: &Hits<M>) -> Option<M> {
    use crossterm::event::{MouseButton, MouseEventKind};
    match event {
        Event::Mouse(m) if m.kind == MouseEventKind::Down(MouseButton::Left) => {
            hits.tap(m.column, m.row)
        }
        _ => None,
    }
}

use std::time::Duration;

use chrono::{DateTime, Utc};
use crossterm::event::Event;
use ratatui::Frame;

use crate::ui::theme::Theme;

/// A mode of the program: its state, how it changes and how it looks.
pub trait Program {
    /// What can happen: a key or tap already read as an intent, a tick, an answer.
    type Msg;
    /// What the update asks the edge to do.
    type Effect;
    /// What a tap on a drawn control sends: the part of `Msg` a person can do (answers
    /// from the edge are not tappable).
    type Tap: Clone + PartialEq;

    /// Applies one message. Pure: no disk, clock or terminal.
    fn update(&mut self, msg: Self::Msg) -> Vec<Self::Effect>;

    /// Draws the state, registering every tappable control in `hits`.
    fn view(&self, frame: &mut Frame, theme: &Theme, hits: &mut Hits<Self::Tap>);

    /// The message a terminal event means on the screen showing (drawn with `hits`).
    fn on_event(&self, event: &Event, hits: &Hits<Self::Tap>) -> Option<Self::Msg>;

    /// The message that brings the clock in, sent before each event and at each tick.
    fn on_tick(&self, _now: DateTime<Utc>) -> Option<Self::Msg> {
        None
    }

    /// How often to tick while no event comes (None: only when something happens).
    fn tick_every(&self) -> Option<Duration> {
        None
    }

    /// The colours to draw with.
    fn theme(&self) -> Theme;

    /// True once the program has finished.
    fn done(&self) -> bool;
}

/// Carries out a program's effects and answers with messages.
pub trait Edge<P: Program> {
    /// Carries out one effect; what it answers is sent back to the program.
    fn run(&mut self, program: &P, effect: P::Effect) -> Vec<P::Msg>;

    /// Called once each frame is on the screen, for work that waits for a frame (the
    /// store opened after the first one, an export after its "正在导出" frame). What it
    /// answers is sent, and the screen drawn again, before the next event is read.
    fn after_frame(&mut self, _program: &P) -> Vec<P::Msg> {
        Vec::new()
    }

    /// How long to wait for an event before drawing again, while the edge has something
    /// going on in the background (None: as long as the program lets it).
    fn poll_every(&self) -> Option<Duration> {
        None
    }

    /// True when the loop must stop although the program has not finished (start-up
    /// timing stops it after a chosen frame).
    fn stop(&self, _program: &P) -> bool {
        false
    }
}
