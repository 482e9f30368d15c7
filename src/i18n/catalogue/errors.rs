//! The wording of problems in lesson and settings files, and of the progress store's.

use crate::i18n::Template;

catalogue! {
    /// One text per kind of lesson-file problem; one marked "added" follows the one before.
    pub struct LessonErrorText {
        /// Between the place (`file:line:column: `) and the problem.
        pub error_label: &'static str,
        /// A lesson or settings file that cannot be read: {detail}.
        pub io: Template,
        /// A lesson path refused unread because it is a symbolic link.
        pub refused_link: &'static str,
        /// A lesson path refused unread because it is a FIFO (named pipe).
        pub refused_fifo: &'static str,
        /// A lesson path refused unread because it is a device.
        pub refused_device: &'static str,
        /// A lesson path refused unread because it is a socket.
        pub refused_socket: &'static str,
        /// A lesson path refused unread because it is something else that is not a plain file.
        pub refused_other: &'static str,
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
        /// A `[pronounce]` reading of {word} ({reading}) is not {chars} pinyin syllables.
        pub bad_reading: Template,
        /// Arrays or tables nested too deeply.
        pub too_deep: &'static str,
        /// Added: between the place and a warning (a lesson that loads but should be improved).
        pub warning_label: &'static str,
        /// Added: {count} of {total} right answers at option {position}.
        pub answers_pile_up: Template,
        /// Added: a check question with only {count} options.
        pub few_options: Template,
        /// Added: the right option is the longest in all {total} questions.
        pub right_always_longest: Template,
        /// Added: a source with neither a web address nor a document number.
        pub source_unverifiable: &'static str,
        /// Added: a step that needs {pages} pages at 40×15, over {limit}.
        pub step_too_long: Template,
        /// Added: after the check summary, how many warnings there were ({count}).
        pub warnings_summary: Template,
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
