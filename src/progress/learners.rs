//! Learners: add, find, rename, merge; and recording events against them.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};

use super::error::{LearnerProblem, StoreError};
use super::model::{Learner, LearnerId, QuizEvent, StepEvent, timestamp};
use super::store::Store;
use crate::lesson::sanitize::sanitize_line;

/// Longest display name, in characters.
pub const MAX_NAME_CHARS: usize = 40;

fn learner_error(detail: LearnerProblem) -> StoreError {
    StoreError::Learner { detail }
}

/// A display name cleaned for storage: control characters removed, trimmed, capped.
pub fn clean_name(name: &str) -> Result<String, StoreError> {
    let name = without_invisibles(&sanitize_line(name)).trim().to_string();
    if name.is_empty() {
        return Err(learner_error(LearnerProblem::EmptyName));
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(learner_error(LearnerProblem::NameTooLong));
    }
    Ok(name)
}

/// `text` without the characters that show nothing (zero-width spaces and joiners,
/// direction marks, the byte-order mark, variation selectors, fillers, tags), so that no
/// name of 40 characters looks like "李华" and two names that look alike are alike.
pub fn without_invisibles(text: &str) -> String {
    text.chars().filter(|c| !is_invisible(*c)).collect()
}

fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{FFF0}'..='\u{FFF8}' | '\u{1D173}'..='\u{1D17A}'
        | '\u{E0000}'..='\u{E0FFF}')
}

/// True for learner codes: 3 to 12 ASCII digits.
pub fn is_valid_code(code: &str) -> bool {
    (3..=12).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_digit())
}

/// The masked form of a name for screens others can see: 王秀英 → 王*英, 张华 → 张*. A
/// salutation (王女士, Mr Li) holds no given name and is left as it is.
pub fn masked_name(name: &str) -> String {
    if is_salutation(name) {
        return name.to_string();
    }
    let chars: Vec<char> = name.chars().collect();
    match chars.len() {
        0 => String::new(),
        1 => "*".into(),
        2 => format!("{}*", chars[0]),
        n => format!("{}{}{}", chars[0], "*".repeat(n - 2), chars[n - 1]),
    }
}

/// True for a name that is only a surname and a title: one Chinese character and 女士 or
/// 先生 (王女士), or Ms, Mr or Mrs and one word (Ms Wang, Mr 李).
fn is_salutation(name: &str) -> bool {
    let chars: Vec<char> = name.chars().collect();
    if let [surname, a, b] = chars[..] {
        return matches!((a, b), ('女', '士') | ('先', '生'))
            && ('\u{4e00}'..='\u{9fff}').contains(&surname);
    }
    ["Ms ", "Mr ", "Mrs "].iter().any(|title| {
        name.strip_prefix(title).is_some_and(|word| {
            !word.is_empty() && word.chars().count() <= 20 && word.chars().all(char::is_alphabetic)
        })
    })
}

fn row_to_learner(r: &rusqlite::Row) -> rusqlite::Result<Learner> {
    Ok(Learner {
        id: LearnerId(r.get(0)?),
        display_name: r.get(1)?,
        code: r.get(2)?,
        created: r.get(3)?,
        notes: r.get(4)?,
    })
}

/// Inserts one learner in `tx`, with `code` or a free one drawn from `codes`.
fn insert_learner(
    tx: &rusqlite::Transaction,
    name: &str,
    code: Option<String>,
    notes: &str,
    created: &str,
    codes: &mut super::code::CodeSource,
) -> rusqlite::Result<Result<Learner, LearnerProblem>> {
    let taken = |c: &str| -> rusqlite::Result<bool> {
        tx.query_row(
            "SELECT count(*) > 0 FROM learner WHERE code = ?1",
            [c],
            |r| r.get(0),
        )
    };
    let code = match code {
        Some(c) if taken(&c)? => return Ok(Err(LearnerProblem::CodeTaken(c))),
        Some(c) => c,
        None => {
            // A code the district reserved for this machine first (unique in the whole
            // district, see `crate::district::codes`); else drawn here.
            let pooled: Option<String> = tx
                .query_row(
                    "SELECT code FROM code_pool
                     WHERE code NOT IN (SELECT code FROM learner) ORDER BY code LIMIT 1",
                    [],
                    |r| r.get(0),
                )
                .optional()?;
            tx.execute(
                "DELETE FROM code_pool WHERE code IN (SELECT code FROM learner)",
                [],
            )?;
            if let Some(code) = &pooled {
                tx.execute("DELETE FROM code_pool WHERE code = ?1", [code])?;
            }
            // Random, with a check digit: the next number up is nobody's.
            let mut found = pooled.clone();
            let mut last = String::new();
            for _ in 0..if pooled.is_some() { 0 } else { 1000 } {
                let candidate = super::code::code_for(codes.next_body());
                if !taken(&candidate)? {
                    found = Some(candidate);
                    break;
                }
                last = candidate;
            }
            match found {
                Some(c) => c,
                // Only when nearly all 900,000 are taken.
                None => return Ok(Err(LearnerProblem::CodeTaken(last))),
            }
        }
    };
    let uuid = uuid::Uuid::new_v4();
    tx.execute(
        "INSERT INTO learner (uuid, display_name, code, created, notes) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![uuid.as_bytes().as_slice(), name, code, created, notes],
    )?;
    Ok(Ok(Learner {
        id: LearnerId(tx.last_insert_rowid()),
        display_name: name.to_string(),
        code,
        created: created.to_string(),
        notes: notes.to_string(),
    }))
}

