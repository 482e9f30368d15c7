//! The texts of the activity reports: the statistics table, the volunteer ledger, the plan
//! (活动安排表) and the step-difficulty sheet, with the definitions printed under them.

use super::Template;

catalogue! {
    /// The activity reports' titles, columns, definitions and messages.
    pub struct ReportText {
        /// The statistics table's title and tab.
        pub stats_title: &'static str,
        /// The sheet of person-times per site and domain.
        pub domain_sheet: &'static str,
        /// Column: how the learning happened.
        pub form: &'static str,
        /// Column: the lesson's domain.
        pub domain: &'static str,
        /// Column: class sessions held.
        pub sessions: &'static str,
        /// Column: hours of activity.
        pub hours: &'static str,
        /// Column: person-times.
        pub person_times: &'static str,
        /// Column: distinct learners.
        pub learners: &'static str,
        /// Column: learners taking part for the first time.
        pub new_learners: &'static str,
        /// Column: distinct volunteers.
        pub volunteers: &'static str,
        /// Column: volunteer hours.
        pub volunteer_hours: &'static str,
        /// Column: the average check-question score.
        pub average_score: &'static str,
        /// Form: a class session with a trainer.
        pub form_class: &'static str,
        /// Form: practice at a kiosk.
        pub form_self: &'static str,
        /// A site's subtotal row.
        pub subtotal: &'static str,
        /// The total row.
        pub total: &'static str,
        /// The domain of a lesson no longer offered.
        pub domain_other: &'static str,
        /// The heading of the definitions under a table.
        pub definitions: &'static str,
        /// Definition of sessions.
        pub def_sessions: &'static str,
        /// Definition of hours.
        pub def_hours: &'static str,
        /// Definition of person-times.
        pub def_person_times: &'static str,
        /// Definition of distinct learners.
        pub def_learners: &'static str,
        /// Definition of new learners.
        pub def_new: &'static str,
        /// Definition of volunteers and their hours.
        pub def_volunteers: &'static str,
        /// Definition of the average score.
        pub def_score: &'static str,
        /// Which columns are sums.
        pub def_sums: &'static str,
        /// Said when the period has no activity.
        pub no_activity: &'static str,
        /// Chart title.
        pub chart_by_domain: &'static str,
        /// Chart title.
        pub chart_by_site: &'static str,
        /// The volunteer ledger's title and tab.
        pub ledger_title: &'static str,
        /// The ledger's summary sheet.
        pub ledger_summary: &'static str,
        /// Column: a volunteer's name.
        pub name: &'static str,
        /// Column: the day served.
        pub service_date: &'static str,
        /// Column: what was done.
        pub activity: &'static str,
        /// Column: lead or assistant.
        pub role: &'static str,
        /// Role: the lead trainer.
        pub role_lead: &'static str,
        /// Role: an assistant.
        pub role_assistant: &'static str,
        /// Column: when the service began.
        pub start: &'static str,
        /// Column: when the service ended.
        pub end: &'static str,
        /// Column: hours served.
        pub service_hours: &'static str,
        /// Column: how many sessions.
        pub service_count: &'static str,
        /// Under the ledger.
        pub ledger_note: &'static str,
        /// The plan sheet's title and tab.
        pub plan_title: &'static str,
        /// Column: a row's number.
        pub number: &'static str,
        /// Column: a day.
        pub date: &'static str,
        /// Column: a time of day.
        pub time: &'static str,
        /// Column: the lesson taught.
        pub content: &'static str,
        /// Column: who teaches.
        pub trainer: &'static str,
        /// Column: participants expected.
        pub expected: &'static str,
        /// Column: person-times when held.
        pub held: &'static str,
        /// Column: held or not.
        pub state: &'static str,
        /// A plan that was held.
        pub state_held: &'static str,
        /// A plan still ahead.
        pub state_pending: &'static str,
        /// A past plan that was not held.
        pub state_missed: &'static str,
        /// Under the plan.
        pub plan_note: &'static str,
        /// Said when no plan is found.
        pub plans_none: &'static str,
        /// The step-difficulty sheet's title and tab.
        pub steps_title: &'static str,
        /// Column: the lesson.
        pub lesson: &'static str,
        /// Column: the step's number.
        pub step_no: &'static str,
        /// Column: the step's title.
        pub step: &'static str,
        /// Column: learners with any record on the step.
        pub reached: &'static str,
        /// Column: wrong tries.
        pub wrong: &'static str,
        /// Column: needs-help marks.
        pub help: &'static str,
        /// Column: median seconds on the step.
        pub median: &'static str,
        /// Column: reached the step, never finished the lesson.
        pub dropped: &'static str,
        /// Column: that share of those who reached the step.
        pub drop_rate: &'static str,
        /// Under the step sheet.
        pub steps_note: &'static str,
        /// The sheet holding the step charts, a page for every two.
        pub steps_charts: &'static str,
        /// Said when there is nothing to show.
        pub steps_none: &'static str,
        /// Said when the ledger is empty.
        pub volunteers_none: &'static str,
        /// An empty list.
        pub none: &'static str,
        /// A step chart's title.
        pub chart_steps: Template,
        /// Said when a plan is added.
        pub plan_added: Template,
        /// Said when a plan is removed.
        pub plan_removed: Template,
        /// Said when a plan number is wrong.
        pub plan_unknown: Template,
        /// One plan in plan list.
        pub plan_line: Template,
        /// A time that cannot be read.
        pub bad_time: Template,
        /// Said when volunteers are set.
        pub volunteers_set: Template,
        /// One session in session list.
        pub session_item: Template,
        /// Said when the ledger is written.
        pub ledger_written: Template,
    }
}
