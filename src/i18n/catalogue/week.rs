//! The texts of a class week: class groups, same-name learners, notes that follow the
//! learner, and the list of past sessions (history).

use crate::i18n::Template;

catalogue! {
    /// The words of class groups, the history of sessions and learners of the same name.
    pub struct WeekText {
        /// Set-up: the first row, the group of the latest class, {name} with {n} learners.
        pub group_last: Template,
        /// Set-up: the group row on another group, {name} with {n} learners.
        pub group_other: Template,
        /// Set-up: the group row when the class is a new group.
        pub group_new: &'static str,
        /// The name a new group gets: {site} and the weekday, {day}.
        pub group_name: Template,
        /// The weekdays' names as {day} of a group name, Monday first, between spaces.
        pub weekdays: &'static str,
        /// Status: the whole group, {name}, was signed in, {n} learners.
        pub group_signed_in: Template,
        /// Set-up: the row that opens the list of past sessions.
        pub history_row: &'static str,
        /// Set-up: the heading over the sessions to go on with (today's, and any session
        /// that saved something in the last hours, whatever its date).
        pub continue_heading: &'static str,
        /// Attendance: the row that adds another learner of a name already in the store,
        /// {name}, with {n} people of that name.
        pub add_same_name: Template,
        /// Status: another learner called {name} was added, with the code {code}.
        pub same_name_added: Template,
        /// Status: the session just started, with nothing recorded, was deleted.
        pub empty_deleted: &'static str,
        /// Status: the note on {name} was deleted.
        pub note_deleted: Template,
        /// History: the screen's heading.
        pub history_title: &'static str,
        /// History: there is no session yet.
        pub history_empty: &'static str,
        /// History: one session, {date} {lesson} {site} {trainer}, {n} learners, {minutes}.
        pub history_line: Template,
        /// History: asks before deleting a session holding {n} marks and answers.
        pub history_confirm: Template,
        /// Status: the session was deleted.
        pub history_deleted: &'static str,
        /// Status: the session was corrected.
        pub history_corrected: &'static str,
        /// History: the heading of the form correcting the session of {date}.
        pub correct_title: Template,
        /// History: the key help.
        pub help_history: &'static str,
        /// Button: go on with the chosen session.
        pub button_reopen: &'static str,
        /// Button: correct the chosen session's date, site and trainer.
        pub button_correct: &'static str,
        /// Button: delete the chosen session.
        pub button_delete: &'static str,
        /// Button: save the correction.
        pub button_save: &'static str,
        /// Button (set-up): the list of past sessions.
        pub button_history: &'static str,
        /// Button (the attendance list): take the chosen learner out of the class group.
        pub button_leave_group: &'static str,
        /// Status: {name} was taken out of the class group, {group}.
        pub left_group: Template,
        /// `zhulao learner add`: learners of the same name already exist, {list}.
        pub cli_same_name: Template,
    }
}
