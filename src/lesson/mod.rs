//! Lessons: the file format, loading and validation, sanitising, and the JSON Schema.

pub mod bundled;
pub mod catalog;
pub mod error;
pub mod header;
pub mod index;
pub mod library;
pub mod model;
pub mod parse;
pub mod raw;
pub mod sanitize;
pub mod source;
pub mod validate;

pub use catalog::{Catalog, Entry, Unchecked};
pub use error::{Diagnostic, Problem};
pub use header::Header;
pub use library::{BrokenLesson, Library, LoadedLesson, Origin, check_paths};
pub use model::{Category, Element, Lesson, Level, Question, Screen, Step, Task};
pub use parse::parse_lesson;
pub use sanitize::{sanitize, sanitize_line};

/// The commented template `zhulao lesson new` writes; `{id}` is replaced by the new id.
const TEMPLATE: &str = include_str!("template.toml");

/// A new lesson file for `id`, with comments explaining each key; it passes the checker.
pub fn template(id: &str) -> String {
    TEMPLATE.replace("{id}", id)
}

/// The JSON Schema of lesson files, generated from the same serde types the loader uses.
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(raw::RawLesson);
    serde_json::to_string_pretty(&schema).expect("a schema always serialises")
}
