//! The kiosk's edge: checks the staff PIN is set, runs the terminal loop (raw mode, so
//! Ctrl+C, Ctrl+Z and Ctrl+\ arrive as ordinary keys and send no signal), feeds it the
//! clock, and `zhulao kiosk set-pin`. A panic gives the terminal back and exits non-zero,
//! so a supervisor (systemd `Restart=always`) starts the kiosk again.

use std::io::{self, BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::Utc;
use crossterm::event::{Event, KeyCode};
use crossterm::event::{KeyEventKind, KeyModifiers};

use super::edge::{Driver, KioskEdge};
use super::pin::{self, PinHash, Stored, is_valid_pin};
use super::state::Kiosk;
use crate::i18n::{Lang, fill};
use crate::lesson::Library;
use crate::lesson::sanitize::escape_controls;
use crate::progress::Store;
use crate::runtime::input::Waited;
use crate::settings::Settings;
use crate::speech::Speaker;
use crate::ui::theme::ThemeName;

pub use super::edge::PANIC_FOR_TESTS;

/// Set in tests only, to a file's path: before taking the terminal the kiosk writes
/// `PATH.held` and waits until `PATH` exists, so a test can send keys and signals at a
/// moment it knows to be before raw mode.
pub const HOLD_START_FOR_TESTS: &str = "ZHULAO_KIOSK_HOLD_START_FOR_TESTS";

/// Waits as [`HOLD_START_FOR_TESTS`] asks, when it is set.
fn hold_start_for_tests() {
    let Some(path) = std::env::var_os(HOLD_START_FOR_TESTS).map(PathBuf::from) else {
        return;
    };
    let held = PathBuf::from(format!("{}.held", path.display()));
    if std::fs::write(&held, b"").is_err() {
        return;
    }
    while !path.exists() {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// What `zhulao kiosk` runs with.
#[derive(Debug, Clone)]
pub struct Options {
    /// The data folder: the progress store and the staff PIN file.
    pub data_dir: PathBuf,
    /// The language of the kiosk's words.
    pub lang: Lang,
    /// The colours the kiosk is drawn in.
    pub theme: ThemeName,
    /// Seconds without input before the "还在吗？" prompt.
    pub idle_seconds: u32,
    /// The site's name, shown on the welcome screen.
    pub site: String,
    /// Whether each new step and the idle prompt are read aloud.
    pub read_aloud: bool,
    /// The settings, for the read-aloud command.
    pub settings: Settings,
}

/// Runs the kiosk until the staff PIN is given. Refuses to start without a staff PIN,
/// since nobody could leave.
pub fn run(library: &Library, options: Options) -> ExitCode {
    let s = &options.lang.text().kiosk;
    let pin = match pin::load(&options.data_dir) {
        Stored::Pin(p) => p,
        Stored::Missing => {
            eprintln!("{}", s.no_pin);
            return ExitCode::from(2);
        }
        Stored::Damaged => {
            let path = pin::pin_path(&options.data_dir).display().to_string();
            eprintln!(
                "{}",
                fill(s.pin_damaged, &[("path", &escape_controls(&path))])
            );
            return ExitCode::from(2);
        }
    };
    if !io::stdout().is_terminal() {
        eprintln!("{}", options.lang.text().ui.no_terminal);
        return ExitCode::from(2);
    }
    let now = Utc::now();
    let store = match Store::open(&options.data_dir, now) {
        Ok(store) => Some(store),
        Err(e) => {
            // Told to the staff's log; the kiosk still lets people practise as guests.
            eprintln!("{}", e.message(options.lang));
            None
        }
    };
    let speaker = options.read_aloud.then(|| {
        let speaker = Speaker::from_settings(&options.settings);
        if !speaker.available() {
            eprintln!("{}", s.no_speech);
        }
        speaker
    });
    let mut kiosk = Kiosk::new(library, options.lang, pin, options.idle_seconds, now);
    kiosk.site = options.site.clone();
    kiosk.read_aloud = options.read_aloud;
    kiosk.theme = options.theme;
    kiosk.restore_limits(&options.data_dir);
    let mut edge = KioskEdge::new(store, speaker);
    edge.limits_dir = Some(options.data_dir.clone());
    // Raw mode turns off the terminal's signal keys, so Ctrl+C and the rest arrive as keys.
    edge.panic_after_frame = std::env::var_os(PANIC_FOR_TESTS).is_some();
    let mut driver = Driver::new(kiosk, edge);
    hold_start_for_tests();
    match crate::runtime::run(&mut driver, options.lang.text().ui.no_terminal) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let prefix = options.lang.text().ui.error_prefix;
            eprintln!("{prefix}{}", escape_controls(&e.to_string()));
            ExitCode::FAILURE
        }
    }
}

/// `zhulao kiosk set-pin`: asks for the new PIN twice without showing it (or reads one
/// line when the input is not a terminal, for set-up scripts) and stores only its hash.
pub fn set_pin(data_dir: &Path, lang: Lang, out: &mut impl Write) -> io::Result<bool> {
    let s = &lang.text().kiosk;
    let pin = if io::stdin().is_terminal() {
        let Some(first) = read_hidden(s.set_pin_prompt)? else {
            return Ok(false);
        };
        let Some(again) = read_hidden(s.set_pin_again)? else {
            return Ok(false);
        };
        if first != again {
            writeln!(out, "{}", s.set_pin_mismatch)?;
            return Ok(false);
        }
        first
    } else {
        let mut line = String::new();
        io::stdin().lock().read_line(&mut line)?;
        line.trim().to_string()
    };
    if !is_valid_pin(&pin) {
        writeln!(out, "{}", s.set_pin_invalid)?;
        return Ok(false);
    }
    let hash = PinHash::new(&pin).map_err(io::Error::other)?;
    let path = pin::save(data_dir, &hash)?;
    let path = escape_controls(&path.display().to_string());
    writeln!(out, "{}", fill(s.set_pin_done, &[("path", &path)]))?;
    Ok(true)
}

/// Reads a line from the terminal without echoing it (a star per character instead).
/// None when the user gives up with Esc or Ctrl+C.
fn read_hidden(prompt: &str) -> io::Result<Option<String>> {
    let mut err = io::stderr();
    write!(err, "{prompt}")?;
    err.flush()?;
    crossterm::terminal::enable_raw_mode()?;
    let result = (|| -> io::Result<Option<String>> {
        let mut typed = String::new();
        loop {
            // A terminal that hangs up while the PIN is typed ends the asking.
            let key = match crate::runtime::input::next(None)? {
                Waited::Event(Event::Key(key)) => key,
                Waited::Ending => return Ok(None),
                _ => continue,
            };
            if key.kind == KeyEventKind::Release {
                continue;
            }
            let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
            match key.code {
                KeyCode::Enter => return Ok(Some(typed)),
                KeyCode::Esc => return Ok(None),
                KeyCode::Char(_) if ctrl => return Ok(None),
                KeyCode::Backspace if typed.pop().is_some() => write!(err, "\u{8} \u{8}")?,
                KeyCode::Char(c) if typed.len() < 64 => {
                    typed.push(c);
                    write!(err, "*")?;
                }
                _ => {}
            }
            err.flush()?;
        }
    })();
    let _ = crossterm::terminal::disable_raw_mode();
    writeln!(err)?;
    result
}
