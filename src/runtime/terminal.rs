//! Taking the terminal and giving it back, for the program and the kiosk.
//!
//! Like ratatui's `init`/`restore` (raw mode, alternate screen, a panic hook that gives
//! the terminal back before the message is printed), with three differences: the mouse is
//! captured and released with the screen; frames go through one large buffer, so a whole
//! frame reaches the terminal in a single write (through the standard output's own 1 KB
//! buffer a full screen took five writes, and a slow or old terminal could show the
//! half-drawn screen in between); and the terminal's size is asked of the standard
//! output the program draws on. crossterm's `size()` opens and closes `/dev/tty` each
//! time, and ratatui asks before every frame: on the machine in bench/RESULTS.md the two
//! of them before the first frame took about a tenth of a bare program's start-up.

use std::io::{self, BufWriter, Stdout, Write};

use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, queue};
use ratatui::Terminal;
use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};

/// The terminal as the program draws on it.
pub type Term = Terminal<Screen>;

/// crossterm's backend on the standard output, except for the size (see the module).
pub struct Screen(CrosstermBackend<BufWriter<Stdout>>);

impl Backend for Screen {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        self.0.draw(content)
    }

    fn append_lines(&mut self, n: u16) -> io::Result<()> {
        self.0.append_lines(n)
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        self.0.hide_cursor()
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        self.0.show_cursor()
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        self.0.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        self.0.set_cursor_position(position)
    }

    fn clear(&mut self) -> io::Result<()> {
        self.0.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.0.clear_region(clear_type)
    }

    /// The standard output's size when it is a terminal that knows it; crossterm's
    /// answer (from `/dev/tty`, or `tput`) otherwise.
    fn size(&self) -> io::Result<Size> {
        #[cfg(unix)]
        if let Ok(ws) = rustix::termios::tcgetwinsize(io::stdout())
            && ws.ws_col > 0
            && ws.ws_row > 0
        {
            return Ok(clamped(Size::new(ws.ws_col, ws.ws_row)));
        }
        self.0.size().map(clamped)
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        self.0.window_size()
    }

    fn flush(&mut self) -> io::Result<()> {
        Backend::flush(&mut self.0)
    }
}

/// The largest screen drawn: a terminal that reports more (65535×65535 from a broken or
/// hostile terminal) is drawn at this size, instead of buffers of billions of cells.
pub const MAX_SIZE: Size = Size::new(1000, 500);

/// `size` no larger than [`MAX_SIZE`].
pub fn clamped(size: Size) -> Size {
    Size::new(
        size.width.min(MAX_SIZE.width),
        size.height.min(MAX_SIZE.height),
    )
}

/// Room for a full frame at 300×100 with colours, so one frame is one write.
const FRAME_BUFFER: usize = 256 * 1024;

/// Enters raw mode and the alternate screen with the mouse captured, and installs the
/// panic hook. Nothing is written until the first frame is drawn with it.
pub fn init() -> io::Result<Term> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
    enable_raw_mode()?;
    // crossterm starts catching SIGWINCH when its event source is first made, at the first
    // poll; until then a resize is ignored (the signal's default) and lost for good. Made
    // here, before the first frame asks the size, every resize after that question comes
    // as an event. (Made at the first wait instead, a resize while the first frame was
    // drawn left the program at the old size: about 1 run in 10 of app_tty's resize test.)
    // Keys read early stay queued in crossterm for the first wait; an error here comes
    // back at that wait.
    let _ = crossterm::event::poll(std::time::Duration::ZERO);
    let mut out = BufWriter::with_capacity(FRAME_BUFFER, io::stdout());
    queue!(out, EnterAlternateScreen, EnableMouseCapture)?;
    let terminal = Terminal::new(Screen(CrosstermBackend::new(out)));
    if terminal.is_err() {
        restore();
    }
    terminal
}

/// Gives the terminal back: the mouse, the normal screen, the cursor, cooked mode. Safe to
/// call more than once and from the panic hook; errors are ignored, as there is nothing
/// left to tell them to.
pub fn restore() {
    let mut out = io::stdout();
    let _ = queue!(out, DisableMouseCapture, LeaveAlternateScreen, cursor::Show);
    let _ = out.flush();
    let _ = disable_raw_mode();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_huge_reported_size_is_clamped() {
        assert_eq!(clamped(Size::new(65535, 65535)), MAX_SIZE);
        assert_eq!(clamped(Size::new(80, 24)), Size::new(80, 24));
    }
}
