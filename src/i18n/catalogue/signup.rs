//! The texts of `zhulao learner import` (sign-up sheets) and `zhulao export cards`.

use crate::i18n::Template;

catalogue! {
    /// Importing learners from a sign-up sheet, and printing learner cards.
    pub struct SignupText {
        /// The file, {path}, cannot be opened: {detail}.
        pub open_failed: Template,
        /// The file, {path}, is not a sheet this program reads: {detail}.
        pub not_a_sheet: Template,
        /// The workbook has no sheet {sheet}; it has {names}.
        pub no_such_sheet: Template,
        /// The sheet holds nothing.
        pub empty_sheet: &'static str,
        /// No header names the name column, and `--name-column` was not given.
        pub no_name_column: &'static str,
        /// The header {header} that option {option} names is in none of the first rows.
        pub no_such_header: Template,
        /// The preview's first line: the file {file}.
        pub preview_file: Template,
        /// The preview's first line for a workbook: the file {file} and its sheet {sheet}.
        pub preview_sheet: Template,
        /// Row {row} holds the headers.
        pub header_row: Template,
        /// The sheet has no header row: it is read from its first row.
        pub no_header_row: &'static str,
        /// Over the list of columns and what each is used for.
        pub columns_heading: &'static str,
        /// One column: its letter {column}, its header {header}, what it is used for {role}.
        pub column_line: Template,
        /// The use of the name column.
        pub role_name: &'static str,
        /// The use of the phone column: only its last four digits are kept.
        pub role_phone: &'static str,
        /// The use of the notes column.
        pub role_notes: &'static str,
        /// The use of the community column: kept in the notes.
        pub role_community: &'static str,
        /// The columns not imported, {columns} (letter and header each).
        pub ignored_line: Template,
        /// Over the rows to import: {count} people.
        pub adding_heading: Template,
        /// A row to import: its number {row}, the name {name} and the notes {notes}.
        pub add_line: Template,
        /// A row to import without notes: its number {row} and the name {name}.
        pub add_line_bare: Template,
        /// A name lost invisible or control characters.
        pub flag_cleaned: &'static str,
        /// Other rows, {rows}, have the same name but another phone: other people.
        pub flag_same_in_sheet: Template,
        /// Learners in the list, {codes}, have the same name: a new one is made.
        pub flag_same_in_store: Template,
        /// The phone number {phone} does not have the digits of one; imported all the same.
        pub flag_odd_phone: Template,
        /// Over the rows not imported: {count} rows.
        pub skipping_heading: Template,
        /// Row {row} has no name.
        pub problem_no_name: Template,
        /// Row {row}: the name has {count} characters, at most {max}.
        pub problem_too_long: Template,
        /// Row {row}: the name {name} holds digits.
        pub problem_digits: Template,
        /// Row {row}: {name} is not a name (a note under the table).
        pub problem_not_a_name: Template,
        /// Row {row}: {name} is the same person as row {first}.
        pub problem_same_as: Template,
        /// Row {row}: {name} is already in the list, code {code}.
        pub problem_already_in: Template,
        /// Nothing new to import.
        pub nothing_to_add: &'static str,
        /// The question before writing: import {count} people?
        pub confirm: Template,
        /// The answer was not yes: nothing written.
        pub not_confirmed: &'static str,
        /// Not a terminal and no `--yes`: nothing written yet.
        pub needs_yes: &'static str,
        /// Written: {count} people.
        pub added_heading: Template,
        /// One learner written: {code} and {name}.
        pub added_line: Template,
        /// Row {row}, {name}, could not be written, so nobody was: {detail}.
        pub add_failed: Template,
        /// The import could not be written, so nobody was: {detail}.
        pub write_failed: Template,
        /// How to print the new learners' cards, with their codes {codes}.
        pub cards_hint: Template,
        /// The notes' part made of the community {community}.
        pub note_community: Template,
        /// The notes' part made of the phone's last four digits {digits}.
        pub note_phone: Template,
        /// Between two parts of the notes.
        pub note_joiner: &'static str,
        /// Between two row numbers or codes in a list.
        pub list_joiner: &'static str,
        /// The learner cards' page title.
        pub cards_title: &'static str,
        /// On a card, over the code.
        pub card_code_label: &'static str,
        /// On a card, under the code: type it at the practice computer to go on learning.
        pub card_hint: &'static str,
        /// Cards written: {count} cards to {path}.
        pub cards_written: Template,
        /// No learner to make a card for.
        pub cards_none: &'static str,
    }
}
