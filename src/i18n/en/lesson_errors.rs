//! The lesson files' error texts in English.

use crate::i18n::{IdKindText, LessonErrorText, Template, TypeText};

/// The lesson files' error texts in English.
pub(in crate::i18n) const LESSON_ERRORS: LessonErrorText = LessonErrorText {
    error_label: "error: ",
    io: Template("cannot read this file: {detail}"),
    refused_link: "not read: it is a symbolic link (a lesson must be a plain file in the folder).",
    refused_fifo: "not read: it is not a plain file but a FIFO (named pipe); a lesson must be a plain text file.",
    refused_device: "not read: it is not a plain file but a device; a lesson must be a plain text file.",
    refused_socket: "not read: it is not a plain file but a socket; a lesson must be a plain text file.",
    refused_other: "not read: it is not a plain file; a lesson must be a plain text file.",
    file_too_large: Template(
        "the file is too large ({size} bytes); a lesson file may have at most {limit} bytes (1 MiB). Split it into several lessons.",
    ),
    invalid_utf8: "these bytes are not UTF-8. Save the file with UTF-8 encoding in your editor.",
    syntax: Template("invalid TOML: {detail}"),
    syntax_phrases: &[],
    syntax_unworded: Template("{detail}"),
    unclosed_string: "this text has no closing quote \". Put long text in triple quotes \"\"\" instead.",
    raw_control: Template(
        "a control character {shown} (an invisible special character, perhaps pasted from elsewhere) is inside this text; delete it.",
    ),
    unknown_key_suggested: Template("unknown key '{key}'. Did you mean '{suggestion}'?"),
    unknown_key_none_allowed: Template("unknown key '{key}'; no keys are allowed here."),
    unknown_key: Template("unknown key '{key}'. Keys allowed here: {allowed}."),
    missing_key: Template("missing required key '{key}'."),
    wrong_type: Template("expected {expected}, found {found}."),
    unknown_value: Template("'{value}' is not an allowed value. Allowed: {allowed}."),
    did_you_mean: Template(" Did you mean '{suggestion}'?"),
    unsupported_format: Template(
        "this file uses format version {found}; this zhulao reads format version 1 only. Write format_version = 1 or upgrade zhulao.",
    ),
    out_of_range: Template("'{key}' must be between {min} and {max}; it is {value}."),
    bad_id: Template(
        "{kind} '{value}' is not valid: use lowercase letters, digits and '-' (like scan-to-pay), not starting with '-', at most 64 characters.",
    ),
    duplicate_id: Template("{kind} '{id}' is used twice; it was first used on line {first_line}."),
    duplicate_lesson: Template(
        "lesson id '{id}' is also used by {other}; each lesson in a folder needs its own id.",
    ),
    no_steps: "the lesson has no steps; write at least one [[steps]].",
    too_many: Template("too many '{key}': {count}, at most {limit} allowed. Split the lesson."),
    text_too_long: Template("this text is too long: {chars} characters, at most {limit}."),
    empty_text: "this must not be empty.",
    key_not_for_kind: Template("'{key}' cannot be used on a {kind}. A {kind} takes: {allowed}."),
    missing_for_kind: Template("a {kind} needs '{key}'."),
    missing_hint: Template(
        "this step asks the learner to act ({task}); write a hint to show after a wrong try.",
    ),
    no_screen_for_task: Template(
        "a {task} task needs a screen element, but this step has no [steps.screen].",
    ),
    missing_target: Template("the task's target '{target}' is not on this step's screen."),
    no_ids_on_screen: " No element on this screen has an id.",
    ids_on_screen: Template(" Ids on this screen: {available}."),
    target_not_typable: Template(
        "'{target}' is a {found} and cannot be the target of a {task} task.",
    ),
    target_not_tappable: Template(
        "'{target}' is a {found} and cannot be the target of a {task} task.",
    ),
    option_count: Template("there must be 2 to 6 options; there are {count}."),
    answer_out_of_range: Template(
        "the answer is option {answer}, but there are only {count} options (counting from 1).",
    ),
    bad_amount: Template("the amount \'{value}\' must be a number such as \"25.00\"."),
    bad_reading: Template(
        "the reading \'{reading}\' of \'{word}\' must be {chars} pinyin syllables with tone numbers 1 to 5, separated by spaces, such as \"chong2 yang2\" for a word of two characters.",
    ),
    too_deep: "arrays or tables are nested too deeply; check for extra brackets [ ].",
    warning_label: "warning: ",
    answers_pile_up: Template(
        "{count} of the {total} right answers are option {position}. A learner who always picks option {position} scores well without reading; spread the right answers over the positions.",
    ),
    few_options: Template(
        "this question has only {count} options, so a guess is often right. Give at least 3, the wrong ones being real mistakes people make.",
    ),
    right_always_longest: Template(
        "in all {total} questions the right option is the longest one, so picking the longest always wins. Make the wrong options as careful-sounding, or the right one shorter.",
    ),
    source_unverifiable: "this source has neither a web address nor a document number, so a reviewer cannot look it up. Add a URL (https://...) or a document number (the number printed on a government notice).",
    step_too_long: Template(
        "this step needs {pages} pages on the smallest screen (40×15, large text); keep it to {limit}. Shorten the text or split the step.",
    ),
    warnings_summary: Template(
        "{count} warnings as well: the lessons work, but are worth improving.",
    ),
    list_item: Template("'{item}'"),
    list_separator: ", ",
    ids: IdKindText {
        lesson: "lesson id",
        step: "step id",
        element: "element id",
        question: "question id",
    },
    types: TypeText {
        string: "a string (in double quotes)",
        integer: "an integer",
        float: "a decimal number",
        bool: "true or false",
        array: "a list [ ]",
        table: "a table",
        datetime: "a date-time",
    },
};
