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
        pub app_title: &'static str,
        pub app_subtitle: &'static str,
        pub library_empty: &'static str,
        pub broken_heading: &'static str,
        pub home_keys: &'static str,
        pub home_keys_narrow: &'static str,
        pub details_heading: &'static str,
        pub steps_unit: &'static str,
        pub minutes_unit: &'static str,
        pub questions_unit: &'static str,
        pub start_prompt: &'static str,
        pub window_too_small: &'static str,
        pub check_summary: Template,
        pub check_no_files: &'static str,
        /// After a good lesson's title in `zhulao lesson check`: its steps and questions.
        pub check_counts: Template,
        pub new_written: Template,
        pub new_exists: &'static str,
        pub no_terminal: &'static str,
        pub error_prefix: &'static str,
        pub bundled: &'static str,
        pub step_progress: Template,
        pub question_progress: Template,
        pub tip_label: &'static str,
        pub warning_label: &'static str,
        pub hint_label: &'static str,
        pub reveal_tap: Template,
        pub reveal_type: Template,
        pub reveal_choose: Template,
        pub done_feedback: &'static str,
        pub observe_feedback: &'static str,
        pub type_prompt: &'static str,
        pub tap_prompt: &'static str,
        pub choose_prompt: &'static str,
        pub player_keys: &'static str,
        pub player_keys_narrow: &'static str,
        pub show_phone: &'static str,
        pub more_above: &'static str,
        pub home_more_below: Template,
        pub more_below: &'static str,
        pub correct_answer: &'static str,
        pub wrong_answer: Template,
        pub next_question: &'static str,
        pub summary_title: &'static str,
        pub summary_steps: Template,
        pub summary_quiz: Template,
        pub summary_review: &'static str,
        pub summary_all_good: &'static str,
        pub summary_keys: &'static str,
        pub help_title: &'static str,
        pub help_body: &'static str,
        pub help_close: &'static str,
        pub question_label: &'static str,
        pub step_label: Template,
        pub export_code: &'static str,
        pub export_name: &'static str,
        pub export_status: &'static str,
        pub export_done: Template,
        pub export_last: &'static str,
        pub export_registered: &'static str,
        pub export_progress_sheet: &'static str,
        pub export_notes_sheet: &'static str,
        pub status_done: &'static str,
        pub status_needs_help: &'static str,
        pub status_skipped: &'static str,
        pub export_written: Template,
        pub export_failed: Template,
        pub settings_title: &'static str,
        pub settings_keys: &'static str,
        pub setting_lang: &'static str,
        pub setting_theme: &'static str,
        pub setting_auto_read: &'static str,
        pub setting_speech: &'static str,
        pub setting_idle: &'static str,
        pub setting_site: &'static str,
        pub setting_trainer: &'static str,
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
        pub class_needs_store: &'static str,
        /// Before the first problem of a lesson file that no longer reads when opened.
        pub lesson_unreadable: &'static str,
        pub exporting: &'static str,
        pub read_aloud_label: &'static str,
        pub speech_missing: &'static str,
        pub speech_failed: Template,
        pub warning_spoken: &'static str,
        pub notes_label: &'static str,
        pub fresh_start_offer: &'static str,
        pub fresh_start_done: Template,
        pub picker_title: &'static str,
        pub picker_guest: &'static str,
        pub picker_new: &'static str,
        pub picker_keys: &'static str,
        pub picker_new_prompt: &'static str,
        pub picker_new_keys: &'static str,
        pub home_learner: Template,
        pub home_guest: &'static str,
        pub home_change_learner: &'static str,
        pub home_resume: Template,
        pub learner_added: Template,
        pub learner_none: &'static str,
        pub learner_header: &'static str,
        pub learner_renamed: Template,
        pub learner_merged: Template,
        pub status_not_started: &'static str,
        pub status_in_progress: &'static str,
        pub status_completed: &'static str,
        pub data_dir_label: &'static str,
        pub db_label: &'static str,
        pub backup_written: Template,
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
        pub mode_title: &'static str,
        pub setup_title: &'static str,
        pub date: &'static str,
        pub trainer: &'static str,
        pub start: &'static str,
        pub today: &'static str,
        pub reopen: &'static str,
        pub setup_keys: &'static str,
        pub bad_date: &'static str,
        pub need_site: &'static str,
        pub need_trainer: &'static str,
        pub no_lessons: &'static str,
        pub search_label: &'static str,
        pub add_new: Template,
        pub nobody_found: &'static str,
        pub present_count: Template,
        pub begin_class: &'static str,
        pub attendance_keys: &'static str,
        pub need_attendee: &'static str,
        pub present_keys: &'static str,
        pub present_keys_narrow: &'static str,
        pub notes_title: &'static str,
        pub no_notes: &'static str,
        pub class_done: Template,
        pub needs_help_now: &'static str,
        pub nobody: &'static str,
        pub grid_title: Template,
        pub grid_keys: &'static str,
        pub grid_legend: &'static str,
        pub note_prompt: Template,
        pub marked_all: Template,
        pub quiz_title: Template,
        pub quiz_keys: &'static str,
        pub not_answered: &'static str,
        pub tally: &'static str,
        pub right_answer: Template,
        pub summary_title: &'static str,
        pub summary_attendance: Template,
        pub summary_steps: &'static str,
        pub summary_follow_up: &'static str,
        pub summary_quiz: &'static str,
        pub summary_keys: &'static str,
        pub no_follow_up: &'static str,
        pub save_failed: Template,
        pub class_sheet: &'static str,
        pub roster_sheet: &'static str,
    }

    /// The words of the kiosk's screens and of `zhulao kiosk set-pin`.
    pub struct KioskText {
        pub welcome_title: &'static str,
        pub welcome_start: &'static str,
        pub welcome_staff: &'static str,
        pub choose_title: &'static str,
        pub choose_sign_in: &'static str,
        pub choose_new: &'static str,
        pub choose_guest: &'static str,
        pub choose_keys: &'static str,
        pub back: &'static str,
        pub pad_code_title: &'static str,
        pub pad_new_code_title: &'static str,
        pub pad_delete: &'static str,
        pub pad_ok: &'static str,
        /// The keys of both number pads: the learner card's and the staff PIN's.
        pub pad_keys: &'static str,
        pub code_unknown: &'static str,
        pub code_short: &'static str,
        pub code_taken: &'static str,
        pub paused: Template,
        pub store_problem: &'static str,
        pub name_title: &'static str,
        pub name_hint: &'static str,
        pub name_empty: &'static str,
        pub name_keys: &'static str,
        pub confirm_title: &'static str,
        pub confirm_name: Template,
        pub confirm_code: Template,
        pub confirm_remember: &'static str,
        pub confirm_yes: &'static str,
        pub confirm_no: &'static str,
        pub home_hello: Template,
        pub home_guest: &'static str,
        pub home_sign_out: &'static str,
        pub home_keys: &'static str,
        pub resume: Template,
        pub lesson_done: &'static str,
        pub lesson_progress: Template,
        pub lesson_steps: Template,
        pub idle_title: &'static str,
        pub idle_body: &'static str,
        pub idle_countdown: Template,
        pub idle_continue: &'static str,
        pub pin_title: &'static str,
        pub pin_prompt: &'static str,
        pub pin_wrong: &'static str,
        pub no_pin: &'static str,
        pub pin_damaged: Template,
        pub set_pin_prompt: &'static str,
        pub set_pin_again: &'static str,
        pub set_pin_mismatch: &'static str,
        pub set_pin_invalid: &'static str,
        pub set_pin_done: Template,
        pub no_speech: &'static str,
    }

    /// Column names and labels of the activity report, learner record and certificate.
    pub struct ExportText {
        pub sessions: &'static str,
        pub person_times: &'static str,
        pub learners: &'static str,
        pub completions: &'static str,
        pub average_score: &'static str,
        pub hours: &'static str,
        pub total: &'static str,
        pub activity_sheet: &'static str,
        pub activity_title: Template,
        pub no_sessions: &'static str,
        pub record_sheet: &'static str,
        pub status: &'static str,
        pub steps_done: &'static str,
        pub finished_on: &'static str,
        pub minutes_spent: &'static str,
        pub quiz_right: &'static str,
        pub certificate_title: &'static str,
        pub certificate_body: Template,
        pub certificate_none: &'static str,
        pub certificate_issued: Template,
        pub unknown_learner: Template,
        pub bad_date: Template,
    }

    /// The lesson categories' names, as the home screen groups lessons.
    pub struct CategoryText {
        pub basics: &'static str,
        pub social: &'static str,
        pub finance: &'static str,
        pub travel: &'static str,
        pub health: &'static str,
        pub fraud: &'static str,
        pub shopping: &'static str,
        pub services: &'static str,
        pub learning: &'static str,
        pub wellbeing: &'static str,
    }

    /// The lesson levels' names.
    pub struct LevelText {
        pub beginner: &'static str,
        pub basic: &'static str,
        pub advanced: &'static str,
    }

    /// One text per kind of lesson-file problem; one marked "added" follows the one before.
    pub struct LessonErrorText {
        /// Between the place (`file:line:column: `) and the problem.
        pub error_label: &'static str,
        pub io: Template,
        pub file_too_large: Template,
        pub invalid_utf8: &'static str,
        /// A TOML syntax error; `detail` is the parser's message, worded by the two below.
        pub syntax: Template,
        /// The TOML parser's messages by how they start, worded here; empty keeps its own.
        pub syntax_phrases: &'static [(&'static str, &'static str)],
        /// A parser message that has no phrase above.
        pub syntax_unworded: Template,
        pub unclosed_string: &'static str,
        pub raw_control: Template,
        pub unknown_key_suggested: Template,
        pub unknown_key_none_allowed: Template,
        pub unknown_key: Template,
        pub missing_key: Template,
        pub wrong_type: Template,
        pub unknown_value: Template,
        /// Added: the likely meant value or id.
        pub did_you_mean: Template,
        pub unsupported_format: Template,
        pub out_of_range: Template,
        pub bad_id: Template,
        pub duplicate_id: Template,
        pub duplicate_lesson: Template,
        pub no_steps: &'static str,
        pub too_many: Template,
        pub text_too_long: Template,
        pub empty_text: &'static str,
        pub key_not_for_kind: Template,
        pub missing_for_kind: Template,
        pub missing_hint: Template,
        pub no_screen_for_task: Template,
        pub missing_target: Template,
        /// Added: the screen has no element with an id.
        pub no_ids_on_screen: &'static str,
        /// Added: the ids the screen has.
        pub ids_on_screen: Template,
        /// A `type` task pointing at an element that takes no typing.
        pub target_not_typable: Template,
        /// A `tap` task pointing at an element that cannot be tapped.
        pub target_not_tappable: Template,
        pub option_count: Template,
        pub answer_out_of_range: Template,
        pub bad_amount: Template,
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
        pub lesson: &'static str,
        pub step: &'static str,
        pub element: &'static str,
        pub question: &'static str,
    }

    /// The kinds of TOML value.
    pub struct TypeText {
        pub string: &'static str,
        pub integer: &'static str,
        pub float: &'static str,
        pub bool: &'static str,
        pub array: &'static str,
        pub table: &'static str,
        pub datetime: &'static str,
    }

    /// Problems with the progress database, its folder, or a learner's name or code.
    pub struct StoreErrorText {
        pub create_dir: Template,
        pub empty: Template,
        pub not_a_database: Template,
        pub foreign: Template,
        pub newer_schema: Template,
        pub corrupt: Template,
        pub read_only: Template,
        pub disk_full: Template,
        pub busy: Template,
        pub other: Template,
        pub empty_name: &'static str,
        pub name_too_long: &'static str,
        pub bad_code: Template,
        pub code_taken: Template,
        pub learner_not_found: Template,
        pub same_learner: &'static str,
    }
}
