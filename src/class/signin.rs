//! Set-up and attendance: the form that starts (or reopens) a session, last week's class
//! first, and signing people in by name, pinyin initials or code, or adding a newcomer
//! (another of a name already known too) in one line.

use chrono::{Datelike, NaiveDate};

use super::state::ROW_TRAINER;
use super::state::{Class, Effect, Found, Msg, SETUP_ROWS, Stage, TEXT_CAP, editable};
use super::state::{ROW_DATE, ROW_GROUP, ROW_HISTORY, ROW_LESSON, ROW_PLAN, ROW_SITE, ROW_START};
use crate::i18n::fill;
use crate::progress::{Attendee, ClassGroup, GroupPick, NewSession, PlanId};

impl Class {
    /// Offers the class groups at the set-up: the one that met most recently is chosen
    /// and its row selected, so Enter starts last week's class with everyone signed in.
    pub fn offer_groups(&mut self, groups: Vec<ClassGroup>) {
        let any = !groups.is_empty();
        self.setup.groups = groups;
        self.setup.group = 0;
        if any {
            self.choose_group(0);
            self.setup.row = ROW_GROUP;
        }
    }

    /// Chooses group `i` (or a new group past the end): its site, and the lesson after the
    /// one it had last.
    fn choose_group(&mut self, i: usize) {
        self.setup.group = i.min(self.setup.groups.len());
        let Some(g) = self.setup.groups.get(self.setup.group) else {
            return;
        };
        self.setup.site = g.site.clone();
        let last = g
            .last_lesson
            .as_deref()
            .and_then(|id| self.lessons.iter().position(|l| l.id.as_str() == id));
        if let Some(i) = last {
            self.setup.lesson = (i + 1).min(self.lessons.len().saturating_sub(1));
        }
    }

    /// The name a new group gets: the site and the weekday of the date (幸福社区周二班).
    fn new_group_name(&self, date: NaiveDate) -> String {
        let w = &self.lang.text().week;
        let days: Vec<&str> = w.weekdays.split_whitespace().collect();
        let day = days
            .get(date.weekday().num_days_from_monday() as usize)
            .copied()
            .unwrap_or_default();
        fill(
            w.group_name,
            &[("site", &self.setup.site.trim()), ("day", &day)],
        )
    }

