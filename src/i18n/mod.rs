//! The interface language and the one catalogue of every user-visible text.
//!
//! - [`Lang`]: the interface language, as `--lang zh|en` and the settings file name it.
//! - [`Lang::text`]: its catalogue; a lookup reads `lang.text().class.grid_title`.
//! - [`Lang::next`]: the language after it, for the settings screen's switch.
//! - [`Text`] and its groups (`catalogue/`): every text, grouped by where it is shown.
//! - [`Template`]: a text with `{name}` placeholders, usable only through [`fill`].
//! - [`fill`]: a template with its values put in.
//! - [`fill_escaped`]: the same, with the template's own words escaped (for HTML).
//!
//! The catalogue covers the screens, the class and kiosk modes, the command line, the
//! exports, and the problems found in lesson files and the progress store. Each language is
//! one `static` value of [`Text`] in its own file (`zh.rs`, `en.rs`), so a text missing
//! from a language is a compile error, and a text shown in two places is one field both
//! read. Tests (`check.rs`) walk every language: no text is empty, every template has the
//! same placeholders in every language, and `fill` panics in debug builds when a caller's
//! values and a template's placeholders differ.
//!
//! A new language touches two files: its own `xx.rs` (`pub(super) static TEXT: Text = …`)
//! and this one, for its `mod xx;` line, its `Lang` variant (which `--lang` and the settings
//! file then accept) and its arm in [`Lang::text`]. Nothing else matches on `Lang`. The
//! test-only `Pseudo` language (`pseudo.rs`: the English text in brackets) is added that way.

use std::fmt::{Display, Write as _};

use clap::ValueEnum;

/// Defines the catalogue's structs as written and, for tests, their `check::Walk`.
macro_rules! catalogue {
    ($(
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$field_meta:meta])* pub $field:ident : $ty:ty ),* $(,)?
        }
    )*) => {$(
        $(#[$meta])*
        #[derive(Debug)]
        pub struct $name {
            $( $(#[$field_meta])* pub $field: $ty ),*
        }

        #[cfg(test)]
        impl $crate::i18n::check::Walk for $name {
            fn walk(&self, path: &str, f: &mut dyn FnMut(&str, $crate::i18n::check::Entry)) {
                $( self.$field.walk(&format!("{path}.{}", stringify!($field)), f); )*
            }

            fn map(&self, f: &dyn Fn(&'static str) -> &'static str) -> Self {
                $name { $( $field: self.$field.map(f) ),* }
            }
        }
    )*};
}

mod catalogue;
#[cfg(test)]
mod check;
mod en;
mod en_authoring;
mod en_room;
mod en_week;
#[cfg(test)]
mod pseudo;
mod reports_en;
mod reports_zh;
mod zh;
mod zh_authoring;
mod zh_room;
mod zh_week;

pub use catalogue::*;

/// The language of the interface. Lessons keep their own language.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// 简体中文
    #[default]
    Zh,
    /// English
    En,
    /// Test only: the English text in brackets.
    #[cfg(test)]
    Pseudo,
}

impl Lang {
    /// The language after this one, for the settings screen's language switch.
    pub fn next(self) -> Lang {
        let all = <Lang as ValueEnum>::value_variants();
        let at = all.iter().position(|l| *l == self).unwrap_or(0);
        all[(at + 1) % all.len()]
    }

    /// Every text of the interface in this language.
    pub fn text(self) -> &'static Text {
        match self {
            Lang::Zh => &zh::TEXT,
            Lang::En => &en::TEXT,
            #[cfg(test)]
            Lang::Pseudo => &pseudo::TEXT,
        }
    }
}

/// A text with `{name}` placeholders; only [`fill`] makes a string of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Template(&'static str);

/// The template with each `{name}` replaced by its value (values are not searched again).
pub fn fill(template: Template, args: &[(&str, &dyn Display)]) -> String {
    fill_escaped(template, &|words| words.to_string(), args)
}

/// Like [`fill`], with the template's own words passed through `escape` (for HTML, say).
pub fn fill_escaped(
    template: Template,
    escape: &dyn Fn(&str) -> String,
    args: &[(&str, &dyn Display)],
) -> String {
    let text = template.0;
    let mut out = String::with_capacity(text.len() + 16);
    let mut words = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        words.push_str(&rest[..open]);
        rest = &rest[open..];
        let Some(name) = placeholder_at(rest) else {
            words.push('{');
            rest = &rest[1..];
            continue;
        };
        out.push_str(&escape(&std::mem::take(&mut words)));
        // A placeholder without a value, or a value without a placeholder, means the call
        // and the catalogue disagree: loud in debug builds, left as written in release.
        match args.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => {
                let _ = write!(out, "{value}");
            }
            None if cfg!(debug_assertions) => panic!("no value for {{{name}}} in {text:?}"),
            None => out.push_str(&rest[..name.len() + 2]),
        }
        rest = &rest[name.len() + 2..];
    }
    words.push_str(rest);
    out.push_str(&escape(&words));
    if cfg!(debug_assertions) {
        let names = placeholders(text);
        if let Some((extra, _)) = args.iter().find(|(n, _)| !names.contains(n)) {
            panic!("{{{extra}}} is not in {text:?}");
        }
    }
    out
}

/// The name of the placeholder `s` starts with: `{` then lowercase letters or `_`, then `}`.
fn placeholder_at(s: &str) -> Option<&str> {
    let inner = s.strip_prefix('{')?;
    let name = &inner[..inner.find('}')?];
    let valid = !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
    valid.then_some(name)
}

/// Every placeholder name in a text, in order, repeats included.
fn placeholders(text: &str) -> Vec<&str> {
    text.match_indices('{')
        .filter_map(|(at, _)| placeholder_at(&text[at..]))
        .collect()
}
