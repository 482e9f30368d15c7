//! The interactive program's start and terminal loop: the first frame is drawn from what
//! is at hand, then the rest is made ready (the lesson files checked, the progress store
//! opened, the speech program found) and the screen drawn again, before the first key.

use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::Utc;
use crossterm::event;

use super::home::Home;
use super::run::{App, ScreenHits};
use crate::lesson::Unchecked;
use crate::progress::Store;
use crate::settings::Settings;
use crate::speech::Speaker;
use crate::ui::theme::Theme;

/// For `bench/run`, which times start-up: set to `1` in the environment, the program quits
/// right after drawing its first frame; set to `open`, once the store is open too (ready
/// for keys) and drawn; set to `ready`, once its background check has finished as well.
pub const EXIT_AFTER_FIRST_FRAME: &str = "ZHULAO_EXIT_AFTER_FIRST_FRAME";

/// How often the loop looks for the outcome of the store's background check.
const CHECK_POLL: Duration = Duration::from_millis(100);

/// Where the interactive program starts.
pub struct Start {
    /// The home screen, its lessons listed.
    pub home: Home,
    /// Lesson files listed from the index without being looked at.
    pub unchecked: Option<Unchecked>,
    pub data_dir: PathBuf,
    pub settings: Settings,
    pub settings_path: PathBuf,
    /// Open trainer mode (`zhulao class`) instead of the home screen.
    pub class: bool,
}

/// Runs the interactive program until the user quits.
pub fn run(start: Start) -> io::Result<()> {
    if !io::stdout().is_terminal() {
        return Err(io::Error::other(start.home.lang.text().ui.no_terminal));
    }
    let data_dir = start.data_dir.as_path();
    let mut unchecked = start.unchecked;
    let mut app = App::without_store(start.home);
    app.data_dir = Some(data_dir.to_path_buf());
    app.auto_read = start.settings.auto_read;
    app.settings = start.settings;
    app.settings_path = Some(start.settings_path);
    let mut store_to_open = Some(data_dir);
    if start.class {
        // A class reads every lesson and needs its store from the first screen on.
        check_lessons(&mut app, unchecked.take());
        app.attach_store(Store::open(data_dir, Utc::now()));
        store_to_open = None;
        app.speaker = Some(Speaker::from_settings(&app.settings));
        app.open_class(Utc::now());
    }
    let mut terminal = super::terminal::init()?;
    let bench_exit = std::env::var(EXIT_AFTER_FIRST_FRAME).ok();
    let result = (|| -> io::Result<()> {
        let mut hits = ScreenHits::default();
        while !app.quit {
            let theme = Theme::named(app.settings.theme);
            terminal.draw(|f| app.draw(f, &theme, &mut hits))?;
            let checking = app
                .store
                .as_ref()
                .is_some_and(Store::background_check_pending);
            match bench_exit.as_deref() {
                None => {}
                Some("open") if store_to_open.is_none() => break,
                Some("ready") if store_to_open.is_none() && !checking => break,
                Some("open" | "ready") => {}
                Some(_) => break,
            }
            // The first frame is up; now the rest is made ready, and the screen drawn again
            // with anything that changed or had to be said.
            if let Some(dir) = store_to_open.take() {
                after_first_frame(&mut app, unchecked.take(), dir);
                continue;
            }
            if checking {
                let wait = match bench_exit {
                    Some(_) => Duration::MAX,
                    None => Duration::ZERO,
                };
                if app.take_store_check(wait) || !event::poll(CHECK_POLL)? {
                    continue;
                }
            }
            if app.pending_export {
                app.export_progress(chrono::Local::now().naive_local());
                continue;
            }
            let event = event::read()?;
            app.handle(&event, &hits, Utc::now());
        }
        Ok(())
    })();
    drop(terminal);
    super::terminal::restore();
    result
}

/// What waits for the first frame: the lesson files listed on trust are looked at, the
/// store opens (its full check goes on in the background) and the speech program is
/// looked for.
fn after_first_frame(app: &mut App, unchecked: Option<Unchecked>, data_dir: &Path) {
    check_lessons(app, unchecked);
    app.attach_store(Store::open_checking_in_background(data_dir, Utc::now()));
    app.speaker = Some(Speaker::from_settings(&app.settings));
}

/// Looks at the lesson files listed from the index; if any changed since it was written,
/// the home screen gets the list made again and the index is rewritten.
fn check_lessons(app: &mut App, unchecked: Option<Unchecked>) {
    let Some(mut fresh) = unchecked.and_then(Unchecked::check) else {
        return;
    };
    if let Some(update) = fresh.take_index_update() {
        // Not written only makes the next start read those files again.
        let _ = update.save();
    }
    app.home.replace_catalog(fresh);
}
