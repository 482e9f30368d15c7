//! `zhulao setup`, `zhulao district init`, `zhulao sync`, `zhulao data pack` and
//! `zhulao data import`: the district's commands (the work is in `crate::district`).

use std::io::{self, IsTerminal, Write};
use std::path::Path;

use chrono::Utc;

use crate::cli::{DataCommand, DistrictCommand};
use crate::district::server::push::{Origin, Pushed};
use crate::district::server::{connect, schema};
use crate::district::sync::{Options, with_commas};
use crate::district::{DistrictError, Kind, pack};
use crate::i18n::{Lang, fill};
use crate::lesson::sanitize::escape_controls;
use crate::progress::Store;
use crate::progress::model::timestamp;
use crate::settings::Settings;

/// Prints the lines of a command that worked, or its error in plain words on the
/// standard error; true when it worked.
fn report(
    result: Result<Vec<String>, DistrictError>,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<bool> {
    match result {
        Ok(lines) => {
            for line in lines {
                writeln!(out, "{line}")?;
            }
            Ok(true)
        }
        Err(e) => {
            eprintln!("{}{}", lang.text().ui.error_prefix, e.message(lang));
            Ok(false)
        }
    }
}

/// A connection to the district database at `url`, and the URL as shown (without its
/// password, control characters escaped).
pub(super) fn open_server(url: &str) -> Result<(postgres::Client, String), DistrictError> {
    let shown = escape_controls(&connect::without_password(url));
    Ok((connect::connect(url)?, shown))
}

/// [`open_server`], then checks the database is made and of this program's version (the
/// message names the URL as shown, never its password).
pub(super) fn checked_server(url: &str) -> Result<(postgres::Client, String), DistrictError> {
    let (mut client, shown) = open_server(url)?;
    schema::check(&mut client, &shown)?;
    Ok((client, shown))
}

/// Connects to the district database at `url`, runs `f` with the connection and the URL
/// as shown, and reports its lines or its error (as [`report`]).
fn with_server(
    url: &str,
    lang: Lang,
    out: &mut dyn Write,
    f: impl FnOnce(&mut postgres::Client, &str) -> Result<Vec<String>, DistrictError>,
) -> io::Result<bool> {
    let result = open_server(url).and_then(|(mut client, shown)| f(&mut client, &shown));
    report(result, lang, out)
}

/// The site rows are sent under: the machine's own, else the settings' default site.
fn site_of(store: &Store, settings: &Settings) -> Result<String, DistrictError> {
    let machine = store.machine()?;
    Ok(if machine.site.is_empty() {
        settings.default_site.trim().to_string()
    } else {
        machine.site
    })
}

/// `zhulao setup [--site NAME]`: shows (and sets) this machine's id and site.
pub fn setup(
    site: Option<&str>,
    data_dir: &Path,
    settings: &Settings,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<bool> {
    let t = &lang.text().district;
    let run = || -> Result<Vec<String>, DistrictError> {
        let mut store = Store::open(data_dir, Utc::now())?;
        let mut lines = Vec::new();
        if let Some(site) = site {
            let machine = store.set_machine_site(site)?;
            lines.push(fill(
                t.site_set,
                &[("site", &escape_controls(&machine.site))],
            ));
        }
        let machine = store.machine()?;
        lines.push(fill(t.machine_line, &[("uuid", &machine.uuid)]));
        let site = site_of(&store, settings)?;
        lines.push(if site.is_empty() {
            t.site_unset.to_string()
        } else {
            fill(t.site_line, &[("site", &escape_controls(&site))])
        });
        lines.push(fill(t.pool_line, &[("count", &store.code_pool_len()?)]));
        let (last, at) = store.last_district_sync()?;
        lines.push(match at {
            Some(at) => fill(t.synced_line, &[("at", &at)]),
            None => t.never_synced.to_string(),
        });
        lines.push(fill(
            t.pending_line,
            &[("count", &with_commas(store.outbox_pending(last)?))],
        ));
        Ok(lines)
    };
    report(run(), lang, out)
}

/// `zhulao district init URL`.
pub fn district(cmd: &DistrictCommand, lang: Lang, out: &mut dyn Write) -> io::Result<bool> {
    let t = &lang.text().district;
    let DistrictCommand::Init { url } = cmd;
    with_server(url, lang, out, |client, shown| {
        let (before, after) = schema::init(client)?;
        Ok(vec![if before == after {
            fill(t.init_current, &[("version", &after), ("url", &shown)])
        } else {
            fill(
                t.init_done,
                &[("from", &before), ("to", &after), ("url", &shown)],
            )
        }])
    })
}

/// Shows the progress of a sync on the standard error: one line redrawn on a terminal,
/// a line per batch elsewhere.
fn progress_line(lang: Lang) -> impl FnMut(u64, u64) {
    let terminal = io::stderr().is_terminal();
    move |done, total| {
        let line = fill(
            lang.text().district.sync_progress,
            &[("done", &with_commas(done)), ("total", &with_commas(total))],
        );
        if terminal {
            eprint!("\r{line}");
            if done >= total {
                eprintln!();
            }
        } else {
            eprintln!("{line}");
        }
    }
}

fn summary_lines(pushed: &Pushed, lang: Lang) -> Vec<String> {
    let t = &lang.text().district;
    let mut lines = vec![fill(
        t.sync_summary,
        &[
            ("sent", &with_commas(pushed.tally.sent)),
            ("already", &with_commas(pushed.tally.already)),
        ],
    )];
    if !pushed.clashes.is_empty() {
        let codes: Vec<String> = pushed.clashes.iter().map(|c| escape_controls(c)).collect();
        lines.push(fill(t.sync_clashes, &[("codes", &codes.join("、"))]));
    }
    lines
}

/// `zhulao sync --to URL [--pull]`.
pub fn sync(
    url: &str,
    pull: bool,
    data_dir: &Path,
    settings: &Settings,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<bool> {
    let t = &lang.text().district;
    with_server(url, lang, out, |client, shown| {
        let mut store = Store::open_for_sync(data_dir, Utc::now())?;
        let site = site_of(&store, settings)?;
        let options = Options::from_env(pull);
        let outcome = crate::district::sync::sync(
            &mut store,
            client,
            shown,
            &site,
            &options,
            &mut progress_line(lang),
        )?;
        let mut lines = summary_lines(&outcome.pushed, lang);
        if let Some(p) = outcome.pulled {
            lines.push(fill(
                t.pull_summary,
                &[
                    ("added", &p.added),
                    ("updated", &p.updated),
                    ("merged", &p.merged),
                    ("erased", &p.erased),
                ],
            ));
            if !p.clashes.is_empty() {
                let codes: Vec<String> = p.clashes.iter().map(|c| escape_controls(c)).collect();
                lines.push(fill(
                    t.pull_clashes,
                    &[("count", &p.clashes.len()), ("codes", &codes.join("、"))],
                ));
            }
        }
        Ok(lines)
    })
}

/// `zhulao data pack` and `zhulao data import`.
pub fn data(
    cmd: &DataCommand,
    data_dir: &Path,
    settings: &Settings,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<bool> {
    let t = &lang.text().district;
    let result = match cmd {
        DataCommand::Pack { output, all } => (|| {
            let mut store = Store::open(data_dir, Utc::now())?;
            let site = site_of(&store, settings)?;
            let header = pack::write(&mut store, output, &site, *all, &timestamp(Utc::now()))?;
            Ok(vec![fill(
                t.pack_written,
                &[
                    ("path", &escape_controls(&output.display().to_string())),
                    ("count", &with_commas(header.changes)),
                ],
            )])
        })(),
        DataCommand::Import { file, to, receipt } => import(file, to.as_deref(), data_dir, lang)
            .and_then(|lines| {
                if let Some(path) = receipt {
                    let text = lines.join("\n") + "\n";
                    crate::fsio::write_atomically(path, text.as_bytes()).map_err(|e| {
                        DistrictError::PackWrite {
                            path: path.clone(),
                            detail: e.to_string(),
                        }
                    })?;
                    let mut lines = lines;
                    lines.push(fill(
                        t.receipt_written,
                        &[("path", &escape_controls(&path.display().to_string()))],
                    ));
                    return Ok(lines);
                }
                Ok(lines)
            }),
        _ => unreachable!("commands::learner::data"),
    };
    report(result, lang, out)
}

/// Checks the whole pack, then loads it into the district database (`to`) or here; the
/// receipt's lines.
fn import(
    file: &Path,
    to: Option<&str>,
    data_dir: &Path,
    lang: Lang,
) -> Result<Vec<String>, DistrictError> {
    let t = &lang.text().district;
    let (header, changes) = pack::read(file)?;
    let origin = Origin {
        machine: header.machine,
        site: header.site.clone(),
    };
    let (place, pushed) = match to {
        Some(url) => {
            let (mut client, shown) = open_server(url)?;
            schema::check(&mut client, &shown)?;
            let mut pushed = Pushed::default();
            let mut tx = client.transaction()?;
            crate::district::server::push::register(&mut tx, &origin)?;
            tx.commit()?;
            for batch in changes.chunks(crate::district::sync::BATCH_ROWS) {
                let mut tx = client.transaction()?;
                let done = crate::district::server::push::apply(&mut tx, &origin, batch)?;
                tx.commit()?;
                pushed.add(done);
            }
            (shown, pushed)
        }
        None => {
            let mut store = Store::open(data_dir, Utc::now())?;
            let pushed = store.apply_changes(&changes)?;
            (t.receipt_local.to_string(), pushed)
        }
    };
    let mut lines = vec![
        t.receipt_title.to_string(),
        fill(
            t.receipt_from,
            &[
                ("site", &escape_controls(&header.site)),
                ("machine", &header.machine),
                ("created", &escape_controls(&header.created)),
            ],
        ),
        fill(t.receipt_into, &[("place", &place)]),
        fill(
            t.receipt_total,
            &[
                ("sent", &with_commas(pushed.tally.sent)),
                (
                    "new",
                    &with_commas(pushed.tally.sent - pushed.tally.already),
                ),
                ("already", &with_commas(pushed.tally.already)),
            ],
        ),
    ];
    for (kind, tally) in &pushed.by_kind {
        let name = match kind {
            Kind::Learners => t.kind_learners,
            Kind::Classes => t.kind_classes,
            Kind::Events => t.kind_events,
            Kind::Visits => t.kind_visits,
            Kind::Plans => t.kind_plans,
        };
        lines.push(fill(
            t.receipt_kind,
            &[
                ("kind", &name),
                ("new", &with_commas(tally.sent - tally.already)),
                ("already", &with_commas(tally.already)),
            ],
        ));
    }
    if !pushed.clashes.is_empty() {
        let codes: Vec<String> = pushed.clashes.iter().map(|c| escape_controls(c)).collect();
        lines.push(fill(t.sync_clashes, &[("codes", &codes.join("、"))]));
    }
    Ok(lines)
}
