//! The district's PostgreSQL database: connecting ([`connect`]), its schema ([`schema`]),
//! sending changes ([`push`]) and taking learners back ([`pull`]).

pub mod connect;
pub mod pull;
pub mod push;
pub mod schema;

pub use super::error::server_error_text as error_text;
