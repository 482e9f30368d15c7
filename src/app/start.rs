//! The interactive program's start: the first frame is drawn from what is at hand, then
//! the rest is made ready (the lesson files checked, the progress store opened, the speech
//! program found) and the screen drawn again, before the first key.

use std::io;
use std::path::PathBuf;

use chrono::Utc;

use super::edge::{AppEdge, BenchExit};
use super::home::Home;
use super::run::{App, Input, Msg};
use crate::lesson::Unchecked;
use crate::progress::Store;
use crate::runtime::Runner;
use crate::settings::Settings;

/// For `bench/run`, which times start-up: set to `1` in the environment, the program quits
/// right after drawing its first frame; set to `open`, once the store is open too (ready
/// for keys) and drawn; set to `ready`, once its background check has finished as well.
pub const EXIT_AFTER_FIRST_FRAME: &str = "ZHULAO_EXIT_AFTER_FIRST_FRAME";

/// The home app with its edge, as the terminal loop and the tests run it.
pub type AppRunner = Runner<App, AppEdge>;

/// Where the interactive program starts.
pub struct Start {
    /// The home screen, its lessons listed.
    pub home: Home,
    /// Lesson files listed from the index without being looked at.
    pub unchecked: Option<Unchecked>,
    /// The data folder, where the progress store and the exports are kept.
    pub data_dir: PathBuf,
    /// The settings read at start.
    pub settings: Settings,
    /// Where the settings are saved after a change on the settings screen.
    pub settings_path: PathBuf,
    /// Open trainer mode (`zhulao class`) instead of the home screen.
    pub class: bool,
}

/// The home app on `store` (a store that failed to open is told on the home screen, and
/// lessons can still be practised), with no settings file, as tests run it.
pub fn with_store(home: Home, store: Result<Store, crate::progress::StoreError>) -> AppRunner {
    let app = App::new(home, Settings::default(), Utc::now());
    let mut runner = Runner::new(app, AppEdge::new(None));
    let replies = runner.edge.attach(store, &runner.program);
    runner.send_all(replies);
    runner
}

/// Runs the interactive program until the user quits.
pub fn run(start: Start) -> io::Result<()> {
    let lang = start.home.lang;
    let app = App::new(start.home, start.settings, Utc::now());
    let mut edge = AppEdge::new(None);
    edge.data_dir = Some(start.data_dir.clone());
    edge.settings_path = Some(start.settings_path);
    edge.bench = match std::env::var(EXIT_AFTER_FIRST_FRAME).ok().as_deref() {
        None => None,
        Some("open") => Some(BenchExit::Open),
        Some("ready") => Some(BenchExit::Ready),
        Some(_) => Some(BenchExit::FirstFrame),
    };
    let mut runner = Runner::new(app, edge);
    if start.class {
        // A class reads every lesson and needs its store from the first screen on.
        let ready = runner
            .edge
            .make_ready(&runner.program, start.unchecked, false);
        runner.send_all(ready);
        runner.send(Msg::Input(Input::Home(super::home::Msg::StartClass)));
    } else {
        runner.edge.open_after_first_frame(start.unchecked);
    }
    crate::runtime::run(&mut runner, lang.text().ui.no_terminal)
}
