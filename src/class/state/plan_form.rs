//! Planning a later session from the set-up (活动安排表): the set-up's site and trainer,
//! a date (a week on at first), a time, a lesson and how many are expected. Saved as a
//! plan, as `zhulao plan add` saves one; a plan for today is offered at once.

use chrono::NaiveDate;

use super::{Class, Effect, Msg, ROW_SITE, ROW_TRAINER, editable};
use crate::i18n::fill;
use crate::progress::{NewPlan, Plan, TodayPlan};

/// Plan form row: the date.
pub const PLAN_DATE: usize = 0;
/// Plan form row: the time.
pub const PLAN_TIME: usize = 1;
/// Plan form row: the lesson.
pub const PLAN_LESSON: usize = 2;
/// Plan form row: how many are expected.
pub const PLAN_EXPECTED: usize = 3;
const PLAN_FIELDS: usize = 4;

/// The plan being written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanForm {
    /// The date typed, year-month-day.
    pub date: String,
    /// The time typed: "09:30" or "09:30-11:00".
    pub time: String,
    /// Index into [`Class::lessons`] of the lesson planned.
    pub lesson: usize,
    /// How many are expected, as typed.
    pub expected: String,
    /// The row being written (see the `PLAN_` constants).
    pub field: usize,
}

impl PlanForm {
    fn text(&mut self) -> Option<(&mut String, usize)> {
        match self.field {
            PLAN_DATE => Some((&mut self.date, 10)),
            PLAN_TIME => Some((&mut self.time, 20)),
            PLAN_EXPECTED => Some((&mut self.expected, 4)),
            _ => None,
        }
    }
}

impl Class {
    /// Opens the plan form (set-up's "安排以后的课"): the site and trainer must be there.
    pub(crate) fn open_plan_form(&mut self) -> Vec<Effect> {
        let strings = &self.lang.text().class;
        let s = &mut self.setup;
        if s.site.trim().is_empty() || s.trainer.trim().is_empty() {
            let site = s.site.trim().is_empty();
            s.row = if site { ROW_SITE } else { ROW_TRAINER };
            let said = if site {
                strings.need_site
            } else {
                strings.need_trainer
            };
            self.status = Some(said.to_string());
            return Vec::new();
        }
        let week_on = NaiveDate::parse_from_str(s.date.trim(), "%Y-%m-%d")
            .unwrap_or(self.today)
            .max(self.today)
            + chrono::Duration::days(7);
        s.plan_form = Some(PlanForm {
            date: week_on.format("%Y-%m-%d").to_string(),
            time: String::new(),
            lesson: s.lesson,
            expected: String::new(),
            field: PLAN_TIME,
        });
        self.status = None;
        Vec::new()
    }

    /// The plan form's keys.
    pub(crate) fn update_plan_form(&mut self, msg: Msg) -> Vec<Effect> {
        let lessons = self.lessons.len();
        let Some(form) = self.setup.plan_form.as_mut() else {
            return Vec::new();
        };
        match msg {
            Msg::Type(c) if editable(c) => {
                let digits = form.field == PLAN_EXPECTED;
                if let Some((text, cap)) = form.text()
                    && text.chars().count() < cap
                    && (!digits || c.is_ascii_digit())
                {
                    text.push(c);
                }
            }
            Msg::Erase => {
                if let Some((text, _)) = form.text() {
                    text.pop();
                }
            }
            Msg::Prev if form.field == PLAN_LESSON => form.lesson = form.lesson.saturating_sub(1),
            Msg::Next if form.field == PLAN_LESSON => {
                form.lesson = (form.lesson + 1).min(lessons.saturating_sub(1));
            }
            Msg::Down | Msg::Switch => form.field = (form.field + 1) % PLAN_FIELDS,
            Msg::Up => form.field = (form.field + PLAN_FIELDS - 1) % PLAN_FIELDS,
            Msg::Pick(i) if i < PLAN_FIELDS => form.field = i,
            Msg::Back => {
                self.setup.plan_form = None;
                self.status = None;
            }
            Msg::Confirm => return self.save_plan(),
            _ => {}
        }
        Vec::new()
    }

