//! The roster grid: marking each learner on the step (and taking a mark back), marking
//! everyone at once, jumping to a learner by number, and the trainer's note on a learner.

use super::{Class, Effect, Mark, Msg, Stage};
use crate::i18n::fill;

impl Class {
    /// Marks everyone present without a mark on this step as done.
    pub(super) fn mark_all(&mut self) -> Vec<Effect> {
        let mut effects = Vec::new();
        // Not those who left early: they are not in the room.
        let times = &self.times;
        for a in self
            .attendees
            .iter()
            .filter(|a| times.left(a.learner.id).is_none())
        {
            let key = (a.learner.id, self.step);
            if let std::collections::hash_map::Entry::Vacant(e) = self.marks.entry(key) {
                e.insert(Mark::Done);
                effects.push(Effect::Mark {
                    learner: a.learner.id,
                    step: self.step,
                    mark: Mark::Done,
                });
            }
        }
        let n = effects.len();
        self.status = Some(fill(
            self.lang.text().class.marked_all,
            &[("step", &(self.step + 1)), ("n", &n)],
        ));
        effects
    }

    fn set_mark(&mut self, mark: Mark) -> Vec<Effect> {
        let Some(a) = self.attendees.get(self.row) else {
            return Vec::new();
        };
        let learner = a.learner.id;
        self.marks.insert((learner, self.step), mark);
        self.row = (self.row + 1).min(self.attendees.len() - 1);
        self.status = None;
        vec![Effect::Mark {
            learner,
            step: self.step,
            mark,
        }]
    }

    /// Takes back the chosen learner's mark on this step; the cursor stays on them, so a
    /// wrong mark is put right with the next key.
    fn clear_mark(&mut self) -> Vec<Effect> {
        let Some(a) = self.attendees.get(self.row) else {
            return Vec::new();
        };
        let learner = a.learner.id;
        let who = crate::lesson::sanitize::escape_controls(&a.learner.display_name);
        if self.marks.remove(&(learner, self.step)).is_none() {
            return Vec::new();
        }
        self.status = Some(fill(
            self.lang.text().class.mark_cleared,
            &[("name", &who), ("step", &(self.step + 1))],
        ));
        vec![Effect::ClearMark {
            learner,
            step: self.step,
        }]
    }

    /// Typing a number picks that learner: "1" "2" jumps to the 12th when there are 12.
    pub(super) fn jump(&mut self, d: u8) {
        self.digits.push(char::from(b'0' + d.min(9)));
        let n = self.attendees.len();
        let pick = |s: &str| s.parse::<usize>().ok().filter(|k| (1..=n).contains(k));
        match pick(&self.digits) {
            Some(k) => self.row = k - 1,
            None => {
                self.digits = d.to_string();
                if let Some(k) = pick(&self.digits) {
                    self.row = k - 1;
                }
            }
        }
    }

    pub(super) fn update_grid(&mut self, msg: Msg) -> Vec<Effect> {
        let n = self.attendees.len();
        match msg {
            Msg::Up => self.row = self.row.saturating_sub(1),
            Msg::Down => self.row = (self.row + 1).min(n.saturating_sub(1)),
            Msg::Prev if self.step > 0 => return self.go_to_step(self.step - 1),
            Msg::Next if self.step + 1 < self.steps() => return self.go_to_step(self.step + 1),
            Msg::Cell(row, step) if row < n && step < self.steps() => {
                self.row = row;
                if step != self.step {
                    return self.go_to_step(step);
                }
                return self.set_mark(Mark::Done);
            }
            Msg::Pick(row) if row < n => self.row = row,
            Msg::Confirm => return self.set_mark(Mark::Done),
            Msg::Mark(mark) => return self.set_mark(mark),
            Msg::ClearMark | Msg::Erase | Msg::Remove => return self.clear_mark(),
            Msg::Jump(d) => self.jump(d),
            Msg::MarkEveryone => return self.mark_all(),
            Msg::LeftEarly => return self.left_early(),
            Msg::EditNote if self.row < n => {
                self.note_edit = Some(self.attendees[self.row].note.clone());
            }
            Msg::Switch | Msg::Back | Msg::ToggleGrid => self.stage = Stage::Present,
            _ => {}
        }
        Vec::new()
    }

    pub(super) fn edit_note(&mut self, msg: Msg) -> Vec<Effect> {
        let Some(text) = self.note_edit.as_mut() else {
            return Vec::new();
        };
        match msg {
            Msg::Type(c) if super::editable(c) && text.chars().count() < 200 => text.push(c),
            Msg::Erase => {
                text.pop();
            }
            // Delete empties the note; Enter then deletes it.
            Msg::Remove => text.clear(),
            Msg::Back => self.note_edit = None,
            Msg::Confirm => {
                let text = text.trim().to_string();
                self.note_edit = None;
                let Some(a) = self.attendees.get_mut(self.row) else {
                    return Vec::new();
                };
                let had = !a.note.is_empty();
                a.note = text.clone();
                a.learner.notes = text.clone();
                let learner = a.learner.clone();
                if let Some(l) = self.learners.iter_mut().find(|l| l.id == learner.id) {
                    l.notes = text.clone();
                }
                self.status = (had && text.is_empty()).then(|| {
                    fill(
                        self.lang.text().week.note_deleted,
                        &[("name", &self.label(&learner))],
                    )
                });
                return vec![Effect::Note {
                    learner: learner.id,
                    text,
                }];
            }
            _ => {}
        }
        Vec::new()
    }
}
