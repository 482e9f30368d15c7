//! The texts of the home app, the player, the settings and the commands, and the words
//! the other parts share with them.

use crate::i18n::Template;

catalogue! {
    /// Home, player, settings, command line, progress sheet, and words shared with others.
    pub struct UiText {
        /// The program's name: the home screen's title bar and the kiosk welcome bar.
        pub app_title: &'static str,
        /// The home title bar's right side, shown whole or not at all.
        pub app_subtitle: &'static str,
        /// Home screen: the heading shown instead of lessons when there are none.
        pub library_empty: &'static str,
        /// Home screen: the heading over lesson files that failed, before their count.
        pub broken_heading: &'static str,
        /// Home button: show the selected lesson (Enter).
        pub home_button_open: &'static str,
        /// Home button: choose who is learning (L).
        pub home_button_learner: &'static str,
        /// Home button: start a class (C).
        pub home_button_class: &'static str,
        /// Home button: export the progress sheet (X).
        pub home_button_export: &'static str,
        /// Home button: the settings (S).
        pub home_button_settings: &'static str,
        /// Home button: leave the program (Q).
        pub home_button_quit: &'static str,
        /// Lesson details button: start the lesson.
        pub details_start: &'static str,
        /// Lesson details button: close the box.
        pub details_close: &'static str,
        /// The title of the home screen's lesson details box.
        pub details_heading: &'static str,
        /// Home list, after the title of a folder lesson that replaces a bundled one.
        pub home_replaced_mark: &'static str,
        /// Lesson details of such a lesson: the {file} it comes from replaces the bundled one.
        pub details_replaced: Template,
        /// The word after a number of steps (home, details, lesson check, learner show).
        pub steps_unit: &'static str,
        /// The word after a lesson's estimated minutes on the home screen and in details.
        pub minutes_unit: &'static str,
        /// The word after a number of questions in lesson details and lesson check.
        pub questions_unit: &'static str,
        /// Every screen: shown instead of it when the window is below its smallest size.
        pub window_too_small: &'static str,
        /// Last line of `zhulao lesson check`: {total} files, {ok} good, {bad} with errors.
        pub check_summary: Template,
        /// `zhulao lesson check`: before the paths when no lesson file was found in them.
        pub check_no_files: &'static str,
        /// After a good lesson's title in `zhulao lesson check`: its steps and questions.
        pub check_counts: Template,
        /// `zhulao lesson check`: {file} has the id of the bundled lesson {id}, so it replaces it.
        pub check_replaces: Template,
        /// `zhulao lesson new`: the template was written to {path}, and how to check it.
        pub new_written: Template,
        /// `zhulao lesson new`: before the path when the file exists and was left alone.
        pub new_exists: &'static str,
        /// Printed when zhulao or the kiosk is started without a terminal to draw in.
        pub no_terminal: &'static str,
        /// Before an error message on the command line.
        pub error_prefix: &'static str,
        /// A built-in lesson file's origin, before its name (`bundled:name`), in messages.
        pub bundled: &'static str,
        /// Player title bar and class step heading: step {n} of {total}.
        pub step_progress: Template,
        /// Player title bar during the check questions: question {n} of {total}.
        pub question_progress: Template,
        /// Before a step's tip: in the player, in class mode and when read aloud.
        pub tip_label: &'static str,
        /// Before a step's warning on the player and class-mode screens.
        pub warning_label: &'static str,
        /// Player: before the step's hint, shown after a wrong try.
        pub hint_label: &'static str,
        /// Player, answer shown after wrong tries: tap the element named {name}.
        pub reveal_tap: Template,
        /// Player, answer shown after wrong tries: type {expect} into the box.
        pub reveal_type: Template,
        /// Player, answer shown after wrong tries: option number {n} is right.
        pub reveal_choose: Template,
        /// Player: told when the step's task was done right.
        pub done_feedback: &'static str,
        /// Player: the prompt under a step that only asks the learner to read it.
        pub observe_feedback: &'static str,
        /// Player: the prompt under a step that asks the learner to type.
        pub type_prompt: &'static str,
        /// Player, type step with a suggestion bar: how to fill in a word by touch.
        pub type_words_prompt: &'static str,
        /// Player: the prompt under a step that asks the learner to tap something.
        pub tap_prompt: &'static str,
        /// Player: the prompt under a choose step or an unanswered check question.
        pub choose_prompt: &'static str,
        /// Player on a narrow window: the tappable line that shows the step's phone.
        pub show_phone: &'static str,
        /// Player button: back to the previous step.
        pub button_prev: &'static str,
        /// Player button: on to the next step, once this one is done or only to be read.
        pub button_next: &'static str,
        /// Player button in place of "next" while the step is not done: skip it.
        pub button_skip: &'static str,
        /// Player button: read the step or question aloud.
        pub button_read: &'static str,
        /// Player button while the step is being read: says so, and a tap stops it.
        pub button_reading: &'static str,
        /// Player button: open the help.
        pub button_help: &'static str,
        /// Player button: leave the lesson.
        pub button_leave: &'static str,
        /// Player button at the kiosk: leave the lesson and end the visit.
        pub button_end_visit: &'static str,
        /// Player button on a narrow screen: show the phone instead of the text.
        pub button_phone: &'static str,
        /// Player button on a narrow screen: show the text instead of the phone.
        pub button_card: &'static str,
        /// Player button: back to the previous question.
        pub button_prev_question: &'static str,
        /// Player button: on to the next question, once this one is answered.
        pub button_next_question: &'static str,
        /// Summary button: answer the check questions again.
        pub button_quiz_again: &'static str,
        /// Summary button: leave the finished lesson.
        pub button_finish: &'static str,
        /// The Enter key's name under a button.
        pub key_enter: &'static str,
        /// Touch key under an input: delete the last character.
        pub key_erase: &'static str,
        /// Touch key under an input: send what is typed.
        pub key_ok: &'static str,
        /// Before the phone's suggestion bar (the input method's candidate words).
        pub suggest_label: &'static str,
        /// Summary heading when some steps are not done yet.
        pub summary_title_partial: &'static str,
        /// Player: the tappable first line when the text goes on above.
        pub more_above: &'static str,
        /// Home and kiosk lesson lists, last row: {n} more lessons below.
        pub home_more_below: Template,
        /// Player: the tappable last line when the text goes on below.
        pub more_below: &'static str,
        /// Player check question: told when the answer is right.
        pub correct_answer: &'static str,
        /// Player check question: wrong; the right one is number {n}, {answer}.
        pub wrong_answer: Template,
        /// Player check question: after the verdict, how to go on.
        pub next_question: &'static str,
        /// The player's end-of-lesson heading, also read aloud there.
        pub summary_title: &'static str,
        /// Player end-of-lesson: {done} steps done of {total}.
        pub summary_steps: Template,
        /// Player end-of-lesson: {right} check questions right of {total}.
        pub summary_quiz: Template,
        /// Player end-of-lesson: the heading over steps and questions to look at again.
        pub summary_review: &'static str,
        /// Player end-of-lesson: shown instead when nothing needs another look.
        pub summary_all_good: &'static str,
        /// The title of the player's key help box.
        pub help_title: &'static str,
        /// The first line of the player's key help box: the lesson's whole {title}.
        pub help_lesson: Template,
        /// The player's key help text, line by line.
        pub help_body: &'static str,
        /// The bottom line of the player's key help box: how to close it.
        pub help_close: &'static str,
        /// End-of-lesson review list: before a check question answered wrongly.
        pub question_label: &'static str,
        /// End-of-lesson review list: before the title of step {n}.
        pub step_label: Template,
        /// Progress sheets and the class roster: the learner code column.
        pub export_code: &'static str,
        /// Progress sheets and the class roster: the learner name column.
        pub export_name: &'static str,
        /// Progress sheet: after a lesson's title, its status column.
        pub export_status: &'static str,
        /// Progress sheet: after a lesson's title, its steps-done column (of {total}).
        pub export_done: Template,
        /// Progress sheet: after a lesson's title, its last-studied date column.
        pub export_last: &'static str,
        /// The progress export's notes sheet: the column of when each learner was added.
        pub export_registered: &'static str,
        /// The progress sheet's name, also the file name of the home screen's export.
        pub export_progress_sheet: &'static str,
        /// The name of the progress export's sheet of learner notes.
        pub export_notes_sheet: &'static str,
        /// A step done, in the step sheets and the class roster.
        pub status_done: &'static str,
        /// A step that needed help, in the step sheets and the class roster.
        pub status_needs_help: &'static str,
        /// A step skipped, in the step sheets; a learner absent, in the class roster.
        pub status_skipped: &'static str,
        /// After a progress export: written to {path}, with {rows} learners.
        pub export_written: Template,
        /// Home, class and command-line exports: the file could not be written, {detail}.
        pub export_failed: Template,
        /// The settings screen's title.
        pub settings_title: &'static str,
        /// Settings button: change the selected setting.
        pub button_change: &'static str,
        /// Settings: the label of the interface language.
        pub setting_lang: &'static str,
        /// Settings: the label of the colour theme.
        pub setting_theme: &'static str,
        /// Settings: the label of reading each step aloud.
        pub setting_auto_read: &'static str,
        /// Settings: the label of the speech program's command.
        pub setting_speech: &'static str,
        /// Settings: the label of the kiosk's idle timeout in seconds.
        pub setting_idle: &'static str,
        /// Settings: the label of the default site, for class set-up and the kiosk.
        pub setting_site: &'static str,
        /// Settings: the label of the trainer name class set-up starts with.
        pub setting_trainer: &'static str,
        /// Notice when the settings file could not be written: {detail}.
        pub settings_saved_failed: Template,
        /// The settings file is from a newer zhulao: {file}, {found} and {known} versions.
        pub settings_newer_file: Template,
        /// A yes-or-no setting that is on.
        pub setting_on: &'static str,
        /// A yes-or-no setting that is off.
        pub setting_off: &'static str,
        /// The high-contrast theme's name.
        pub theme_high_contrast: &'static str,
        /// The light theme's name.
        pub theme_light: &'static str,
        /// Home notice when the progress file is not open: no class (nor X export) now.
        pub class_needs_store: &'static str,
        /// Before the first problem of a lesson file that no longer reads when opened.
        pub lesson_unreadable: &'static str,
        /// Home notice while the X export of the progress sheet is being written.
        pub exporting: &'static str,
        /// Notice when reading aloud has no speech program to use.
        pub speech_missing: &'static str,
        /// Notice when the speech program {program} would not start: {detail}.
        pub speech_failed: Template,
        /// Why the speech program did not start: it is not installed (or the name is wrong).
        pub speech_not_found: &'static str,
        /// Why the speech program did not start: it may not be run.
        pub speech_no_permission: &'static str,
        /// What read-aloud says before a step's warning.
        pub warning_spoken: &'static str,
        /// `zhulao lesson speak`: the speech program ({command}) and what it is given.
        pub speak_program: Template,
        /// `zhulao lesson speak`: the program is given pinyin.
        pub speak_gets_pinyin: &'static str,
        /// `zhulao lesson speak`: the program is given the Chinese text.
        pub speak_gets_characters: &'static str,
        /// `zhulao lesson speak`: no lesson file or id {name}.
        pub speak_no_lesson: Template,
        /// `zhulao lesson speak`: the step asked for is not 1 to {total}.
        pub speak_no_step: Template,
        /// Read aloud before each option of a choice or question: option {n}.
        pub option_spoken: Template,
        /// Read aloud before what the step's phone screen shows.
        pub phone_spoken: &'static str,
        /// Read aloud when the step's task was done right.
        pub done_spoken: &'static str,
        /// Before a learner's notes in `zhulao learner show`; the notes column heading.
        pub notes_label: &'static str,
        /// Added to a progress-file problem on the home screen: F starts a new file.
        pub fresh_start_offer: &'static str,
        /// Home notice: a new progress file was started, the old one kept at {path}.
        pub fresh_start_done: Template,
        /// The learner picker's title.
        pub picker_title: &'static str,
        /// Learner picker: the row for practising without saving.
        pub picker_guest: &'static str,
        /// Learner picker: the row that adds a new learner.
        pub picker_new: &'static str,
        /// Learner picker: the title bar's hint that a code typed finds the learner.
        pub picker_hint: &'static str,
        /// Learner picker: above the box where a new learner's name is typed.
        pub picker_new_prompt: &'static str,
        /// Button: stop typing without keeping what was typed.
        pub button_cancel: &'static str,
        /// Home screen's learner row: learner {name} with code {code}.
        pub home_learner: Template,
        /// Home screen's learner row when nobody is chosen and nothing is saved.
        pub home_guest: &'static str,
        /// Home screen's learner row: the key for changing learner, when it fits.
        pub home_change_learner: &'static str,
        /// Home screen: the row that continues lesson {title} at step {step}.
        pub home_resume: Template,
        /// `zhulao learner add`: the learner {name} was added with code {code} (grouped as
        /// on the learner card, for reading aloud and copying).
        pub learner_added: Template,
        /// `zhulao learner list` when there are no learners.
        pub learner_none: &'static str,
        /// `zhulao learner list`: the column heading line.
        pub learner_header: &'static str,
        /// `zhulao learner rename`: code {code} now has the name {name}.
        pub learner_renamed: Template,
        /// `zhulao learner merge`: {other}'s records now belong to {keep} ({name}).
        pub learner_merged: Template,
        /// `learner delete`: the learner {code} ({name}) was erased, and what happens to
        /// the backups made before.
        pub learner_deleted: Template,
        /// A lesson or step not started: sheets, learner record, `learner show`.
        pub status_not_started: &'static str,
        /// A lesson begun but not finished: home list, sheets, learner record and show.
        pub status_in_progress: &'static str,
        /// A lesson finished: home list, sheets, learner record and `learner show`.
        pub status_completed: &'static str,
        /// `zhulao data path`: before the data folder.
        pub data_dir_label: &'static str,
        /// `zhulao data path`: before the progress file.
        pub db_label: &'static str,
        /// `zhulao data backup`: the copy was written to {path}.
        pub backup_written: Template,
        /// `zhulao data check`: the file passed, and it holds {learners} learners.
        pub data_check_ok: Template,
        /// Where a class is held: a class-mode field and a report column.
        pub site: &'static str,
        /// A class-mode field and a report column.
        pub lesson: &'static str,
        /// After a class record, learner record or report was written.
        pub written: Template,
    }
}
