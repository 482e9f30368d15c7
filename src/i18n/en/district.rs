//! The district texts in English.

use crate::i18n::{DistrictText, Template};

/// The district texts in English.
pub(in crate::i18n) const DISTRICT: DistrictText = DistrictText {
    machine_line: Template("This machine's id: {uuid}"),
    site_line: Template("Site: {site}"),
    site_unset: "Site: not set yet (set it with zhulao setup --site NAME)",
    site_set: Template("Site set: {site}"),
    pool_line: Template("New learner codes the district reserved for this machine: {count} left"),
    synced_line: Template("Last upload to the district: {at}"),
    never_synced: "Never uploaded to the district",
    pending_line: Template("Records waiting to be uploaded: {count}"),
    init_done: Template("The district database is ready (version {from} → {to}): {url}"),
    init_current: Template("The district database is up to date (version {version}): {url}"),
    sync_progress: Template("Uploading: {done} / {total} records"),
    sync_summary: Template("Uploaded {sent} records, {already} duplicates"),
    sync_clashes: Template(
        "Note: these learner codes are also held by someone at another site (most likely old cards): {codes}. Both records are kept; please print one of them a new card.",
    ),
    pull_summary: Template(
        "Taken from the district: {added} new learners, {updated} with a newer name or notes, {merged} merges, {erased} erased",
    ),
    pull_clashes: Template(
        "{count} learners of the district hold a code a learner here holds, and were not taken: {codes}. They sign in at their own site, or get a new card.",
    ),
    pack_written: Template(
        "Pack written: {path}, {count} records. At the district, run: zhulao data import FILE",
    ),
    receipt_title: "Pack receipt",
    receipt_from: Template("From: {site} (machine {machine}), packed {created}"),
    receipt_total: Template("{sent} records in all: {new} new, {already} there already"),
    receipt_kind: Template("  {kind}: {new} new, {already} there already"),
    receipt_into: Template("Received into: {place}"),
    receipt_local: "this machine's progress database",
    receipt_written: Template("Receipt written to: {path}"),
    kind_learners: "Learners",
    kind_classes: "Classes and attendance",
    kind_events: "Progress records",
    kind_visits: "Kiosk visits",
    kind_plans: "Planned sessions",
    bad_url: Template(
        "The district database address \"{url}\" is wrong: {detail}. It should look like postgres://user:password@server:5432/database?sslmode=require",
    ),
    connect_failed: Template(
        "Cannot reach the district database {url}: {detail}. Check the network, the address, the user name and the password.",
    ),
    tls_failed: Template("The encrypted connection failed: {detail}"),
    not_initialized: Template(
        "The district database {url} has no zhulao tables yet. Whoever runs the database should first run: zhulao district init URL",
    ),
    older_server: Template(
        "The district database {url} has the tables of an older zhulao. Whoever runs the database should first run: zhulao district init URL (it upgrades them)",
    ),
    newer_server: Template(
        "The district database was made by a newer zhulao (version {found}; this program knows up to {supported}). Please upgrade zhulao on this machine first.",
    ),
    server_error: Template("The district database reported an error: {detail}"),
    pack_open: Template("Cannot open the pack {path}: {detail}"),
    pack_write: Template("The pack {path} was not written: {detail}"),
    pack_not_a_pack: Template("{path} is not a zhulao pack."),
    pack_version: Template(
        "The pack {path} was made by a newer zhulao (format version {found}). Please upgrade zhulao on this machine first.",
    ),
    pack_damaged: Template(
        "The pack {path} is damaged or incomplete ({detail}); nothing was imported. Run zhulao data pack --all at that site again and copy it once more.",
    ),
    report_from: Template(
        "Counted from the district database ({url}): {sites} sites have sent records.",
    ),
    bureau_learners: "Learners (codes only, no names)",
    bureau_code: "Code",
    bureau_sessions: "Class sessions",
    bureau_kiosk: "Kiosk lessons",
    bureau_hours: "Hours",
    bureau_no_code: "(no longer listed)",
    bureau_note: "This sheet holds learner codes and figures only, no one's name (neither learners nor trainers nor assistants). Hours: a class session counts its whole time, a kiosk visit its time shared among its lessons, summed and rounded to 0.1 h.",
    bureau_written: Template("Written {path}: {learners} learners, by code only, no names."),
};
