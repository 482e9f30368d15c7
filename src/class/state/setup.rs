//! The class set-up form: the day, site, trainer, lesson and group of a session, and the
//! sessions and plans of today offered above it.

use super::{PlanForm, ROW_DATE, ROW_SITE};
use crate::progress::{ClassGroup, ClassSession, TodayPlan};

/// The set-up form.
#[derive(Debug, Clone, Default)]
pub struct Setup {
    /// The date typed, year-month-day; today's at first.
    pub date: String,
    /// The site typed.
    pub site: String,
    /// The trainer's name typed.
    pub trainer: String,
    /// Index into [`Class::lessons`] of the lesson picked.
    pub lesson: usize,
    /// The selected row: group, date, site, trainer, lesson, start, history, then the
    /// sessions to go on with (see the `ROW_` constants).
    pub row: usize,
    /// Sessions to go on with (today's, and any that saved something in the last hours),
    /// each offered for reopening.
    pub today: Vec<ClassSession>,
    /// The class groups, the one that met most recently first.
    pub groups: Vec<ClassGroup>,
    /// Index into `groups` of the group chosen; `groups.len()` for a new group.
    pub group: usize,
    /// Today's planned sessions (at this site), offered above the form.
    pub plans: Vec<TodayPlan>,
    /// The plan selected, while the cursor is on the plans rather than the form's rows.
    pub on_plan: Option<usize>,
    /// The form planning a later session, while it is open.
    pub plan_form: Option<PlanForm>,
}

impl Setup {
    pub(in crate::class) fn field(&mut self, row: usize) -> &mut String {
        match row {
            ROW_DATE => &mut self.date,
            ROW_SITE => &mut self.site,
            _ => &mut self.trainer,
        }
    }

    /// The group chosen, None for a new group.
    pub fn chosen_group(&self) -> Option<&ClassGroup> {
        self.groups.get(self.group)
    }
}
