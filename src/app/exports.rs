//! Exports started from the home screen: the work runs after a "please wait" frame, and the
//! home screen says where the file went (or why it could not be written).

use super::run::App;
use crate::lesson::sanitize::escape_controls;
use crate::progress::Store;

/// Writes the progress sheet (all learners, all lessons) to the exports folder; returns what
/// the home screen says about it.
pub fn export_progress(
    store: Option<&Store>,
    dir: Option<&std::path::Path>,
    app: &App,
    now: chrono::NaiveDateTime,
) -> String {
    let lang = app.home.lang;
    let s = &lang.text().ui;
    let (Some(store), Some(dir)) = (store, dir) else {
        return s.class_needs_store.to_string();
    };
    let lessons = crate::lesson::catalog::read_all(&app.home.lessons);
    let path = crate::export::screen_export_path(dir, s.export_progress_sheet, now);
    let shown = escape_controls(&path.display().to_string());
    match crate::export::progress::progress_sheets(store, &lessons, lang, true) {
        Ok(sheets) => match crate::export::write_xlsx_creating(&sheets, &path) {
            Ok(()) => {
                let rows = sheets.first().map_or(0, |s| s.rows.len());
                crate::i18n::fill(s.export_written, &[("path", &shown), ("rows", &rows)])
            }
            Err(e) => crate::i18n::fill(
                s.export_failed,
                &[("detail", &escape_controls(&e.to_string()))],
            ),
        },
        Err(e) => e.message(lang),
    }
}
