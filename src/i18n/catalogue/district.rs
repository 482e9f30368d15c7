//! The texts of the district: `zhulao setup`, `district init`, `sync`, `data pack` and
//! `data import`, and what can go wrong with the district database or a pack.

use crate::i18n::Template;

catalogue! {
    /// A district of sites: the machine's identity, the district database, packs.
    pub struct DistrictText {
        /// `zhulao setup`: this machine's id, {uuid}.
        pub machine_line: Template,
        /// `zhulao setup`: this machine's site, {site}.
        pub site_line: Template,
        /// `zhulao setup`: no site set yet.
        pub site_unset: &'static str,
        /// `zhulao setup --site`: the site is now {site}.
        pub site_set: Template,
        /// `zhulao setup`: {count} codes the district reserved for this machine are left.
        pub pool_line: Template,
        /// `zhulao setup`: the last upload to the district, at {at}.
        pub synced_line: Template,
        /// `zhulao setup`: never uploaded to the district.
        pub never_synced: &'static str,
        /// `zhulao setup`: {count} records wait to be uploaded.
        pub pending_line: Template,
        /// `district init`: made or upgraded from version {from} to {to}, at {url}.
        pub init_done: Template,
        /// `district init`: already at version {version}, at {url}.
        pub init_current: Template,
        /// `sync` on the standard error: {done} of {total} records uploaded.
        pub sync_progress: Template,
        /// `sync`: {sent} records uploaded, {already} of them the district had already.
        pub sync_summary: Template,
        /// `sync`: the codes {codes} are held by someone else in the district as well.
        pub sync_clashes: Template,
        /// `sync --pull`: {added} new learners, {updated} updated, {merged} merges, {erased}
        /// erasures.
        pub pull_summary: Template,
        /// `sync --pull`: {count} learners not taken, their codes {codes} held here.
        pub pull_clashes: Template,
        /// `data pack`: written to {path}, {count} records.
        pub pack_written: Template,
        /// A receipt's title.
        pub receipt_title: &'static str,
        /// A receipt: from the site {site}, machine {machine}, packed at {created}.
        pub receipt_from: Template,
        /// A receipt: {sent} records, {new} new, {already} there before.
        pub receipt_total: Template,
        /// A receipt: one kind of record, {kind}: {new} new, {already} there before.
        pub receipt_kind: Template,
        /// A receipt: where it arrived, {place}.
        pub receipt_into: Template,
        /// The place of a receipt: this machine's database.
        pub receipt_local: &'static str,
        /// `data import --receipt`: the receipt was written to {path}.
        pub receipt_written: Template,
        /// The kind of record: learners and their edits.
        pub kind_learners: &'static str,
        /// The kind of record: class sessions, attendance, groups.
        pub kind_classes: &'static str,
        /// The kind of record: steps and answers.
        pub kind_events: &'static str,
        /// The kind of record: kiosk visits.
        pub kind_visits: &'static str,
        /// The kind of record: planned sessions.
        pub kind_plans: &'static str,
        /// The district URL {url} cannot be read: {detail}.
        pub bad_url: Template,
        /// The district database at {url} cannot be reached: {detail}.
        pub connect_failed: Template,
        /// The encrypted connection failed: {detail}.
        pub tls_failed: Template,
        /// The district database at {url} has no zhulao tables yet.
        pub not_initialized: Template,
        /// The district database at {url} has tables of an older zhulao.
        pub older_server: Template,
        /// The district database is of version {found}; this program knows up to {supported}.
        pub newer_server: Template,
        /// The district database answered with an error: {detail}.
        pub server_error: Template,
        /// The pack {path} cannot be opened: {detail}.
        pub pack_open: Template,
        /// The pack {path} could not be written: {detail}.
        pub pack_write: Template,
        /// The file {path} is not a zhulao pack.
        pub pack_not_a_pack: Template,
        /// The pack {path} is of format version {found}, newer than this program's.
        pub pack_version: Template,
        /// The pack {path} is damaged or incomplete ({detail}); nothing was imported.
        pub pack_damaged: Template,
        /// `report --district`: counted from the district database at {url}, {sites} sites.
        pub report_from: Template,
        /// The bureau file: the learners' sheet.
        pub bureau_learners: &'static str,
        /// The bureau file: the learner's code.
        pub bureau_code: &'static str,
        /// The bureau file: class sessions attended.
        pub bureau_sessions: &'static str,
        /// The bureau file: lessons practised at a kiosk.
        pub bureau_kiosk: &'static str,
        /// The bureau file: hours learned.
        pub bureau_hours: &'static str,
        /// The bureau file: a learner whose code is no longer known.
        pub bureau_no_code: &'static str,
        /// The bureau file: the note under the learners' sheet.
        pub bureau_note: &'static str,
        /// The bureau file written: {path}, {learners} learners.
        pub bureau_written: Template,
    }
}
