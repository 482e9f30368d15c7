//! What an import would do, row by row, before anything is written: the names cleaned
//! (control and invisible characters removed, the spaces that line up two-character names
//! dropped), broken rows said plainly, the same person twice taken once, and people of the
//! same name, in the sheet or already in the store, pointed out.

use std::collections::HashMap;

use super::columns::{Columns, Role};
use super::sheet::Grid;
use crate::lesson::sanitize::is_dangerous;
use crate::progress::Learner;
use crate::progress::learners::MAX_NAME_CHARS;

/// The longest notes the store keeps, in characters.
const MAX_NOTES: usize = 200;

/// Why a row is not imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The name cell is empty though the row holds something.
    NoName,
    /// The name is longer than the store takes; how many characters it has.
    NameTooLong(usize),
    /// The name holds digits (a phone number or a count typed in the wrong column).
    NameHasDigits(String),
    /// The name holds a colon: a line such as "填表人：张华", not a learner.
    NotAName(String),
    /// The same name and phone as an earlier row (its number).
    SameAs(usize),
    /// Already in the store, with the same name and the same notes (its code).
    AlreadyIn(String),
}

/// Something worth a look in a row that is imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Flag {
    /// Invisible or control characters were removed from the name.
    Cleaned,
    /// Other rows (their numbers) have the same name but are other people.
    SameNameInSheet(Vec<usize>),
    /// Learners in the store (their codes) have the same name.
    SameNameInStore(Vec<String>),
    /// The phone number, as written, does not have the digits of one.
    OddPhone(String),
}

/// One row of the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    /// Imported as a new learner.
    Add {
        /// The sheet's row number.
        row: usize,
        /// The name as it will be stored.
        name: String,
        /// The notes as they will be stored (may be empty).
        notes: String,
        /// What is worth a look.
        flags: Vec<Flag>,
    },
    /// Not imported.
    Skip {
        /// The sheet's row number.
        row: usize,
        /// The name as read (cleaned), for the message.
        name: String,
        /// Why not.
        problem: Problem,
    },
}

/// How the notes are made from a row: the words around the community and the phone's
/// last digits, in the interface language.
pub struct NoteWords<'a> {
    /// Made of the community, e.g. "社区：东城".
    pub community: &'a dyn Fn(&str) -> String,
    /// Made of the phone's last four digits, e.g. "电话尾号 5678".
    pub phone: &'a dyn Fn(&str) -> String,
    /// Between two parts, e.g. "；".
    pub joiner: &'a str,
}

/// True for characters that show nothing: zero-width spaces and joiners, the word joiner,
/// soft hyphens, variation selectors, Hangul fillers and the like.
fn is_invisible(c: char) -> bool {
    is_dangerous(c)
        || matches!(c,
            '\u{00ad}' | '\u{034f}' | '\u{115f}' | '\u{1160}' | '\u{17b4}' | '\u{17b5}'
            | '\u{180b}'..='\u{180f}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}' | '\u{3164}' | '\u{fe00}'..='\u{fe0f}' | '\u{ffa0}'
            | '\u{e0000}'..='\u{e007f}'
        )
}

/// True for a Chinese character (or the middle dot in names such as 阿依古丽·买买提).
fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}'
        | '\u{20000}'..='\u{3134f}' | '·' | '•' | '・')
}

