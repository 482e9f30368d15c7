//! The history: the past sessions, newest first. A trainer goes on with one (a class
//! reopened after a crash, or a day later), corrects its date, site and trainer, or
//! deletes it (one started by mistake); deleting one that holds marks asks first.

use chrono::NaiveDate;

use super::{Class, Effect, Msg, Stage, TEXT_CAP, editable};
use crate::progress::{PastSession, SessionId};

/// The history screen's state.
#[derive(Debug, Clone, Default)]
pub struct History {
    /// The past sessions, newest first (empty until the store answered).
    pub sessions: Vec<PastSession>,
    /// The selected session.
    pub row: usize,
    /// The correction being typed, while the form is open.
    pub edit: Option<SessionEdit>,
    /// True once Delete was pressed on a session that holds marks: a second Delete
    /// deletes it, any other key keeps it.
    pub confirm: bool,
}

/// The form correcting a session: its date, site and trainer as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionEdit {
    /// The session corrected.
    pub id: SessionId,
    /// The date typed, year-month-day.
    pub date: String,
    /// The site typed.
    pub site: String,
    /// The trainer typed.
    pub trainer: String,
    /// The row being typed into: 0 date, 1 site, 2 trainer.
    pub field: usize,
}

impl SessionEdit {
    fn text(&mut self) -> &mut String {
        match self.field {
            0 => &mut self.date,
            1 => &mut self.site,
            _ => &mut self.trainer,
        }
    }
}

impl History {
    /// The store's list arrived: the selection stays in it.
    pub(super) fn loaded(&mut self, sessions: Vec<PastSession>) {
        self.sessions = sessions;
        self.row = self.row.min(self.sessions.len().saturating_sub(1));
    }

    /// The selected session.
    pub fn selected(&self) -> Option<&PastSession> {
        self.sessions.get(self.row)
    }
}

impl Class {
    /// Opens the history from the set-up.
    pub(crate) fn open_history(&mut self) -> Vec<Effect> {
        self.stage = Stage::History;
        self.history.row = 0;
        self.history.edit = None;
        self.history.confirm = false;
        self.status = None;
        vec![Effect::LoadHistory]
    }

    /// A session is gone: out of the lists, and no longer the one being taught.
    pub(crate) fn deleted(&mut self, id: SessionId) {
        self.history.sessions.retain(|p| p.session.id != id);
        self.history.row = self
            .history
            .row
            .min(self.history.sessions.len().saturating_sub(1));
        self.setup.today.retain(|s| s.id != id);
        self.plan_not_held(id);
        self.setup.row = self
            .setup
            .row
            .min(super::SETUP_ROWS + self.setup.today.len() - 1);
        if self.session.as_ref().is_some_and(|s| s.id == id) {
            self.session = None;
            self.group = None;
            self.attendees.clear();
            self.marks.clear();
            self.answers.clear();
        }
    }

    pub(super) fn update_history(&mut self, msg: Msg) -> Vec<Effect> {
        if self.history.edit.is_some() {
            return self.update_correction(msg);
        }
        let s = &self.lang.text().week;
        let h = &mut self.history;
        if h.confirm {
            h.confirm = false;
            self.status = None;
            if msg == Msg::Remove
                && let Some(p) = h.selected()
            {
                self.status = Some(s.history_deleted.to_string());
                return vec![Effect::DeleteSession(p.session.id)];
            }
            return Vec::new();
        }
        let n = h.sessions.len();
        match msg {
            Msg::Up => h.row = h.row.saturating_sub(1),
            Msg::Down => h.row = (h.row + 1).min(n.saturating_sub(1)),
            Msg::Pick(i) if i < n && i != h.row => h.row = i,
            Msg::Pick(i) if i < n => return vec![Effect::Reopen(h.sessions[i].session.id)],
            Msg::Confirm => {
                if let Some(p) = h.selected() {
                    return vec![Effect::Reopen(p.session.id)];
                }
            }
            Msg::Correct => {
                if let Some(p) = h.selected() {
                    h.edit = Some(SessionEdit {
                        id: p.session.id,
                        date: p.session.date.format("%Y-%m-%d").to_string(),
                        site: p.session.site.clone(),
                        trainer: p.session.trainer.clone(),
                        field: 0,
                    });
                    self.status = None;
                }
            }
            Msg::Remove => {
                if let Some((id, records)) = h.selected().map(|p| (p.session.id, p.records)) {
                    if records == 0 {
                        self.status = Some(s.history_deleted.to_string());
                        return vec![Effect::DeleteSession(id)];
                    }
                    h.confirm = true;
                    self.status = None;
                }
            }
            Msg::Back => {
                self.stage = Stage::Setup;
                self.status = None;
            }
            _ => {}
        }
        Vec::new()
    }

    fn update_correction(&mut self, msg: Msg) -> Vec<Effect> {
        let Some(edit) = self.history.edit.as_mut() else {
            return Vec::new();
        };
        match msg {
            Msg::Type(c) if editable(c) && edit.text().chars().count() < TEXT_CAP => {
                edit.text().push(c);
            }
            Msg::Erase => {
                edit.text().pop();
            }
            Msg::Down | Msg::Switch => edit.field = (edit.field + 1) % 3,
            Msg::Up => edit.field = (edit.field + 2) % 3,
            Msg::Pick(i) if i < 3 => edit.field = i,
            Msg::Back => {
                self.history.edit = None;
                self.status = None;
            }
            Msg::Confirm => {
                let strings = &self.lang.text().class;
                let Ok(date) = NaiveDate::parse_from_str(edit.date.trim(), "%Y-%m-%d") else {
                    edit.field = 0;
                    self.status = Some(strings.bad_date.to_string());
                    return Vec::new();
                };
                let (site, trainer) = (
                    edit.site.trim().to_string(),
                    edit.trainer.trim().to_string(),
                );
                if site.is_empty() || trainer.is_empty() {
                    edit.field = if site.is_empty() { 1 } else { 2 };
                    let text = if site.is_empty() {
                        strings.need_site
                    } else {
                        strings.need_trainer
                    };
                    self.status = Some(text.to_string());
                    return Vec::new();
                }
                let id = edit.id;
                self.history.edit = None;
                for p in &mut self.history.sessions {
                    if p.session.id == id {
                        p.session.date = date;
                        p.session.site = site.clone();
                        p.session.trainer = trainer.clone();
                    }
                }
                self.status = Some(self.lang.text().week.history_corrected.to_string());
                return vec![Effect::CorrectSession {
                    id,
                    date,
                    site,
                    trainer,
                }];
            }
            _ => {}
        }
        Vec::new()
    }
}
