//! Exports started from the home screen: the work runs after a "please wait" frame, and the
//! home screen says where the file went (or why it could not be written).

use super::run::App;

impl App {
    /// Writes the progress sheet (all learners, all lessons) to the exports folder and says
    /// where on the home screen.
    pub fn export_progress(&mut self, now: chrono::NaiveDateTime) {
        self.pending_export = false;
        let lang = self.home.lang;
        let s = &lang.text().ui;
        let (Some(store), Some(dir)) = (&self.store, &self.data_dir) else {
            self.home.notice = Some(s.class_needs_store.to_string());
            return;
        };
        let lessons = crate::lesson::catalog::read_all(&self.home.lessons);
        let path = crate::export::screen_export_path(dir, s.export_progress_sheet, now);
        let shown = crate::lesson::sanitize::escape_controls(&path.display().to_string());
        self.home.notice = Some(
            match crate::export::progress::progress_sheets(store, &lessons, lang, true) {
                Ok(sheets) => match crate::export::write_xlsx_creating(&sheets, &path) {
                    Ok(()) => {
                        let rows = sheets.first().map_or(0, |s| s.rows.len());
                        crate::i18n::fill(s.export_written, &[("path", &shown), ("rows", &rows)])
                    }
                    Err(e) => crate::i18n::fill(
                        s.export_failed,
                        &[(
                            "detail",
                            &crate::lesson::sanitize::escape_controls(&e.to_string()),
                        )],
                    ),
                },
                Err(e) => e.message(lang),
            },
        );
    }
}
