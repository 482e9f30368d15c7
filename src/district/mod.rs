//! A district of sites (seeds 003 and 004: 1+18+N sites reporting to one bureau): every
//! laptop and kiosk sends its rows to one PostgreSQL database, online (`zhulao sync --to
//! URL`) or on a USB stick (`zhulao data pack`, `zhulao data import`).
//!
//! - [`identity`]: the machine's uuid and site, and district-wide learner codes.
//! - [`change`]: a row as it travels, keyed by uuids only.
//! - [`decide`]: the newest name wins, a merge leaves an alias, an erasure a tombstone (pure).
//! - [`outbox`]: the local rows to send, filled by triggers, read in batches; a cursor per
//!   destination, moved only once the destination has kept a batch.
//! - [`server`]: the district database: connecting over TLS, its schema, sending, pulling.
//! - [`local`]: taking the district's learners, merges and erasures into this machine.
//! - [`sync`]: `zhulao sync`: batches, progress, the summary.
//! - [`pack`]: the file a site without network carries to the centre.
//! - [`report`]: the statistics read from the district database (`report … --district`).
//! - [`progress`]: the progress sheet read from it (`export progress --district`).
//!
//! Conflicts. Steps, answers and visits are append-only: keyed by uuid, sent twice they
//! are stored once. A learner's name and notes are edits with a time: the newest wins on
//! the server and at every site that pulls. A merge leaves the record merged away as an
//! alias of the one kept, on the server and at every site that pulls, so rows arriving
//! later under the old uuid find the person; an erasure leaves only a tombstone (the uuid),
//! and rows about an erased learner that arrive later are dropped.

pub mod change;
pub mod decide;
pub mod error;
pub mod identity;
pub mod import_local;
pub mod local;
pub mod outbox;
pub mod pack;
pub mod progress;
pub mod report;
pub mod server;
pub mod sync;

pub use change::{Change, Kind, Tally};
pub use error::DistrictError;
pub use identity::Machine;
