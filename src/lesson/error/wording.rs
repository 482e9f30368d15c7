//! Turning the TOML parser's and serde's English wording into plain words.

use crate::i18n::{Lang, fill};
use crate::lesson::sanitize::escape_controls;

/// The TOML parser's message in the UI language: the catalogue's phrase for how it
/// starts, or the message as it is, framed as the catalogue says.
pub(super) fn syntax_detail(message: &str, lang: Lang) -> String {
    let t = &lang.text().lesson_errors;
    match t
        .syntax_phrases
        .iter()
        .find(|(en, _)| message.starts_with(en))
    {
        Some((_, phrase)) => phrase.to_string(),
        None => fill(t.syntax_unworded, &[("detail", &message)]),
    }
}

/// Names a TOML value type (as serde describes it) in the UI language.
pub(super) fn type_name(t: &str, lang: Lang) -> String {
    let names = &lang.text().lesson_errors.types;
    match type_key(t) {
        "string" => names.string.into(),
        "integer" => names.integer.into(),
        "float" => names.float.into(),
        "bool" => names.bool.into(),
        "array" => names.array.into(),
        "table" => names.table.into(),
        "datetime" => names.datetime.into(),
        _ => escape_controls(t),
    }
}

/// Maps serde's wording of a type ("a string", "i64", "struct RawStep", "integer `3`") to one word.
pub(crate) fn type_key(t: &str) -> &'static str {
    let t = t.trim();
    let head = t
        .split([' ', '`'])
        .find(|w| !w.is_empty() && *w != "a" && *w != "an");
    match head.unwrap_or("") {
        "string" | "str" | "String" | "char" => "string",
        "integer" | "i64" | "i32" | "u32" | "u64" | "usize" => "integer",
        "floating" | "float" | "f64" | "f32" => "float",
        "boolean" | "bool" => "bool",
        "sequence" | "array" | "Vec" => "array",
        "map" | "struct" | "table" => "table",
        "datetime" => "datetime",
        _ if t.starts_with("enum") || t.starts_with("variant") => "string",
        _ => "",
    }
}
