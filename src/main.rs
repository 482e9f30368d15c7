//! zhulao: parse the command line, pick the mode, run it.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;
use zhulao::app::Home;
use zhulao::app::start::{Start, run};
use zhulao::cli::{Cli, Command, DataCommand, KioskCommand, LessonCommand};
use zhulao::commands::{district, export, learner, lesson};
use zhulao::data_dir;
use zhulao::lesson::{Catalog, Library};

fn main() -> ExitCode {
    // The usual interactive start is read without building clap's command tree.
    let cli = zhulao::cli::quick::parse(std::env::args_os().skip(1)).unwrap_or_else(Cli::parse);
    if let Some(Command::Kiosk { command: None, .. }) = &cli.command {
        // Before anything loads: Ctrl+C or Ctrl+\ must not stop the kiosk before raw mode.
        zhulao::runtime::signals::ignore_interrupts();
    }
    let settings_path = cli
        .config
        .clone()
        .unwrap_or_else(zhulao::settings::default_path);
    let (settings, settings_problem) = zhulao::settings::load(&settings_path);
    let lang = cli.lang.unwrap_or(settings.lang);
    let settings_problem = settings_problem.map(|d| d.render(lang));
    let data = data_dir::resolve(cli.data_dir.clone(), std::env::var_os(data_dir::ENV_VAR));
    let mut dirs = vec![data_dir::lessons_dir(&data)];
    dirs.extend(cli.lessons.iter().cloned());
    if let (Some(p), Some(_)) = (&settings_problem, &cli.command) {
        eprintln!("{p}");
    }
    let mut out = io::stdout().lock();
    // The commands and the kiosk read every lesson; a broken file the lesson index knows
    // unchanged is not parsed again.
    let index = data_dir::lesson_index(&data);
    let load = || Library::load_indexed(&dirs, &index);
    let result = match &cli.command {
        None | Some(Command::Class) => {
            let start_class = matches!(cli.command, Some(Command::Class));
            // Lessons are listed from their headers (bundled ones compiled in, folder ones
            // from the index) and read when opened: the first frame waits for none of them.
            // Files listed from the index are looked at right after the first frame.
            let mut catalog = Catalog::list_indexed(&dirs, &index);
            let unchecked = catalog.take_unchecked();
            // A changed index is written beside the program's start (and waited for at
            // the end); an unwritten one only means the next start reads the folder again.
            let index_writer = catalog
                .take_index_update()
                .map(|update| std::thread::spawn(move || update.save()));
            let mut home = Home::from_catalog(catalog, lang);
            home.notice =
                settings_problem.map(|p| p.lines().next().unwrap_or_default().to_string());
            drop(out);
            // The command line wins for this run; the settings file keeps its own choices.
            let mut settings = settings;
            if let Some(t) = cli.theme {
                settings.theme = t;
            }
            let result = run(Start {
                home,
                unchecked,
                data_dir: data,
                settings,
                settings_path,
                class: start_class,
            });
            if let Some(writer) = index_writer {
                let _ = writer.join();
            }
            return match result {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    let text = zhulao::lesson::sanitize::escape_controls(&e.to_string());
                    eprintln!("{}{text}", lang.text().ui.error_prefix);
                    ExitCode::FAILURE
                }
            };
        }
        Some(Command::Lesson { command }) => match command {
            LessonCommand::Check { paths } => lesson::check(paths, &dirs, lang, &mut out),
            LessonCommand::Schema => lesson::schema(&mut out),
            LessonCommand::Speak { lesson, step, say } => {
                let library = load();
                let with = (&library, &settings);
                zhulao::commands::speak::speak(lesson, *step, *say, with, lang, &mut out)
            }
            LessonCommand::New { id, output } => lesson::new(id, output.as_deref(), lang, &mut out),
            LessonCommand::Preview { file, step, size } => {
                drop(out);
                let options = zhulao::preview::Options {
                    step: step.map_or(0, |n| n as usize - 1),
                    size: size.unwrap_or_default(),
                    lang,
                    theme: cli.theme.unwrap_or(settings.theme),
                };
                return zhulao::preview::run(file, options);
            }
            LessonCommand::Handout { lesson, output } => {
                let library = load();
                zhulao::commands::handout::handout(lesson, output, &library, lang, &mut out)
            }
        },
        Some(Command::Learner { command }) => {
            learner::learner(command, &data, &load(), lang, &mut out)
        }
        Some(Command::Data {
            command: command @ (DataCommand::Pack { .. } | DataCommand::Import { .. }),
        }) => district::data(command, &data, &settings, lang, &mut out),
        Some(Command::Data { command }) => learner::data(command, &data, lang, &mut out),
        Some(Command::Setup { site }) => {
            district::setup(site.as_deref(), &data, &settings, lang, &mut out)
        }
        Some(Command::District { command }) => district::district(command, lang, &mut out),
        Some(Command::Sync { to, pull }) => {
            district::sync(to, *pull, &data, &settings, lang, &mut out)
        }
        Some(Command::Export { command }) => {
            let with = (&load(), &settings);
            export::export(command, &data, with, lang, &mut out)
        }
        Some(Command::Report { command }) => {
            let with = (&load(), &settings);
            zhulao::commands::report::report(command, &data, with, lang, &mut out)
        }
        Some(Command::Plan { command }) => {
            zhulao::commands::plan::plan(command, &data, &load(), lang, &mut out)
        }
        Some(Command::Session { command }) => {
            zhulao::commands::plan::session(command, &data, &load(), lang, &mut out)
        }
        Some(Command::Kiosk {
            command: Some(KioskCommand::SetPin),
            ..
        }) => zhulao::kiosk::run::set_pin(&data, lang, &mut out),
        Some(Command::Kiosk {
            idle_timeout,
            site,
            no_read_aloud,
            command: None,
        }) => {
            drop(out);
            let options = zhulao::kiosk::run::Options {
                data_dir: data,
                lang,
                theme: cli.theme.unwrap_or(settings.theme),
                idle_seconds: idle_timeout.unwrap_or(settings.kiosk_idle_timeout),
                site: site
                    .clone()
                    .unwrap_or_else(|| settings.default_site.clone()),
                read_aloud: !no_read_aloud,
                settings,
            };
            return zhulao::kiosk::run::run(&load(), options);
        }
    };
    let _ = out.flush();
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "{}{}",
                lang.text().ui.error_prefix,
                zhulao::lesson::sanitize::escape_controls(&e.to_string())
            );
            ExitCode::from(2)
        }
    }
}
