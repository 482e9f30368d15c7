//! The texts of class mode and of the kiosk.

use crate::i18n::Template;

catalogue! {
    /// The words of the class-mode screens and the class record.
    pub struct ClassText {
        /// The class screens' title bar before a session is started.
        pub mode_title: &'static str,
        /// Class set-up: the heading of the form.
        pub setup_title: &'static str,
        /// Class set-up: the date field's label.
        pub date: &'static str,
        /// Class set-up: the trainer field's label.
        pub trainer: &'static str,
        /// Class set-up: the button that starts the session.
        pub start: &'static str,
        /// Class set-up: the heading over today's sessions, which can be taken up again.
        pub today: &'static str,
        /// Class set-up: told when the date cannot be read.
        pub bad_date: &'static str,
        /// Class set-up: told when the site is left empty.
        pub need_site: &'static str,
        /// Class set-up: told when the trainer's name is left empty.
        pub need_trainer: &'static str,
        /// Class set-up: no lesson to teach; also before a reopened session's lost lesson id.
        pub no_lessons: &'static str,
        /// Attendance: the label of the search box for signing learners in.
        pub search_label: &'static str,
        /// Attendance: the search result that adds {name} as a new learner.
        pub add_new: Template,
        /// Attendance: told when the search matches nobody.
        pub nobody_found: &'static str,
        /// Attendance: the heading of the list of those signed in, {n} of them.
        pub present_count: Template,
        /// Attendance: the button that begins the lesson.
        pub begin_class: &'static str,
        /// Attendance: told when the lesson is begun with nobody signed in.
        pub need_attendee: &'static str,
        /// Presenting a step: the heading of the trainer notes.
        pub notes_title: &'static str,
        /// Presenting a step: shown instead of notes when the step has no trainer notes.
        pub no_notes: &'static str,
        /// Presenting a step: {done} of the {total} present have done it.
        pub class_done: Template,
        /// Presenting a step: before the names of those who need help with it.
        pub needs_help_now: &'static str,
        /// Presenting a step: shown after that label when nobody needs help.
        pub nobody: &'static str,
        /// The roster screen's heading: the marks for step {step}.
        pub grid_title: Template,
        /// The roster screen: what each mark means.
        pub grid_legend: &'static str,
        /// Roster: the prompt while a note on learner {name} is typed.
        pub note_prompt: Template,
        /// Told after marking all done: step {step}, {n} learners newly marked.
        pub marked_all: Template,
        /// Class check questions: question {n} of {total}.
        pub quiz_title: Template,
        /// Class check questions: a learner's answer when there is none; also in the tally.
        pub not_answered: &'static str,
        /// Class check questions, after reveal: the label before the no-answer count.
        pub tally: &'static str,
        /// Class check questions, after reveal: option {n} is right.
        pub right_answer: Template,
        /// The class summary's heading, also the name of its sheet in the export.
        pub summary_title: &'static str,
        /// Class summary: {n} attended, before their names.
        pub summary_attendance: Template,
        /// Class summary: the heading over how many finished each step.
        pub summary_steps: &'static str,
        /// Class summary: the heading over who needs a follow-up and on what.
        pub summary_follow_up: &'static str,
        /// Class summary: the heading over questions right; a roster sheet column.
        pub summary_quiz: &'static str,
        /// Class summary: shown when nobody needs a follow-up.
        pub no_follow_up: &'static str,
        /// Class status line when something could not be saved: {error}.
        pub save_failed: Template,
        /// The start of the class export's file name.
        pub class_sheet: &'static str,
        /// The name of the class export's sheet of the roster and its marks.
        pub roster_sheet: &'static str,
        /// Presenting: the short "more above" line of a narrow paged part.
        pub more_above_short: &'static str,
        /// Presenting: the short "more below" line of a narrow paged part.
        pub more_below_short: &'static str,
        /// Presenting: the heading over the phone's words that its panel is too narrow to show whole.
        pub phone_words: &'static str,
        /// Presenting a step: before the names of the {n} who need help with it.
        pub needs_help_count: Template,
        /// Presenting a step, where the names do not fit: how many, {n}, need help.
        pub needs_help_many: Template,
        /// Roster: told after {name}'s mark on step {step} was taken back.
        pub mark_cleared: Template,
        /// Class check questions: {n} without an answer were recorded as choosing option {option}.
        pub answered_all: Template,
        /// Class check questions with the roster hidden: learner {n}, {name}, is being recorded; {done} of {total} answered.
        pub roster_hidden: Template,
        /// The key help of the set-up form, one key per line.
        pub help_setup: &'static str,
        /// The key help of the attendance screen, one key per line.
        pub help_attendance: &'static str,
        /// The key help while a step is presented, one key per line.
        pub help_present: &'static str,
        /// The key help of the roster grid, one key per line.
        pub help_grid: &'static str,
        /// The key help of the class check questions, one key per line.
        pub help_quiz: &'static str,
        /// The key help of the class summary, one key per line.
        pub help_summary: &'static str,
        /// Class set-up: the button that starts the session.
        pub button_start: &'static str,
        /// Class set-up: the button that leaves class mode.
        pub button_leave: &'static str,
        /// Attendance: the button that begins the lesson.
        pub button_begin: &'static str,
        /// Attendance: the button that moves to the list of who is here.
        pub button_list: &'static str,
        /// Attendance: the button that moves back to the search box.
        pub button_search: &'static str,
        /// Attendance: the button that signs the chosen learner out.
        pub button_sign_out: &'static str,
        /// Class screens: the button that goes one screen back.
        pub button_back: &'static str,
        /// Presenting: the button that opens the roster grid.
        pub button_grid: &'static str,
        /// Presenting and roster: the button that marks everyone not marked yet as done.
        pub button_mark_all: &'static str,
        /// Presenting: the button that hides the trainer notes.
        pub button_hide_notes: &'static str,
        /// Presenting: the button that shows the trainer notes.
        pub button_show_notes: &'static str,
        /// Presenting: the button that opens the check questions.
        pub button_quiz: &'static str,
        /// Presenting: the button back to attendance.
        pub button_attendance: &'static str,
        /// Roster: the button that marks the chosen learner done.
        pub button_done: &'static str,
        /// Roster: the button that marks the chosen learner as needing help.
        pub button_needs_help: &'static str,
        /// Roster: the button that marks the chosen learner absent.
        pub button_absent: &'static str,
        /// Roster: the button that clears the chosen learner's mark.
        pub button_clear: &'static str,
        /// Roster: the button that writes a note on the chosen learner.
        pub button_note: &'static str,
        /// Roster and check questions: the button back to presenting the step.
        pub button_present: &'static str,
        /// Check questions: the button recording option {n} for everyone without an answer.
        pub button_answer_all: Template,
        /// Check questions: the button recording that the chosen learner did not answer.
        pub button_no_answer: &'static str,
        /// Check questions: the button that shows the right answer and the tally.
        pub button_reveal: &'static str,
        /// Check questions: the button that hides the right answer again.
        pub button_hide_answer: &'static str,
        /// Check questions: the button that hides the roster from the room.
        pub button_hide_roster: &'static str,
        /// Check questions: the button that shows the roster again.
        pub button_show_roster: &'static str,
        /// Check questions, on the last question: the button on to the summary.
        pub button_summary: &'static str,
        /// Class summary: the button that writes the class record.
        pub button_export: &'static str,
        /// Class summary: the button that ends the class.
        pub button_end: &'static str,
        /// Class summary: the button back to the check questions.
        pub button_back_quiz: &'static str,
        /// The space bar's name under a button.
        pub key_space: &'static str,
    }

    /// The words of the kiosk's screens and of `zhulao kiosk set-pin`.
    pub struct KioskText {
        /// Kiosk welcome screen: the greeting over the start button.
        pub welcome_title: &'static str,
        /// Kiosk welcome screen: the big start button.
        pub welcome_start: &'static str,
        /// Kiosk welcome screen: the small corner label that opens the staff PIN pad.
        pub welcome_staff: &'static str,
        /// Kiosk: the title of the screen that asks how to practise.
        pub choose_title: &'static str,
        /// Kiosk choice: sign in with a learner card.
        pub choose_sign_in: &'static str,
        /// Kiosk choice: register as a new learner.
        pub choose_new: &'static str,
        /// Kiosk choice: practise as a guest, without saving.
        pub choose_guest: &'static str,
        /// The kiosk's key line on the choice and confirm screens.
        pub choose_keys: &'static str,
        /// Kiosk: the big button at the bottom of a screen that goes one screen back.
        pub back: &'static str,
        /// Kiosk sign-in pad: the title asking for the card's number.
        pub pad_code_title: &'static str,
        /// Kiosk new-learner pad: the title asking for the new card's number.
        pub pad_new_code_title: &'static str,
        /// Kiosk number pads: the delete key.
        pub pad_delete: &'static str,
        /// Kiosk number pads and the name screen: the OK key.
        pub pad_ok: &'static str,
        /// The keys of both number pads: the learner card's and the staff PIN's.
        pub pad_keys: &'static str,
        /// Kiosk sign-in: told when no learner has the number typed.
        pub code_unknown: &'static str,
        /// Kiosk card pads: told when a card's number was typed with a slip (its check
        /// digit does not hold), told apart from a number nobody has.
        pub code_mistyped: &'static str,
        /// Kiosk card pads: told when the number typed is not a well-formed learner code.
        pub code_short: &'static str,
        /// Kiosk new learner: told when the number typed is already registered.
        pub code_taken: &'static str,
        /// Kiosk pads after wrong tries: {seconds} left before the pad takes input again.
        pub paused: Template,
        /// Kiosk: told when progress cannot be saved now.
        pub store_problem: &'static str,
        /// Kiosk new learner: the title of the screen of surnames to tap.
        pub surname_title: &'static str,
        /// Kiosk new learner: the line over the surnames, asking for a tap.
        pub surname_question: &'static str,
        /// Kiosk surname screen: the button that registers without a name.
        pub surname_skip: &'static str,
        /// Kiosk surname screen: the button that opens typing the name on a keyboard.
        pub surname_type: &'static str,
        /// Kiosk surname screen: the button that shows the next page of surnames.
        pub surname_next: &'static str,
        /// Kiosk surname screen: the button that shows the page of surnames before.
        pub surname_prev: &'static str,
        /// Kiosk new learner: the title of the screen asking 女士 or 先生.
        pub title_title: &'static str,
        /// Kiosk new learner: a woman addressed by her {surname}, shown and stored (王女士).
        pub madam: Template,
        /// Kiosk new learner: a man addressed by his {surname}, shown and stored (王先生).
        pub sir: Template,
        /// The name stored for a kiosk learner who gave none, after their card's {code}.
        pub unnamed: Template,
        /// Kiosk new learner: the title asking for the name.
        pub name_title: &'static str,
        /// Kiosk new learner: the line under the OK button.
        pub name_hint: &'static str,
        /// Kiosk new learner: told when OK is pressed with no name.
        pub name_empty: &'static str,
        /// The kiosk name screen's key line.
        pub name_keys: &'static str,
        /// Kiosk new learner: the title of the check screen.
        pub confirm_title: &'static str,
        /// Kiosk check screen: the name, {name}, partly masked.
        pub confirm_name: Template,
        /// Kiosk check screen: the line saying no name will be stored.
        pub confirm_unnamed: &'static str,
        /// Kiosk check screen: the learner number, {code}, digits spaced out.
        pub confirm_code: Template,
        /// Kiosk check screen: a reminder to sign in with this number next time.
        pub confirm_remember: &'static str,
        /// Kiosk check screen: the button that registers and starts.
        pub confirm_yes: &'static str,
        /// Kiosk check screen: the button that goes back through the number and the name.
        pub confirm_no: &'static str,
        /// Kiosk lessons screen: the title greeting {name}, partly masked.
        pub home_hello: Template,
        /// Kiosk lessons screen: the title for a guest, whose work is not saved.
        pub home_guest: &'static str,
        /// Kiosk lessons screen: the big button at the bottom that ends the visit.
        pub home_sign_out: &'static str,
        /// The kiosk lessons screen's key line.
        pub home_keys: &'static str,
        /// Kiosk lessons screen: the big button to continue at step {step}, over the lesson title.
        pub resume: Template,
        /// Kiosk and home lesson lists: the heading over the lessons of a {category}.
        pub lesson_group: Template,
        /// Kiosk lesson list: the status of a finished lesson.
        pub lesson_done: &'static str,
        /// Kiosk lesson list: a lesson begun, {done} of {total} steps.
        pub lesson_progress: Template,
        /// Kiosk lesson list: a lesson not begun, {total} steps.
        pub lesson_steps: Template,
        /// Kiosk idle box: the question, also read aloud.
        pub idle_title: &'static str,
        /// Kiosk idle box: how to keep practising, also read aloud.
        pub idle_body: &'static str,
        /// Kiosk idle box: back to the start in {seconds}; progress is kept.
        pub idle_countdown: Template,
        /// Kiosk idle box: the button that keeps the visit going.
        pub idle_continue: &'static str,
        /// The title of the kiosk's staff PIN pad.
        pub pin_title: &'static str,
        /// Kiosk staff PIN pad: told when the PIN is wrong.
        pub pin_wrong: &'static str,
        /// Printed when the kiosk will not start because no staff PIN is set.
        pub no_pin: &'static str,
        /// Printed when the kiosk will not start: the PIN file {path} cannot be read.
        pub pin_damaged: Template,
        /// `zhulao kiosk set-pin`: the prompt for the new PIN.
        pub set_pin_prompt: &'static str,
        /// `zhulao kiosk set-pin`: the prompt to type the PIN once more.
        pub set_pin_again: &'static str,
        /// `zhulao kiosk set-pin`: the two PINs typed differ; nothing changed.
        pub set_pin_mismatch: &'static str,
        /// `zhulao kiosk set-pin`: the PIN is not 4 to 12 digits; nothing changed.
        pub set_pin_invalid: &'static str,
        /// `zhulao kiosk set-pin`: the PIN's hash was saved to {path}.
        pub set_pin_done: Template,
        /// Printed at kiosk start when reading aloud is on but no speech program is found.
        pub no_speech: &'static str,
    }
}