/// A name as it is stored: control and invisible characters removed, every kind of space
/// made one plain space, trimmed; a Chinese name loses its inner spaces ("王  英" lined up
/// under three-character names is 王英). True when something invisible was removed.
pub fn clean_name(raw: &str) -> (String, bool) {
    let mut cleaned = false;
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in raw.chars() {
        if c.is_whitespace() || c == '\u{3000}' {
            if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
        } else if is_invisible(c) {
            cleaned = true;
        } else {
            word.push(c);
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    let all_han = words.iter().all(|w| w.chars().all(is_han));
    let name = if all_han {
        words.concat()
    } else {
        words.join(" ")
    };
    (name, cleaned)
}

/// One-line text from a cell: control and invisible characters removed, spaces joined.
fn clean_text(raw: &str) -> String {
    let kept: String = raw
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .filter(|c| !is_invisible(*c))
        .collect();
    kept.split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The digits of a phone cell.
fn digits(phone: &str) -> String {
    phone.chars().filter(char::is_ascii_digit).collect()
}

/// True when the digits could be a phone number: a mobile (11 digits from 1, maybe with
/// 86 before), or a fixed line of 7 or 8 digits, maybe with an area code.
fn plausible_phone(d: &str) -> bool {
    let d = d.strip_prefix("86").filter(|r| r.len() == 11).unwrap_or(d);
    (d.len() == 11 && d.starts_with('1')) || (7..=12).contains(&d.len()) && !d.starts_with('1')
}

/// What importing `grid` read through `columns` would do, given the learners already in
/// the store. Rows with nothing in the columns read are left out.
pub fn plan(grid: &Grid, columns: &Columns, existing: &[Learner], words: &NoteWords) -> Vec<Line> {
    let col = |role| columns.of(role);
    let mut lines = Vec::new();
    // (name, phone digits) → the first row with them; name → rows added with it.
    let mut seen: HashMap<(String, String), usize> = HashMap::new();
    let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
    for row in grid.rows.iter().skip(columns.first_data_row()) {
        // A row with nothing in the columns read (a blank row, a pre-numbered empty
        // line, a note in another column under the table) is no learner.
        if columns
            .roles
            .iter()
            .all(|(_, c, _)| row.cell(*c).trim().is_empty())
        {
            continue;
        }
        let raw = col(Role::Name).map_or("", |c| row.cell(c));
        let (name, cleaned) = clean_name(raw);
        let skip = |problem| Line::Skip {
            row: row.number,
            name: name.clone(),
            problem,
        };
        let count = name.chars().count();
        if name.is_empty() {
            lines.push(skip(Problem::NoName));
            continue;
        }
        if name
            .chars()
            .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
        {
            lines.push(skip(Problem::NameHasDigits(name.clone())));
            continue;
        }
        if name.contains([':', '：']) {
            lines.push(skip(Problem::NotAName(name.clone())));
            continue;
        }
        if count > MAX_NAME_CHARS {
            lines.push(skip(Problem::NameTooLong(count)));
            continue;
        }
        let phone_raw = col(Role::Phone).map_or(String::new(), |c| clean_text(row.cell(c)));
        let phone = digits(&phone_raw);
        if let Some(first) = seen.get(&(name.clone(), phone.clone())) {
            lines.push(skip(Problem::SameAs(*first)));
            continue;
        }
        let mut parts = Vec::new();
        if let Some(c) = col(Role::Community).map(|c| clean_text(row.cell(c)))
            && !c.is_empty()
        {
            parts.push((words.community)(&c));
        }
        if let Some(n) = col(Role::Notes).map(|c| clean_text(row.cell(c)))
            && !n.is_empty()
        {
            parts.push(n);
        }
        if phone.len() >= 4 {
            parts.push((words.phone)(&phone[phone.len() - 4..]));
        }
        let notes: String = parts.join(words.joiner).chars().take(MAX_NOTES).collect();
        let same: Vec<&Learner> = existing.iter().filter(|l| l.display_name == name).collect();
        if let Some(l) = same.iter().find(|l| l.notes.trim() == notes) {
            lines.push(skip(Problem::AlreadyIn(l.code.clone())));
            continue;
        }
        let mut flags = Vec::new();
        if cleaned {
            flags.push(Flag::Cleaned);
        }
        if !phone_raw.is_empty() && !plausible_phone(&phone) {
            flags.push(Flag::OddPhone(phone_raw.clone()));
        }
        if !same.is_empty() {
            flags.push(Flag::SameNameInStore(
                same.iter().map(|l| l.code.clone()).collect(),
            ));
        }
        seen.insert((name.clone(), phone), row.number);
        by_name.entry(name.clone()).or_default().push(row.number);
        lines.push(Line::Add {
            row: row.number,
            name,
            notes,
            flags,
        });
    }
    // Same-name people are known only once the whole sheet is read.
    for line in &mut lines {
        if let Line::Add {
            row, name, flags, ..
        } = line
        {
            let others: Vec<usize> = by_name[name.as_str()]
                .iter()
                .copied()
                .filter(|r| r != row)
                .collect();
            if !others.is_empty() {
                flags.push(Flag::SameNameInSheet(others));
            }
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_lose_what_cannot_be_seen() {
        assert_eq!(clean_name("王秀英"), ("王秀英".into(), false));
        assert_eq!(
            clean_name(" 王\u{200b}秀英\u{feff} "),
            ("王秀英".into(), true)
        );
        assert_eq!(clean_name("王\u{1b}[31m英"), ("王[31m英".into(), true));
        assert_eq!(clean_name("王　　英"), ("王英".into(), false));
        assert_eq!(clean_name("王  英"), ("王英".into(), false));
        assert_eq!(
            clean_name("阿依古丽·买买提"),
            ("阿依古丽·买买提".into(), false)
        );
        assert_eq!(
            clean_name(" Maria\u{a0}\u{a0}Lopez \u{202e}"),
            ("Maria Lopez".into(), true)
        );
        assert_eq!(clean_name("\u{200b}\u{200d}"), (String::new(), true));
    }

    #[test]
    fn phones() {
        assert!(plausible_phone("13800138000"));
        assert!(plausible_phone("8613800138000"));
        assert!(plausible_phone("051985123456"));
        assert!(plausible_phone("85123456"));
        assert!(!plausible_phone("12345"));
        assert!(!plausible_phone("1380013800"));
    }
}
