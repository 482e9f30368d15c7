//! The district's PostgreSQL database: connecting ([`connect`]), its schema ([`schema`]),
//! sending changes ([`push`]) and taking learners back ([`pull`]).

pub mod connect;
pub mod pull;
pub mod push;
pub mod schema;

/// A server error as one line: the server's own message and detail when it sent one.
pub fn error_text(e: &postgres::Error) -> String {
    let text = match e.as_db_error() {
        Some(db) => match db.detail() {
            Some(detail) => format!("{} ({detail})", db.message()),
            None => db.message().to_string(),
        },
        None => {
            let mut text = e.to_string();
            let mut source = std::error::Error::source(e);
            while let Some(s) = source {
                text.push_str(": ");
                text.push_str(&s.to_string());
                source = s.source();
            }
            text
        }
    };
    crate::lesson::sanitize::escape_controls(&text)
}
