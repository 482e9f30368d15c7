//! Sending a message through a program and its edge, and the terminal loop.

use chrono::{DateTime, Utc};
use crossterm::event::Event;
use ratatui::{Frame, Terminal};
use std::collections::VecDeque;
use std::io::{self, IsTerminal};

use super::input::Waited;
use super::{Edge, Hits, Program};

/// A program with its edge and the tap map of the frame last drawn.
pub struct Runner<P: Program, E> {
    /// The state.
    pub program: P,
    /// What carries its effects out.
    pub edge: E,
    /// Where the last frame drew its tappable controls.
    pub hits: Hits<P::Tap>,
}

impl<P: Program, E: Edge<P>> Runner<P, E> {
    /// Joins a program and its edge; nothing is drawn yet.
    pub fn new(program: P, edge: E) -> Self {
        Runner {
            program,
            edge,
            hits: Hits::new(),
        }
    }

    /// Updates the program with `msg`, has the edge carry out every effect, and sends
    /// what it answers back in, until nothing is left to do.
    pub fn send(&mut self, msg: P::Msg) {
        send(&mut self.program, &mut self.edge, msg);
    }

    /// Sends every message in turn.
    pub fn send_all(&mut self, msgs: impl IntoIterator<Item = P::Msg>) {
        for msg in msgs {
            self.send(msg);
        }
    }

    /// A terminal event at time `now`: the clock first, then what the event means on the
    /// frame last drawn.
    pub fn event(&mut self, event: &Event, now: DateTime<Utc>) {
        self.tick(now);
        if let Some(msg) = self.program.on_event(event, &self.hits) {
            self.send(msg);
        }
    }

    /// Brings the clock in.
    pub fn tick(&mut self, now: DateTime<Utc>) {
        if let Some(msg) = self.program.on_tick(now) {
            self.send(msg);
        }
    }

    /// Draws the program into `frame`, remembering where its controls are.
    pub fn draw(&mut self, frame: &mut Frame) {
        self.hits.clear();
        let theme = self.program.theme();
        self.program.view(frame, &theme, &mut self.hits);
    }

    /// What comes once a frame is on the screen: the edge's work that waited for it, and
    /// its answers sent. True when something was sent (the screen is then drawn again).
    pub fn after_frame(&mut self) -> bool {
        let replies = self.edge.after_frame(&self.program);
        let any = !replies.is_empty();
        self.send_all(replies);
        any
    }

    /// Draws one frame on `terminal` (a test terminal, or the real one).
    pub fn draw_on<B: ratatui::backend::Backend>(
        &mut self,
        terminal: &mut Terminal<B>,
    ) -> Result<(), B::Error> {
        terminal.draw(|f| self.draw(f)).map(|_| ())
    }
}

/// Updates `program` with `msg`, has `edge` carry out every effect, and sends what it
/// answers back in, until nothing is left to do. The one effect runner of every mode.
pub fn send<P: Program, E: Edge<P>>(program: &mut P, edge: &mut E, msg: P::Msg) {
    let mut queue = VecDeque::from([msg]);
    while let Some(msg) = queue.pop_front() {
        for effect in program.update(msg) {
            queue.extend(edge.run(program, effect));
        }
    }
}

/// Runs the program on the terminal until it is done (or its edge stops it): draw, let the
/// edge do what waits for the frame, wait for an event or a tick, send it, draw again.
pub fn run<P: Program, E: Edge<P>>(runner: &mut Runner<P, E>, no_terminal: &str) -> io::Result<()> {
    // A dumb terminal cannot move the cursor or draw a screen: told plainly, not garbled.
    let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
    if !io::stdout().is_terminal() || dumb {
        return Err(io::Error::other(no_terminal.to_string()));
    }
    super::signals::watch_endings();
    super::input::watch_for_hangup();
    let mut terminal = super::terminal::init()?;
    let result = (|| -> io::Result<()> {
        while !runner.program.done() && super::signals::ending().is_none() {
            runner.draw_on(&mut terminal)?;
            if runner.edge.stop(&runner.program) {
                break;
            }
            if runner.after_frame() {
                continue;
            }
            let wait = match (runner.program.tick_every(), runner.edge.poll_every()) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            // Waiting in short turns, so a SIGTERM or SIGHUP is seen soon.
            let event = match super::input::next(wait)? {
                Waited::Event(event) => Some(event),
                Waited::Ending => break,
                Waited::Nothing => None,
            };
            let now = Utc::now();
            match event {
                Some(event) => runner.event(&event, now),
                None => runner.tick(now),
            }
        }
        Ok(())
    })();
    drop(terminal);
    super::terminal::restore();
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::theme::Theme;
    use ratatui::backend::TestBackend;
    use ratatui::layout::Rect;

    /// A counter whose "save" effect is answered by the edge with a message.
    #[derive(Default)]
    struct Counter {
        n: u32,
        saved: Vec<u32>,
    }

    #[derive(Debug, Clone, PartialEq)]
    enum Msg {
        Add,
        Saved(u32),
        Clock,
    }

    impl Program for Counter {
        type Msg = Msg;
        type Effect = u32;
        type Tap = Msg;
        fn update(&mut self, msg: Msg) -> Vec<u32> {
            match msg {
                Msg::Add => {
                    self.n += 1;
                    vec![self.n]
                }
                Msg::Saved(n) => {
                    self.saved.push(n);
                    Vec::new()
                }
                Msg::Clock => Vec::new(),
            }
        }
        fn view(&self, frame: &mut Frame, _: &Theme, hits: &mut Hits<Msg>) {
            hits.add(Rect::new(0, 0, frame.area().width, 1), Msg::Add);
        }
        fn on_event(&self, event: &Event, hits: &Hits<Msg>) -> Option<Msg> {
            match event {
                Event::Mouse(m) => hits.tap(m.column, m.row),
                _ => None,
            }
        }
        fn on_tick(&self, _: DateTime<Utc>) -> Option<Msg> {
            Some(Msg::Clock)
        }
        fn theme(&self) -> Theme {
            Theme::high_contrast()
        }
        fn done(&self) -> bool {
            self.n >= 3
        }
    }

    struct Disk(Vec<u32>);

    impl Edge<Counter> for Disk {
        fn run(&mut self, _: &Counter, effect: u32) -> Vec<Msg> {
            self.0.push(effect);
            vec![Msg::Saved(effect)]
        }
    }

    fn tap(x: u16, y: u16) -> Event {
        use crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
        Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: x,
            row: y,
            modifiers: KeyModifiers::NONE,
        })
    }

    #[test]
    fn a_tap_on_a_drawn_control_goes_through_update_edge_and_reply() {
        let mut runner = Runner::new(Counter::default(), Disk(Vec::new()));
        let mut terminal = Terminal::new(TestBackend::new(10, 3)).unwrap();
        runner.event(&tap(1, 0), Utc::now());
        assert_eq!(runner.program.n, 0, "nothing is tappable before a frame");
        runner.draw_on(&mut terminal).unwrap();
        runner.event(&tap(1, 0), Utc::now());
        runner.event(&tap(1, 1), Utc::now());
        runner.send(Msg::Add);
        assert_eq!(runner.program.n, 2);
        assert_eq!(runner.edge.0, vec![1, 2]);
        assert_eq!(
            runner.program.saved,
            vec![1, 2],
            "the edge's answers came back"
        );
        runner.send(Msg::Add);
        assert!(runner.program.done());
    }
}
