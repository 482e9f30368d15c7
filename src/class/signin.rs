//! Set-up and attendance: the form that starts (or reopens) a session, and signing people
//! in by name, pinyin initials or code, or adding a newcomer in one line.

use chrono::NaiveDate;

use super::state::{Class, Effect, Found, Msg, SETUP_ROWS, Stage, TEXT_CAP, editable};
use crate::progress::{Attendee, NewSession};

impl Class {
    pub(super) fn update_setup(&mut self, msg: Msg) -> Vec<Effect> {
        let rows = SETUP_ROWS + self.setup.today.len();
        let s = &mut self.setup;
        match msg {
            Msg::Up => s.row = s.row.saturating_sub(1),
            Msg::Down | Msg::Switch => s.row = (s.row + 1).min(rows - 1),
            Msg::Prev if s.row == 3 => s.lesson = s.lesson.saturating_sub(1),
            Msg::Next if s.row == 3 => {
                s.lesson = (s.lesson + 1).min(self.lessons.len().saturating_sub(1))
            }
            Msg::Type(c) if s.row < 3 && editable(c) => {
                let field = s.field(s.row);
                if field.chars().count() < TEXT_CAP {
                    field.push(c);
                }
            }
            Msg::Erase if s.row < 3 => {
                s.field(s.row).pop();
            }
            Msg::Pick(n) if n < rows => {
                s.row = n;
                if n >= 4 {
                    return self.update_setup(Msg::Confirm);
                }
            }
            Msg::Confirm if s.row < 4 => s.row += 1,
            Msg::Confirm if s.row == 4 => return self.start(),
            Msg::Confirm => {
                let id = s.today[s.row - SETUP_ROWS].id;
                return vec![Effect::Reopen(id)];
            }
            Msg::Back => {
                self.finished = true;
                return vec![Effect::Exit];
            }
            _ => {}
        }
        Vec::new()
    }

    fn start(&mut self) -> Vec<Effect> {
        let strings = &self.lang.text().class;
        let s = &self.setup;
        let problem = match NaiveDate::parse_from_str(s.date.trim(), "%Y-%m-%d") {
            Err(_) => Some((0, strings.bad_date)),
            Ok(_) if s.site.trim().is_empty() => Some((1, strings.need_site)),
            Ok(_) if s.trainer.trim().is_empty() => Some((2, strings.need_trainer)),
            Ok(_) if self.lessons.is_empty() => Some((3, strings.no_lessons)),
            Ok(_) => None,
        };
        if let Some((row, text)) = problem {
            self.setup.row = row;
            self.status = Some(text.to_string());
            return Vec::new();
        }
        let Ok(date) = NaiveDate::parse_from_str(s.date.trim(), "%Y-%m-%d") else {
            return Vec::new();
        };
        self.status = None;
        vec![
            Effect::Remember {
                site: s.site.trim().to_string(),
                trainer: s.trainer.trim().to_string(),
            },
            Effect::Create(NewSession {
                date,
                site: s.site.trim().to_string(),
                trainer: s.trainer.trim().to_string(),
                lesson_id: self.lessons[s.lesson].id.to_string(),
            }),
        ]
    }

    pub(super) fn update_attendance(&mut self, msg: Msg) -> Vec<Effect> {
        if self.in_list {
            let n = self.attendees.len();
            match msg {
                Msg::Up => self.row = self.row.saturating_sub(1),
                Msg::Down => self.row = (self.row + 1).min(n.saturating_sub(1)),
                Msg::Remove | Msg::Erase if self.row < n => {
                    let gone = self.attendees.remove(self.row);
                    self.row = self.row.min(self.attendees.len().saturating_sub(1));
                    return vec![Effect::Unattend(gone.learner.id)];
                }
                Msg::Switch | Msg::Back => self.in_list = false,
                _ => {}
            }
            return Vec::new();
        }
        let found = self.found();
        match msg {
            Msg::Type(c) if editable(c) && self.query.chars().count() < 20 => {
                self.query.push(c);
                self.pick = 0;
            }
            Msg::Erase => {
                self.query.pop();
                self.pick = 0;
            }
            Msg::Up => self.pick = self.pick.saturating_sub(1),
            Msg::Down => self.pick = (self.pick + 1).min(found.len().saturating_sub(1)),
            Msg::Switch if !self.attendees.is_empty() => {
                self.in_list = true;
                self.row = self.row.min(self.attendees.len() - 1);
            }
            Msg::Pick(n) if n < found.len() => {
                self.pick = n;
                return self.sign_in(&found);
            }
            Msg::Pick(_) => return self.begin(),
            Msg::Confirm if self.query.is_empty() => return self.begin(),
            Msg::Confirm => return self.sign_in(&found),
            Msg::Back => self.stage = Stage::Setup,
            _ => {}
        }
        Vec::new()
    }

    fn sign_in(&mut self, found: &[Found]) -> Vec<Effect> {
        let Some(row) = found.get(self.pick) else {
            self.status = Some(self.lang.text().class.nobody_found.to_string());
            return Vec::new();
        };
        self.query.clear();
        self.pick = 0;
        self.status = None;
        match row {
            Found::Learner(l) => {
                self.attendees.push(Attendee {
                    learner: l.clone(),
                    note: String::new(),
                });
                vec![Effect::Attend(l.id)]
            }
            Found::New(name) => vec![Effect::AddLearner(name.clone())],
        }
    }

    fn begin(&mut self) -> Vec<Effect> {
        if self.attendees.is_empty() {
            self.status = Some(self.lang.text().class.need_attendee.to_string());
            return Vec::new();
        }
        self.status = None;
        self.stage = Stage::Present;
        vec![Effect::SetStep(self.step_id(self.step))]
    }
}