const SELECT: &str = "SELECT id, display_name, code, created, notes FROM learner";

/// Writes down that a learner's `field` ("name" or "notes") changed to what it is now,
/// with the time, so the newest edit wins when sites are combined (see `crate::district`).
pub(crate) fn record_edit(
    tx: &rusqlite::Transaction,
    learner: LearnerId,
    field: &str,
) -> rusqlite::Result<()> {
    let column = if field == "name" {
        "display_name"
    } else {
        "notes"
    };
    tx.execute(
        &format!(
            "INSERT INTO learner_edit (uuid, learner, field, value, at)
             SELECT ?1, uuid, ?3, {column}, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
             FROM learner WHERE id = ?2"
        ),
        params![uuid::Uuid::new_v4().as_bytes().as_slice(), learner.0, field],
    )
    .map(drop)
}

impl Store {
    /// Adds a learner. Without a code, a free random one with a check digit is drawn (see
    /// [`super::code`]).
    pub fn add_learner(
        &mut self,
        name: &str,
        code: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<Learner, StoreError> {
        let name = clean_name(name)?;
        if let Some(c) = code
            && !is_valid_code(c)
        {
            return Err(learner_error(LearnerProblem::BadCode(c.to_string())));
        }
        let created = timestamp(now);
        let code = code.map(str::to_string);
        let code_was_drawn = code.is_none();
        let mut codes = self.codes.clone();
        let result = self.write(|tx| insert_learner(tx, &name, code, "", &created, &mut codes))?;
        if code_was_drawn {
            self.codes = codes;
        }
        result.map_err(learner_error)
    }

    /// Adds several learners (name and notes each, codes drawn) in one transaction: all of
    /// them, or, when one cannot be written, none. The error says which one (by index).
    pub fn add_learners(
        &mut self,
        people: &[(&str, &str)],
        now: DateTime<Utc>,
    ) -> Result<Vec<Learner>, (Option<usize>, StoreError)> {
        let mut cleaned = Vec::with_capacity(people.len());
        for (i, (name, notes)) in people.iter().enumerate() {
            let name = clean_name(name).map_err(|e| (Some(i), e))?;
            let notes: String = sanitize_line(notes).trim().chars().take(200).collect();
            cleaned.push((name, notes));
        }
        let created = timestamp(now);
        let mut codes = self.codes.clone();
        let mut at = None;
        let mut problem = None;
        let result = self.write(|tx| {
            let mut added = Vec::with_capacity(cleaned.len());
            for (i, (name, notes)) in cleaned.iter().enumerate() {
                at = Some(i);
                match insert_learner(tx, name, None, notes, &created, &mut codes)? {
                    Ok(l) => added.push(l),
                    Err(p) => {
                        // An error, so the transaction is rolled back; the problem itself
                        // is told below.
                        problem = Some(p);
                        return Err(rusqlite::Error::InvalidQuery);
                    }
                }
            }
            at = None;
            Ok(added)
        });
        match (result, problem) {
            (Ok(added), _) => {
                self.codes = codes;
                Ok(added)
            }
            (Err(_), Some(p)) => Err((at, learner_error(p))),
            (Err(e), None) => Err((at, e)),
        }
    }

    /// All learners, by name.
    pub fn learners(&self) -> Result<Vec<Learner>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(&format!("{SELECT} ORDER BY display_name, code"))
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], row_to_learner)
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.err(e))
    }

    /// The learner with this code.
    pub fn learner_by_code(&self, code: &str) -> Result<Learner, StoreError> {
        let code = &super::code::normalized(code);
        self.conn
            .query_row(&format!("{SELECT} WHERE code = ?1"), [code], row_to_learner)
            .optional()
            .map_err(|e| self.err(e))?
            .ok_or_else(|| learner_error(LearnerProblem::NotFound(code.to_string())))
    }

    /// Changes a learner's display name.
    pub fn rename_learner(&mut self, code: &str, name: &str) -> Result<Learner, StoreError> {
        let learner = self.learner_by_code(code)?;
        let name = clean_name(name)?;
        self.write(|tx| {
            tx.execute(
                "UPDATE learner SET display_name = ?1 WHERE id = ?2",
                params![name, learner.id.0],
            )?;
            record_edit(tx, learner.id, "name")
        })?;
        self.learner_by_code(code)
    }

    /// Sets a learner's notes (a short line such as "眼睛不好，需要大字").
    pub fn set_notes(&mut self, code: &str, notes: &str) -> Result<Learner, StoreError> {
        let learner = self.learner_by_code(code)?;
        let notes: String = sanitize_line(notes).trim().chars().take(200).collect();
        self.write(|tx| {
            tx.execute(
                "UPDATE learner SET notes = ?1 WHERE id = ?2",
                params![notes, learner.id.0],
            )?;
            record_edit(tx, learner.id, "notes")
        })?;
        self.learner_by_code(code)
    }

    /// Sets the notes of the learner with this id: what a trainer writes in class (an empty
    /// note deletes it). Returns the notes as stored.
    pub fn set_learner_notes(
        &mut self,
        learner: LearnerId,
        notes: &str,
    ) -> Result<String, StoreError> {
        let notes: String = sanitize_line(notes).trim().chars().take(200).collect();
        self.write(|tx| {
            tx.execute(
                "UPDATE learner SET notes = ?1 WHERE id = ?2",
                params![notes, learner.0],
            )?;
            record_edit(tx, learner, "notes")
        })?;
        Ok(notes)
    }

    /// The learners whose display name is `name` once cleaned (same-name people), by code.
    pub fn learners_named(&self, name: &str) -> Result<Vec<Learner>, StoreError> {
        let Ok(name) = clean_name(name) else {
            return Ok(Vec::new());
        };
        let mut stmt = self
            .conn
            .prepare(&format!("{SELECT} WHERE display_name = ?1 ORDER BY code"))
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([name], row_to_learner)
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.err(e))
    }

    /// Merges `from` into `into`: two records of one person become one. Every event,
    /// answer and attendance of `from` moves to `into`, notes are joined, and `from`'s uuid
    /// stays known as an alias.
    pub fn merge_learners(&mut self, into: &str, from: &str) -> Result<Learner, StoreError> {
        let keep = self.learner_by_code(into)?;
        let gone = self.learner_by_code(from)?;
        if keep.id == gone.id {
            return Err(learner_error(LearnerProblem::SameLearner));
        }
        let (k, g) = (keep.id.0, gone.id.0);
        self.write(|tx| {
            tx.execute("UPDATE step_event SET learner = ?1 WHERE learner = ?2", [k, g])?;
            tx.execute("UPDATE quiz_answer SET learner = ?1 WHERE learner = ?2", [k, g])?;
            tx.execute("UPDATE kiosk_visit SET learner = ?1 WHERE learner = ?2", [k, g])?;
            tx.execute("UPDATE OR IGNORE group_member SET learner = ?1 WHERE learner = ?2", [k, g])?;
            tx.execute("DELETE FROM group_member WHERE learner = ?1", [g])?;
            tx.execute(
                "INSERT OR IGNORE INTO attendance (session, learner, added) SELECT session, ?1, added FROM attendance WHERE learner = ?2",
                [k, g],
            )?;
            tx.execute("DELETE FROM attendance WHERE learner = ?1", [g])?;
            tx.execute("UPDATE learner_alias SET learner = ?1 WHERE learner = ?2", [k, g])?;
            tx.execute("INSERT OR IGNORE INTO learner_alias (uuid, learner) SELECT uuid, ?1 FROM learner WHERE id = ?2", [k, g])?;
            tx.execute(
                "UPDATE learner SET notes = trim(notes || ' ' || (SELECT notes FROM learner WHERE id = ?2)) WHERE id = ?1",
                [k, g],
            )?;
            record_edit(tx, keep.id, "notes")?;
            // The merge travels to the other sites; the merged record's edits held its name.
            tx.execute(
                "INSERT INTO learner_merge (uuid, kept, gone, at)
                 SELECT ?3, k.uuid, g.uuid, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
                 FROM learner k, learner g WHERE k.id = ?1 AND g.id = ?2",
                params![k, g, uuid::Uuid::new_v4().as_bytes().as_slice()],
            )?;
            tx.execute("DELETE FROM learner_edit WHERE learner = (SELECT uuid FROM learner WHERE id = ?1)", [g])?;
            tx.execute("DELETE FROM lesson_state WHERE learner = ?1", [g])?;
            tx.execute("DELETE FROM learner WHERE id = ?1", [g])?;
            super::state::rebuild(tx, Some(keep.id))
        })?;
        // The record merged away held a name: it must not stay readable in the file.
        self.scrub()?;
        self.learner_by_code(into)
    }

    /// Records one step outcome in its own durable transaction; returns the event's uuid.
    pub fn record_step(&mut self, e: &StepEvent) -> Result<uuid::Uuid, StoreError> {
        let uuid = uuid::Uuid::new_v4();
        self.write(|tx| {
            tx.execute(
                "INSERT INTO step_event (uuid, learner, lesson_id, lesson_version, step_id, outcome, mode, session, seconds, at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![
                    uuid.as_bytes().as_slice(),
                    e.learner.0,
                    e.lesson.as_str(),
                    e.lesson_version,
                    e.step.as_str(),
                    e.outcome.as_str(),
                    e.mode.as_str(),
                    e.session,
                    e.seconds,
                    timestamp(e.at)
                ],
            )?;
            super::state::record(tx, e.learner, e.lesson.as_str(), e.step.as_str(), e.outcome, &timestamp(e.at), e.seconds)
        })?;
        Ok(uuid)
    }

    /// Records one answer to a check question.
    pub fn record_answer(&mut self, e: &QuizEvent) -> Result<uuid::Uuid, StoreError> {
        let uuid = uuid::Uuid::new_v4();
        self.write(|tx| {
            tx.execute(
                "INSERT INTO quiz_answer (uuid, learner, lesson_id, lesson_version, question_id, chosen, correct, mode, session, at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![
                    uuid.as_bytes().as_slice(),
                    e.learner.0,
                    e.lesson.as_str(),
                    e.lesson_version,
                    e.question.as_str(),
                    e.chosen as i64,
                    e.correct,
                    e.mode.as_str(),
                    e.session,
                    timestamp(e.at)
                ],
            )
        })?;
        Ok(uuid)
    }

    pub(crate) fn err(&self, e: rusqlite::Error) -> StoreError {
        super::error::from_sqlite(self.path(), e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_masked_for_shared_screens() {
        assert_eq!(masked_name("王秀英"), "王*英");
        assert_eq!(masked_name("张华"), "张*");
        assert_eq!(masked_name("欧阳明月"), "欧**月");
        assert_eq!(masked_name(""), "");
        // A salutation holds no given name: shown as it is.
        assert_eq!(masked_name("王女士"), "王女士");
        assert_eq!(masked_name("罗先生"), "罗先生");
        assert_eq!(masked_name("Ms 王"), "Ms 王");
        assert_eq!(masked_name("Mr Li"), "Mr Li");
        // Anything more is a name and stays masked.
        assert_eq!(masked_name("王秀女士"), "王**士");
        assert_eq!(masked_name("王女"), "王*");
        assert_eq!(masked_name("A女士"), "A*士");
        assert_eq!(masked_name("Mr Li Ming"), "M********g");
        assert_eq!(masked_name("Mrs1"), "M**1");
    }

    #[test]
    fn codes_are_short_numbers() {
        assert!(is_valid_code("1001"));
        assert!(!is_valid_code("12"));
        assert!(!is_valid_code("12a4"));
        assert!(!is_valid_code("１２３４"));
    }

    #[test]
    fn invisible_characters_are_taken_out_of_names() {
        let padded = format!("李{}华", "\u{200B}".repeat(38));
        assert_eq!(clean_name(&padded).unwrap(), "李华");
        assert_eq!(
            clean_name("\u{FEFF}王\u{200D}秀英\u{202E}").unwrap(),
            "王秀英"
        );
        assert!(
            clean_name("\u{200B}\u{2060}").is_err(),
            "nothing visible is no name"
        );
    }

    #[test]
    fn names_are_cleaned() {
        assert_eq!(clean_name("  王\u{1b}[31m秀英 ").unwrap(), "王[31m秀英");
        assert!(clean_name(" \u{7} ").is_err());
        assert!(clean_name(&"长".repeat(41)).is_err());
    }
}
