//! The catalogue's structs: what every language must say, grouped by concern.

use super::Template;

catalogue! {
    /// Every user-visible text of one language.
    pub struct Text {
        /// The language's own name and tag.
        pub language: LanguageText,
        /// The main screens and commands, and the words the other parts share with them.
        pub ui: UiText,
        /// Class mode: the trainer's screens.
        pub class: ClassText,
        /// Kiosk mode: the learner's self-service screens and its staff commands.
        pub kiosk: KioskText,
        /// The activity report, the learner record and the certificate.
        pub export: ExportText,
        /// The names of the lesson categories.
        pub categories: CategoryText,
        /// The names of the lesson levels.
        pub levels: LevelText,
        /// Problems found in lesson (and settings) files.
        pub lesson_errors: LessonErrorText,
        /// Problems with the progress store and with learner input.
        pub store_errors: StoreErrorText,
    }

    /// How a language names itself.
    pub struct LanguageText {
        /// In its own interface's settings.
        pub name: &'static str,
        /// In another interface's settings, with a gloss if that helps a helper find it.
        pub name_elsewhere: &'static str,
        /// Its BCP 47 tag, for documents such as the certificate.
        pub tag: &'static str,
    }

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
        /// The home screen's key line when the window is wide enough for it.
        pub home_keys: &'static str,
        /// The home screen's key line when the window is narrow.
        pub home_keys_narrow: &'static str,
        /// The title of the home screen's lesson details box.
        pub details_heading: &'static str,
        /// The word after a number of steps (home, details, lesson check, learner show).
        pub steps_unit: &'static str,
        /// The word after a lesson's estimated minutes on the home screen and in details.
        pub minutes_unit: &'static str,
        /// The word after a number of questions in lesson details and lesson check.
        pub questions_unit: &'static str,
        /// The last line of the lesson details box: how to start or go back.
        pub start_prompt: &'static str,
        /// Every screen: shown instead of it when the window is below its smallest size.
        pub window_too_small: &'static str,
        /// Last line of `zhulao lesson check`: {total} files, {ok} good, {bad} with errors.
        pub check_summary: Template,
        /// `zhulao lesson check`: before the paths when no lesson file was found in them.
        pub check_no_files: &'static str,
        /// After a good lesson's title in `zhulao lesson check`: its steps and questions.
        pub check_counts: Template,
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
        /// Player: the prompt under a step that asks the learner to tap something.
        pub tap_prompt: &'static str,
        /// Player: the prompt under a choose step or an unanswered check question.
        pub choose_prompt: &'static str,
        /// The player's key line on a wide window.
        pub player_keys: &'static str,
        /// The player's key line on a narrow window.
        pub player_keys_narrow: &'static str,
        /// Player on a narrow window: the tappable line that shows the step's phone.
        pub show_phone: &'static str,
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
        /// The player's key line on the end-of-lesson screen.
        pub summary_keys: &'static str,
        /// The title of the player's key help box.
        pub help_title: &'static str,
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
        /// The settings screen's key line while no field is being typed into.
        pub settings_keys: &'static str,
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
        /// The part of the player's key lines that reads aloud when tapped.
        pub read_aloud_label: &'static str,
        /// Notice when reading aloud has no speech program to use.
        pub speech_missing: &'static str,
        /// Notice when the speech program {program} would not start: {detail}.
        pub speech_failed: Template,
        /// What read-aloud says before a step's warning.
        pub warning_spoken: &'static str,
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
        /// The learner picker's key line.
        pub picker_keys: &'static str,
        /// Learner picker: above the box where a new learner's name is typed.
        pub picker_new_prompt: &'static str,
        /// The key line while typing: a new learner's name, or a settings field.
        pub picker_new_keys: &'static str,
        /// Home screen's learner row: learner {name} with code {code}.
        pub home_learner: Template,
        /// Home screen's learner row when nobody is chosen and nothing is saved.
        pub home_guest: &'static str,
        /// Home screen's learner row: the key for changing learner, when it fits.
        pub home_change_learner: &'static str,
        /// Home screen: the row that continues lesson {title} at step {step}.
        pub home_resume: Template,
        /// `zhulao learner add`: the learner {name} was added with code {code}.
        pub learner_added: Template,
        /// `zhulao learner list` when there are no learners.
        pub learner_none: &'static str,
        /// `zhulao learner list`: the column heading line.
        pub learner_header: &'static str,
        /// `zhulao learner rename`: code {code} now has the name {name}.
        pub learner_renamed: Template,
        /// `zhulao learner merge`: {other}'s records now belong to {keep} ({name}).
        pub learner_merged: Template,
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
        /// The class set-up form's key line.
        pub setup_keys: &'static str,
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
        /// The attendance screen's key line.
        pub attendance_keys: &'static str,
        /// Attendance: told when the lesson is begun with nobody signed in.
        pub need_attendee: &'static str,
        /// The key line while a step is presented, on a wide window.
        pub present_keys: &'static str,
        /// The key line while a step is presented, on a narrow window.
        pub present_keys_narrow: &'static str,
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
        /// The roster screen's key line.
        pub grid_keys: &'static str,
        /// The roster screen: what each mark means.
        pub grid_legend: &'static str,
        /// Roster: the prompt while a note on learner {name} is typed.
        pub note_prompt: Template,
        /// Told after marking all done: step {step}, {n} learners newly marked.
        pub marked_all: Template,
        /// Class check questions: question {n} of {total}.
        pub quiz_title: Template,
        /// The class check questions' key line.
        pub quiz_keys: &'static str,
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
        /// The class summary's key line.
        pub summary_keys: &'static str,
        /// Class summary: shown when nobody needs a follow-up.
        pub no_follow_up: &'static str,
        /// Class status line when something could not be saved: {error}.
        pub save_failed: Template,
        /// The start of the class export's file name.
        pub class_sheet: &'static str,
        /// The name of the class export's sheet of the roster and its marks.
        pub roster_sheet: &'static str,
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
        /// Kiosk: the title-bar button that goes back.
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
        /// Kiosk card pads: told when the number typed is not a well-formed learner code.
        pub code_short: &'static str,
        /// Kiosk new learner: told when the number typed is already registered.
        pub code_taken: &'static str,
        /// Kiosk pads after wrong tries: {seconds} left before the pad takes input again.
        pub paused: Template,
        /// Kiosk: told when progress cannot be saved now.
        pub store_problem: &'static str,
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
        /// Kiosk check screen: the learner number, {code}, digits spaced out.
        pub confirm_code: Template,
        /// Kiosk check screen: a reminder to sign in with this number next time.
        pub confirm_remember: &'static str,
        /// Kiosk check screen: the button that registers and starts.
        pub confirm_yes: &'static str,
        /// Kiosk check screen: the button that goes back to type the name again.
        pub confirm_no: &'static str,
        /// Kiosk lessons screen: the title greeting {name}, partly masked.
        pub home_hello: Template,
        /// Kiosk lessons screen: the title for a guest, whose work is not saved.
        pub home_guest: &'static str,
        /// Kiosk lessons screen: the title-bar button that ends the visit.
        pub home_sign_out: &'static str,
        /// The kiosk lessons screen's key line.
        pub home_keys: &'static str,
        /// Kiosk lessons screen: the big button to continue at step {step}, over the lesson title.
        pub resume: Template,
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

    /// Column names and labels of the activity report, learner record and certificate.
    pub struct ExportText {
        /// Activity report: the column of class sessions held.
        pub sessions: &'static str,
        /// Activity report: the column of attendances, one per learner per session.
        pub person_times: &'static str,
        /// Activity report: the column of different learners.
        pub learners: &'static str,
        /// Activity report: the column of lessons completed.
        pub completions: &'static str,
        /// Activity report: the column of the average check-question score.
        pub average_score: &'static str,
        /// Activity report: the column of hours of training.
        pub hours: &'static str,
        /// Activity report: the label of the totals row.
        pub total: &'static str,
        /// The name of the activity report's sheet.
        pub activity_sheet: &'static str,
        /// `zhulao report activity`: the heading, from {from} to {to}.
        pub activity_title: Template,
        /// `zhulao report activity`: printed when the period had no class sessions.
        pub no_sessions: &'static str,
        /// The name of the learner record's sheet.
        pub record_sheet: &'static str,
        /// Learner record: the lesson status column.
        pub status: &'static str,
        /// Learner record: the steps-done column.
        pub steps_done: &'static str,
        /// Learner record: the date each lesson was finished.
        pub finished_on: &'static str,
        /// Learner record: the minutes spent on each lesson.
        pub minutes_spent: &'static str,
        /// Learner record: the check questions answered right.
        pub quiz_right: &'static str,
        /// The certificate's page title and heading.
        pub certificate_title: &'static str,
        /// The certificate's first paragraph: learner {name} with code {code}.
        pub certificate_body: Template,
        /// The certificate when the learner has completed no lesson.
        pub certificate_none: &'static str,
        /// The certificate's last line: issued on {date}.
        pub certificate_issued: Template,
        /// `zhulao export learner`: no learner has the code {code}.
        pub unknown_learner: Template,
        /// A `--from` or `--to` date, {date}, that cannot be read.
        pub bad_date: Template,
    }

    /// The lesson categories' names, as the home screen groups lessons.
    pub struct CategoryText {
        /// Lessons on phone basics, such as text size and settings.
        pub basics: &'static str,
        /// Lessons on staying in touch: chat, voice messages, video calls.
        pub social: &'static str,
        /// Lessons on mobile payment: paying by QR code, showing a payment code.
        pub finance: &'static str,
        /// Lessons on getting around, such as hailing a ride.
        pub travel: &'static str,
        /// Lessons on health care: appointments, the medical insurance code, reports.
        pub health: &'static str,
        /// Lessons on fraud prevention: spotting scam calls, links and tricks.
        pub fraud: &'static str,
        /// Lessons on shopping online.
        pub shopping: &'static str,
        /// Lessons on daily services, such as paying bills.
        pub services: &'static str,
        /// Lessons on online learning: taking classes on the phone.
        pub learning: &'static str,
        /// Lessons on healthy ageing: keeping well in later life.
        pub wellbeing: &'static str,
    }

    /// The lesson levels' names.
    pub struct LevelText {
        /// The level for doing something on a phone for the first time.
        pub beginner: &'static str,
        /// The level for someone who knows a little and wants to be surer.
        pub basic: &'static str,
        /// The level for someone who already uses it and wants to learn more.
        pub advanced: &'static str,
    }

    /// One text per kind of lesson-file problem; one marked "added" follows the one before.
    pub struct LessonErrorText {
        /// Between the place (`file:line:column: `) and the problem.
        pub error_label: &'static str,
        /// A lesson or settings file that cannot be read: {detail}.
        pub io: Template,
        /// A lesson file of {size} bytes, over the {limit}-byte limit.
        pub file_too_large: Template,
        /// A lesson or settings file that is not UTF-8 text.
        pub invalid_utf8: &'static str,
        /// A TOML syntax error; `detail` is the parser's message, worded by the two below.
        pub syntax: Template,
        /// The TOML parser's messages by how they start, worded here; empty keeps its own.
        pub syntax_phrases: &'static [(&'static str, &'static str)],
        /// A parser message that has no phrase above.
        pub syntax_unworded: Template,
        /// A text with no closing quote.
        pub unclosed_string: &'static str,
        /// A control character, shown as {shown}, inside a text.
        pub raw_control: Template,
        /// A key {key} not allowed here, likely meant as {suggestion}.
        pub unknown_key_suggested: Template,
        /// A key {key} where no keys are allowed.
        pub unknown_key_none_allowed: Template,
        /// A key {key} not allowed here; {allowed} are.
        pub unknown_key: Template,
        /// A required key {key} that is missing.
        pub missing_key: Template,
        /// A value of the wrong kind: {expected} was expected, {found} was found.
        pub wrong_type: Template,
        /// A value {value} that is not allowed; {allowed} are.
        pub unknown_value: Template,
        /// Added: the likely meant value or id.
        pub did_you_mean: Template,
        /// A `format_version` of {found}, which this zhulao does not read.
        pub unsupported_format: Template,
        /// A number {key} of {value}, outside {min} to {max}.
        pub out_of_range: Template,
        /// An id of kind {kind}, {value}, that is not well formed.
        pub bad_id: Template,
        /// An id of kind {kind}, {id}, used again after line {first_line}.
        pub duplicate_id: Template,
        /// A lesson id {id} that the lesson file {other} also uses.
        pub duplicate_lesson: Template,
        /// A lesson with no steps.
        pub no_steps: &'static str,
        /// Too many {key}: {count}, over the limit of {limit}.
        pub too_many: Template,
        /// A text of {chars} characters, over the limit of {limit}.
        pub text_too_long: Template,
        /// A text that must not be empty but is.
        pub empty_text: &'static str,
        /// A key {key} that an element or task of kind {kind} cannot take; it takes {allowed}.
        pub key_not_for_kind: Template,
        /// A key {key} that an element or task of kind {kind} needs.
        pub missing_for_kind: Template,
        /// A step with a {task} task and no hint.
        pub missing_hint: Template,
        /// A {task} task on a step that has no screen.
        pub no_screen_for_task: Template,
        /// A task's target {target} that is not on the step's screen.
        pub missing_target: Template,
        /// Added: the screen has no element with an id.
        pub no_ids_on_screen: &'static str,
        /// Added: the ids the screen has.
        pub ids_on_screen: Template,
        /// A `type` task pointing at an element that takes no typing.
        pub target_not_typable: Template,
        /// A `tap` task pointing at an element that cannot be tapped.
        pub target_not_tappable: Template,
        /// A choice with {count} options, not 2 to 6.
        pub option_count: Template,
        /// An answer {answer} beyond the {count} options.
        pub answer_out_of_range: Template,
        /// An amount element's value {value} that is not a number such as 25.00.
        pub bad_amount: Template,
        /// Arrays or tables nested too deeply.
        pub too_deep: &'static str,
        /// One item of a list of keys, values or ids.
        pub list_item: Template,
        /// Between two items of such a list.
        pub list_separator: &'static str,
        /// What kind of thing an id names.
        pub ids: IdKindText,
        /// The kinds of TOML value, as "expected … found …" names them.
        pub types: TypeText,
    }

    /// The kinds of id, as the lesson-file problems name them.
    pub struct IdKindText {
        /// A lesson's id.
        pub lesson: &'static str,
        /// A step's id.
        pub step: &'static str,
        /// A screen element's id.
        pub element: &'static str,
        /// A check question's id.
        pub question: &'static str,
    }

    /// The kinds of TOML value.
    pub struct TypeText {
        /// A TOML string.
        pub string: &'static str,
        /// A TOML integer.
        pub integer: &'static str,
        /// A TOML decimal number.
        pub float: &'static str,
        /// A TOML true or false.
        pub bool: &'static str,
        /// A TOML array.
        pub array: &'static str,
        /// A TOML table.
        pub table: &'static str,
        /// A TOML date-time.
        pub datetime: &'static str,
    }

    /// Problems with the progress database, its folder, or a learner's name or code.
    pub struct StoreErrorText {
        /// The data folder {dir} could not be created: {detail}.
        pub create_dir: Template,
        /// The progress file {path} is empty (0 bytes); it is left untouched.
        pub empty: Template,
        /// {path} is not a database at all; it is left untouched.
        pub not_a_database: Template,
        /// {path} is a database of another program; it is left untouched.
        pub foreign: Template,
        /// {path} is from a newer zhulao: schema {found}, this one knows {supported}.
        pub newer_schema: Template,
        /// The progress file {path} is damaged ({detail}); it is left untouched.
        pub corrupt: Template,
        /// {path} cannot be written (read-only or no permission).
        pub read_only: Template,
        /// The disk is full, so {path} cannot be written.
        pub disk_full: Template,
        /// {path} was held too long by another program.
        pub busy: Template,
        /// Any other database or file problem: {detail}.
        pub other: Template,
        /// A learner name that is empty.
        pub empty_name: &'static str,
        /// A learner name that is too long.
        pub name_too_long: &'static str,
        /// A learner code {code} that is not 3 to 12 digits.
        pub bad_code: Template,
        /// A learner code {code} that another learner already has.
        pub code_taken: Template,
        /// No learner has the code {code}.
        pub learner_not_found: Template,
        /// A merge of a learner into the same learner.
        pub same_learner: &'static str,
    }
}
