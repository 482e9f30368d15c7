//! Today's planned sessions at the set-up, offered first: one key starts one with its
//! lesson, site and trainer filled in (and the class group of its site); one already held
//! is shown as held, and Enter on it goes on with the session that held it.

use super::{Class, Effect, Msg, ROW_GROUP};
use crate::i18n::fill;
use crate::progress::{PlanId, SessionId, TodayPlan};

impl Class {
    /// Offers today's plans at the set-up; the first not held yet is selected, so Enter
    /// starts it.
    pub fn offer_plans(&mut self, plans: Vec<TodayPlan>) {
        self.setup.on_plan = plans.iter().position(|p| p.held.is_none());
        self.setup.plans = plans;
        if self.setup.on_plan.is_some() {
            self.setup.row = ROW_GROUP;
        }
    }

    /// The set-up's keys while a plan is selected.
    pub(crate) fn update_plans(&mut self, i: usize, msg: Msg) -> Vec<Effect> {
        let n = self.setup.plans.len();
        match msg {
            Msg::Up => self.setup.on_plan = Some(i.saturating_sub(1)),
            Msg::Down | Msg::Switch if i + 1 < n => self.setup.on_plan = Some(i + 1),
            Msg::Down | Msg::Switch => {
                self.setup.on_plan = None;
                self.setup.row = ROW_GROUP;
            }
            Msg::Confirm => return self.start_plan(i),
            Msg::PickPlan(k) if k < n => {
                self.setup.on_plan = Some(k);
                return self.start_plan(k);
            }
            Msg::Pick(row) => {
                self.setup.on_plan = None;
                return self.update_setup(Msg::Pick(row));
            }
            Msg::Back => return self.update_setup(Msg::Back),
            _ => {}
        }
        Vec::new()
    }

    /// Starts plan `i` (or goes on with the session that held it).
    fn start_plan(&mut self, i: usize) -> Vec<Effect> {
        let Some(today) = self.setup.plans.get(i).cloned() else {
            return Vec::new();
        };
        if let Some(id) = today.held {
            return vec![Effect::Reopen(id)];
        }
        let plan = &today.plan.plan;
        let Some(lesson) = self
            .lessons
            .iter()
            .position(|l| l.id.as_str() == plan.lesson_id)
        else {
            let id = crate::lesson::sanitize::escape_controls(&plan.lesson_id);
            self.status = Some(fill(
                self.lang.text().room.plan_lesson_missing,
                &[("id", &id)],
            ));
            self.setup.on_plan = None;
            self.setup.row = super::ROW_LESSON;
            return Vec::new();
        };
        let s = &mut self.setup;
        s.lesson = lesson;
        s.date = plan.date.format("%Y-%m-%d").to_string();
        s.site = plan.site.clone();
        if !plan.trainer.trim().is_empty() {
            s.trainer = plan.trainer.clone();
        }
        // The class group of the plan's site that met most recently; a new one if none.
        let chosen = s.chosen_group().is_some_and(|g| g.site == plan.site);
        if !chosen {
            s.group = s
                .groups
                .iter()
                .position(|g| g.site == plan.site)
                .unwrap_or(s.groups.len());
        }
        self.start(Some(today.plan.id))
    }

    /// A session started from `plan` was opened as `session`: the plan is held.
    pub(super) fn plan_held(&mut self, plan: PlanId, session: SessionId) {
        for p in &mut self.setup.plans {
            if p.plan.id == plan {
                p.held = Some(session);
            }
        }
        self.setup.on_plan = None;
    }

    /// A session is gone: the plan it held is not held any more.
    pub(super) fn plan_not_held(&mut self, session: SessionId) {
        for p in &mut self.setup.plans {
            if p.held == Some(session) {
                p.held = None;
            }
        }
    }
}
