//! The texts of class mode in the room: today's planned sessions, learners who leave
//! early, the session's time, and the screen of the steps learners find hard.

use crate::i18n::Template;

catalogue! {
    /// The words of planned sessions, leaving early, class time and hard steps.
    pub struct RoomText {
        /// Set-up: the heading over today's planned sessions.
        pub plans_heading: &'static str,
        /// Set-up: one planned session: {time}, {lesson}, {site}, {trainer}, {n} expected.
        pub plan_line: Template,
        /// Set-up: a planned session already held, {line} as `plan_line` says it.
        pub plan_held: Template,
        /// Status: the lesson {id} of the plan is not in the library.
        pub plan_lesson_missing: Template,
        /// Status: {name} left early; their class time stops now.
        pub left_early: Template,
        /// Status: {name} came back; their class time goes on.
        pub came_back: Template,
        /// After the name of one who left early (grid and list of who is here).
        pub left_mark: &'static str,
        /// Button: the chosen learner left early, or came back.
        pub button_left: &'static str,
        /// Summary: the session's time, {start}–{end}, {minutes} minutes.
        pub summary_time: Template,
        /// Summary: the session has no time recorded yet.
        pub summary_no_time: &'static str,
        /// Summary: the heading over each learner's time present.
        pub summary_presence: &'static str,
        /// Summary: {name} was here {minutes} minutes.
        pub presence_line: Template,
        /// Summary: {name} was here {minutes} minutes and left early at {time}.
        pub presence_left: Template,
        /// Button (summary): the screen of which steps are hard.
        pub button_steps: &'static str,
        /// Button (steps screen): between hardest first and step order.
        pub button_order: &'static str,
        /// Steps screen: the heading, with the lesson's {title}.
        pub steps_title: Template,
        /// Steps screen: said when the hardest steps come first.
        pub steps_hardest: &'static str,
        /// Steps screen: said when the steps are in their order.
        pub steps_in_order: &'static str,
        /// Steps screen: where the figures come from.
        pub steps_from: &'static str,
        /// Steps screen: the lesson has no record yet.
        pub steps_none: &'static str,
        /// Steps screen: step {n}, {title}.
        pub step_heading: Template,
        /// Steps screen: the label of the wrong tries' bar (four columns wide).
        pub bar_wrong: &'static str,
        /// Steps screen: the label of the needs-help marks' bar (four columns wide).
        pub bar_help: &'static str,
        /// Steps screen: {reached} reached the step, {dropped} of them did not finish the lesson, {time} a typical time.
        pub step_facts: Template,
        /// Steps screen: a typical time of {s} seconds.
        pub time_seconds: Template,
        /// Steps screen: the {time} of a step no time was recorded for.
        pub time_none: &'static str,
        /// Steps screen: the key help.
        pub help_steps: &'static str,
        /// Set-up: the row that plans a later session.
        pub plan_row: &'static str,
        /// Plan form: its heading.
        pub plan_form_title: &'static str,
        /// Plan form: the site {site} and trainer {trainer}, from the set-up.
        pub plan_form_where: Template,
        /// Plan form: the date's label.
        pub plan_date: &'static str,
        /// Plan form: the time's label.
        pub plan_time: &'static str,
        /// Plan form: the label of how many are expected.
        pub plan_expected: &'static str,
        /// Plan form: how to write it.
        pub plan_form_hint: &'static str,
        /// Status: the plan's date has passed.
        pub plan_past: &'static str,
        /// Status: the plan's time cannot be read.
        pub plan_bad_time: &'static str,
        /// Status: the number expected cannot be read.
        pub plan_bad_expected: &'static str,
        /// Status: the plan was saved: {date} {time} {lesson}, {n} expected.
        pub planned: Template,
        /// Button (plan form): save the plan.
        pub button_plan_save: &'static str,
        /// Button (plan form): plan nothing.
        pub button_plan_cancel: &'static str,
        /// Plan form: the key help.
        pub help_plan_form: &'static str,
    }
}