    /// Checks the form; a good plan is saved (answered with `Msg::Planned`).
    fn save_plan(&mut self) -> Vec<Effect> {
        let Some(form) = self.setup.plan_form.clone() else {
            return Vec::new();
        };
        let r = &self.lang.text().room;
        let problem = |field: usize, said: &str, class: &mut Class| {
            if let Some(f) = class.setup.plan_form.as_mut() {
                f.field = field;
            }
            class.status = Some(said.to_string());
            Vec::new()
        };
        let date = match NaiveDate::parse_from_str(form.date.trim(), "%Y-%m-%d") {
            Err(_) => return problem(PLAN_DATE, self.lang.text().class.bad_date, self),
            Ok(d) if d < self.today => return problem(PLAN_DATE, r.plan_past, self),
            Ok(d) => d,
        };
        let Some(time) = crate::progress::plans::read_time(&form.time) else {
            return problem(PLAN_TIME, r.plan_bad_time, self);
        };
        let expected = match form.expected.trim() {
            "" => 0,
            n => match n.parse::<u32>() {
                Ok(n) => n,
                Err(_) => return problem(PLAN_EXPECTED, r.plan_bad_expected, self),
            },
        };
        let Some(lesson) = self.lessons.get(form.lesson) else {
            return problem(PLAN_LESSON, self.lang.text().class.no_lessons, self);
        };
        let new = NewPlan {
            date,
            time,
            site: self.setup.site.trim().to_string(),
            lesson_id: lesson.id.to_string(),
            trainer: self.setup.trainer.trim().to_string(),
            expected,
        };
        self.setup.plan_form = None;
        self.status = None;
        vec![Effect::AddPlan(new)]
    }

    /// A plan was saved: said so; one for today at this site is offered with the others.
    pub(crate) fn planned(&mut self, plan: Plan) {
        let r = &self.lang.text().room;
        let p = &plan.plan;
        let title = self
            .lessons
            .iter()
            .find(|l| l.id.as_str() == p.lesson_id)
            .map_or(p.lesson_id.clone(), |l| l.title.clone());
        self.status = Some(fill(
            r.planned,
            &[
                ("date", &p.date.format("%Y-%m-%d")),
                ("time", &p.time),
                ("lesson", &title),
                ("n", &p.expected),
            ],
        ));
        let here = self
            .setup
            .plans
            .first()
            .is_none_or(|o| o.plan.plan.site == p.site);
        if p.date == self.today && here {
            self.setup.plans.push(TodayPlan { plan, held: None });
            self.setup
                .plans
                .sort_by(|a, b| a.plan.plan.time.cmp(&b.plan.plan.time));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn class() -> Class {
        let lessons = crate::lesson::Library::load(&[])
            .lessons
            .into_iter()
            .map(|l| l.lesson)
            .collect();
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        Class::new(
            Lang::Zh,
            lessons,
            Vec::new(),
            today,
            ("幸福社区", "李老师"),
            Vec::new(),
        )
    }

    fn type_text(c: &mut Class, text: &str) {
        for ch in text.chars() {
            c.update(Msg::Type(ch));
        }
    }

    #[test]
    fn a_later_session_is_planned_from_the_set_up() {
        let mut c = class();
        c.setup.row = super::super::ROW_PLAN;
        assert!(c.update(Msg::Confirm).is_empty());
        let form = c.setup.plan_form.clone().unwrap();
        assert_eq!(form.date, "2026-11-30", "a week on");
        assert_eq!(form.field, PLAN_TIME);
        type_text(&mut c, "9点半");
        assert!(c.update(Msg::Confirm).is_empty());
        assert_eq!(c.setup.plan_form.as_ref().unwrap().field, PLAN_TIME);
        assert!(
            c.status.as_deref().unwrap().contains("09:30"),
            "{:?}",
            c.status
        );
        for _ in 0..3 {
            c.update(Msg::Erase);
        }
        type_text(&mut c, "09:30-11:00");
        c.update(Msg::Down);
        c.update(Msg::Next);
        c.update(Msg::Down);
        type_text(&mut c, "1x5");
        let effects = c.update(Msg::Confirm);
        let [Effect::AddPlan(new)] = effects.as_slice() else {
            panic!("{effects:?}");
        };
        assert_eq!(new.time, "09:30-11:00");
        assert_eq!(new.expected, 15, "only digits are typed into the number");
        assert_eq!(new.site, "幸福社区");
        assert_eq!(new.trainer, "李老师");
        assert_eq!(new.lesson_id, c.lessons[1].id.as_str());
        assert!(c.setup.plan_form.is_none());
    }

    #[test]
    fn a_past_date_is_refused_and_esc_plans_nothing() {
        let mut c = class();
        c.setup.row = super::super::ROW_PLAN;
        c.update(Msg::Confirm);
        c.update(Msg::Up);
        for _ in 0..10 {
            c.update(Msg::Erase);
        }
        type_text(&mut c, "2026-11-01");
        c.update(Msg::Down);
        type_text(&mut c, "14:00");
        assert!(c.update(Msg::Confirm).is_empty());
        assert_eq!(c.setup.plan_form.as_ref().unwrap().field, PLAN_DATE);
        assert!(c.status.is_some());
        c.update(Msg::Back);
        assert!(c.setup.plan_form.is_none());
        assert!(!c.finished, "Esc closes the form, not class mode");
    }
}
