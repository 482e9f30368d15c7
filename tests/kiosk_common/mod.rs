//! Shared helpers for the kiosk tests: a kiosk on the bundled lessons with a known staff
//! PIN, a fake clock, and a driver on a temp data folder.
#![allow(dead_code)]

use chrono::{DateTime, TimeDelta, Utc};
use crossterm::event::MouseEventKind;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use zhulao::i18n::Lang;
use zhulao::kiosk::pad::PadKey;
use zhulao::kiosk::pin::PinHash;
use zhulao::kiosk::{Driver, Kiosk, KioskEdge, Msg};
use zhulao::lesson::Library;
use zhulao::progress::Store;
use zhulao::ui::Hits;
use zhulao::ui::theme::Theme;

/// The staff PIN of every test kiosk.
pub const PIN: &str = "24681357";
/// The learner every test registers.
pub const NAME: &str = "王秀英";
pub const CODE: &str = "4096";

/// The fake clock: `s` seconds after a fixed moment.
pub fn t(s: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(1_800_000_000, 0).unwrap() + TimeDelta::seconds(s)
}

/// A kiosk at the welcome screen at t(0), idle timeout 180 s.
pub fn kiosk() -> Kiosk {
    kiosk_in(Lang::Zh)
}

/// A kiosk in `lang` at the welcome screen at t(0), idle timeout 180 s.
pub fn kiosk_in(lang: Lang) -> Kiosk {
    let library = Library::load(&[]);
    let mut k = Kiosk::new(&library, lang, PinHash::cheap_for_tests(PIN), 180, t(0));
    k.site = "拱墅区图书馆".into();
    k.read_aloud = false;
    k
}

/// A driver on a fresh temp data folder with one registered learner.
pub fn driver() -> (Driver, tempfile::TempDir) {
    driver_in(Lang::Zh)
}

/// A driver in `lang` on a fresh temp data folder with one registered learner.
pub fn driver_in(lang: Lang) -> (Driver, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), t(0)).unwrap();
    store.add_learner(NAME, Some(CODE), t(0)).unwrap();
    (
        Driver::new(kiosk_in(lang), KioskEdge::new(Some(store), None)),
        dir,
    )
}

/// Messages that type `digits` on a number pad and press OK.
pub fn pad(digits: &str) -> Vec<Msg> {
    let mut msgs: Vec<Msg> = digits
        .bytes()
        .map(|b| Msg::Pad(PadKey::Digit(b - b'0')))
        .collect();
    msgs.push(Msg::Pad(PadKey::Ok));
    msgs
}

/// Messages that go to the sign-in pad and type `digits` there, without OK.
pub fn sign_in_pad(digits: &str) -> Vec<Msg> {
    let mut msgs = vec![Msg::Enter, Msg::Enter];
    msgs.extend(pad(digits));
    msgs.pop();
    msgs
}

/// A kiosk at the first screen of registering a new learner: the card's number.
pub fn new_learner() -> Kiosk {
    let mut k = kiosk();
    apply(
        &mut k,
        [Msg::Enter, Msg::Press(zhulao::kiosk::Button::NewLearner)],
    );
    k
}

/// Updates the kiosk with each message in turn.
pub fn apply(k: &mut Kiosk, msgs: impl IntoIterator<Item = Msg>) {
    for m in msgs {
        k.update(m);
    }
}

/// Signs the registered learner in from the welcome screen.
pub fn sign_in(d: &mut Driver) {
    d.send(Msg::Enter);
    d.send(Msg::Enter);
    for m in pad(CODE) {
        d.send(m);
    }
}

/// Draws the kiosk into a test terminal.
pub fn draw(k: &Kiosk, width: u16, height: u16) -> (Terminal<TestBackend>, Hits<Msg>) {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    let mut hits = Hits::new();
    terminal
        .draw(|f| zhulao::kiosk::view::render(f, k, &Theme::high_contrast(), &mut hits))
        .unwrap();
    (terminal, hits)
}

/// Everything on screen, as text: one line per row, wide characters once.
pub fn screen_text(k: &Kiosk, width: u16, height: u16) -> String {
    let (terminal, _) = draw(k, width, height);
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut x = 0;
        while x < buffer.area.width {
            let symbol = buffer[(x, y)].symbol();
            out.push_str(symbol);
            x += unicode_width::UnicodeWidthStr::width(symbol).max(1) as u16;
        }
        out.push('\n');
    }
    out
}

/// A key event.
pub fn key(code: KeyCode, modifiers: KeyModifiers) -> Event {
    Event::Key(KeyEvent::new(code, modifiers))
}

/// A tap (a left click) at column `x`, row `y`.
pub fn tap_at(x: u16, y: u16) -> Event {
    Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: x,
        row: y,
        modifiers: KeyModifiers::NONE,
    })
}
