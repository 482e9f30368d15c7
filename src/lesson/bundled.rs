//! The lessons compiled into the program, and the headers `build.rs` read from them so the
//! list shows them without parsing a file.

use super::header::Header;
use super::model::{Category, LessonId, Level};
use super::sanitize::{sanitize, sanitize_line};

// The generated tables name `super::BundledHeader`.
mod generated {
    include!(concat!(env!("OUT_DIR"), "/bundled_lessons.rs"));
}

/// The lessons compiled into the program: (file name, contents).
pub fn bundled_files() -> &'static [(&'static str, &'static str)] {
    generated::BUNDLED
}

/// The headers `build.rs` read from the bundled lessons, in the same order.
fn bundled_header_table() -> &'static [Option<BundledHeader>] {
    generated::BUNDLED_HEADERS
}

/// A bundled lesson's header as `build.rs` wrote it: the file's own text for each key.
#[derive(Debug)]
pub struct BundledHeader {
    /// The lesson's `id`, not yet checked.
    pub id: &'static str,
    /// The `title` as written, before sanitising.
    pub title: &'static str,
    /// The `summary` as written, before sanitising.
    pub summary: &'static str,
    /// The `category` as written, a Chinese name such as `基础操作`.
    pub category: &'static str,
    /// The `level` as written, a Chinese name such as `入门`.
    pub level: &'static str,
    /// The `estimated_minutes`.
    pub minutes: u32,
    /// How many `[[steps]]` the file has.
    pub steps: usize,
    /// How many `[[quiz]]` questions the file has.
    pub questions: usize,
}

impl BundledHeader {
    /// The header as the checker would give it; None for anything the checker would
    /// refuse, so that file is parsed in full and its problems shown.
    fn header(&self) -> Option<Header> {
        use serde::Deserialize;
        use serde::de::value::{Error, StrDeserializer};
        let category = Category::deserialize(StrDeserializer::<Error>::new(self.category)).ok()?;
        let level = Level::deserialize(StrDeserializer::<Error>::new(self.level)).ok()?;
        // The texts as the checker cleans them; then the same rules as any header.
        let header = Header {
            id: LessonId::new_unchecked(self.id.to_string()),
            title: sanitize_line(self.title).trim().to_string(),
            summary: sanitize(self.summary).trim().to_string(),
            category,
            level,
            estimated_minutes: self.minutes,
            steps: self.steps,
            questions: self.questions,
        };
        Some(header).filter(Header::could_be_checked)
    }
}

/// The headers `build.rs` wrote for the bundled lessons, in `bundled_files()` order.
pub fn bundled_headers() -> impl Iterator<Item = Option<Header>> {
    bundled_header_table()
        .iter()
        .map(|h| h.as_ref().and_then(BundledHeader::header))
}