    pub(super) fn update_setup(&mut self, msg: Msg) -> Vec<Effect> {
        if self.setup.plan_form.is_some() {
            return self.update_plan_form(msg);
        }
        if let Some(i) = self.setup.on_plan {
            return self.update_plans(i, msg);
        }
        if let Msg::PickPlan(k) = msg {
            if k < self.setup.plans.len() {
                self.setup.on_plan = Some(k);
                return self.update_plans(k, msg);
            }
            return Vec::new();
        }
        let rows = SETUP_ROWS + self.setup.today.len();
        let groups = self.setup.groups.len();
        let s = &mut self.setup;
        match msg {
            Msg::Up if s.row == 0 && !s.plans.is_empty() => s.on_plan = Some(s.plans.len() - 1),
            Msg::Up => s.row = s.row.saturating_sub(1),
            Msg::Down | Msg::Switch => s.row = (s.row + 1).min(rows - 1),
            Msg::Prev if s.row == ROW_GROUP => {
                let i = (s.group + groups) % (groups + 1);
                self.choose_group(i);
            }
            Msg::Next if s.row == ROW_GROUP => {
                let i = (s.group + 1) % (groups + 1);
                self.choose_group(i);
            }
            Msg::Prev if s.row == ROW_LESSON => s.lesson = s.lesson.saturating_sub(1),
            Msg::Next if s.row == ROW_LESSON => {
                s.lesson = (s.lesson + 1).min(self.lessons.len().saturating_sub(1))
            }
            Msg::Type(c) if (ROW_DATE..=ROW_TRAINER).contains(&s.row) && editable(c) => {
                let field = s.field(s.row);
                if field.chars().count() < TEXT_CAP {
                    field.push(c);
                }
            }
            Msg::Erase if (ROW_DATE..=ROW_TRAINER).contains(&s.row) => {
                s.field(s.row).pop();
            }
            Msg::Pick(n) if n < rows => {
                s.row = n;
                let go = n >= ROW_START || (n == ROW_GROUP && s.group < groups);
                if go {
                    return self.update_setup(Msg::Confirm);
                }
            }
            Msg::Confirm if s.row == ROW_GROUP && s.group < groups => return self.start(None),
            Msg::Confirm if s.row < ROW_START => s.row += 1,
            Msg::Confirm if s.row == ROW_START => return self.start(None),
            Msg::Confirm if s.row == ROW_HISTORY => return self.open_history(),
            Msg::Confirm if s.row == ROW_PLAN => return self.open_plan_form(),
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

    /// Starts a session of the set-up's date, site, trainer, lesson and group; `plan` is
    /// the planned session it holds, when started from one.
    pub(super) fn start(&mut self, plan: Option<PlanId>) -> Vec<Effect> {
        let strings = &self.lang.text().class;
        let s = &self.setup;
        let problem = match NaiveDate::parse_from_str(s.date.trim(), "%Y-%m-%d") {
            Err(_) => Some((ROW_DATE, strings.bad_date)),
            Ok(_) if s.site.trim().is_empty() => Some((ROW_SITE, strings.need_site)),
            Ok(_) if s.trainer.trim().is_empty() => Some((ROW_TRAINER, strings.need_trainer)),
            Ok(_) if self.lessons.is_empty() => Some((ROW_LESSON, strings.no_lessons)),
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
        self.starting = true;
        self.starting_plan = plan;
        let group = match s.chosen_group() {
            Some(g) => GroupPick::Existing(g.id),
            None => GroupPick::New(self.new_group_name(date)),
        };
        let s = &self.setup;
        vec![
            Effect::Remember {
                site: s.site.trim().to_string(),
                trainer: s.trainer.trim().to_string(),
            },
            Effect::Create {
                new: NewSession {
                    date,
                    site: s.site.trim().to_string(),
                    trainer: s.trainer.trim().to_string(),
                    lesson_id: self.lessons[s.lesson].id.to_string(),
                },
                group,
                plan,
            },
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
                Msg::LeaveGroup if self.row < n && self.group.is_some() => {
                    let gone = self.attendees.remove(self.row);
                    self.row = self.row.min(self.attendees.len().saturating_sub(1));
                    let group = self
                        .setup
                        .groups
                        .iter()
                        .find(|g| Some(g.id) == self.group)
                        .map(|g| crate::lesson::sanitize::escape_controls(&g.name))
                        .unwrap_or_default();
                    self.status = Some(fill(
                        self.lang.text().week.left_group,
                        &[("name", &self.label(&gone.learner)), ("group", &group)],
                    ));
                    return vec![Effect::LeaveGroup(gone.learner.id)];
                }
                Msg::EditNote if self.row < n => {
                    self.note_edit = Some(self.attendees[self.row].note.clone());
                }
                Msg::LeftEarly => return self.left_early(),
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
            Msg::Back => return self.back_to_setup(),
            _ => {}
        }
        Vec::new()
    }

    /// Back from the attendance to the set-up. A session just started, with nothing
    /// recorded and nobody signed in by hand (nobody at all, or only its group's members,
    /// signed in by themselves), was started by mistake: it is deleted, so it does not
    /// count. Another stays offered to go on with.
    fn back_to_setup(&mut self) -> Vec<Effect> {
        self.stage = Stage::Setup;
        let Some(session) = self.session.clone() else {
            return Vec::new();
        };
        let nobody = self.attendees.is_empty() || self.untouched;
        if nobody && self.marks.is_empty() && self.answers.is_empty() {
            self.status = Some(self.lang.text().week.empty_deleted.to_string());
            self.deleted(session.id);
            return vec![Effect::DeleteSession(session.id)];
        }
        if !self.setup.today.iter().any(|s| s.id == session.id) {
            self.setup.today.push(session);
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
                    note: l.notes.clone(),
                });
                self.untouched = false;
                vec![Effect::Attend(l.id)]
            }
            Found::New(name) => {
                self.untouched = false;
                vec![Effect::AddLearner(name.clone())]
            }
        }
    }

    fn begin(&mut self) -> Vec<Effect> {
        if self.attendees.is_empty() {
            self.status = Some(self.lang.text().class.need_attendee.to_string());
            return Vec::new();
        }
        self.status = None;
        // Once the lesson began, the session is kept.
        self.untouched = false;
        self.stage = Stage::Present;
        vec![Effect::SetStep(self.step_id(self.step))]
    }
}
