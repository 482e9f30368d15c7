//! The sign-up sheet and learner card texts in English.

use crate::i18n::{SignupText, Template};

/// The sign-up sheet and card texts in English.
pub(in crate::i18n) const SIGNUP: SignupText = SignupText {
    open_failed: Template("Cannot open {path}: {detail}"),
    not_a_sheet: Template(
        "{path} is not a sheet this program reads (it reads Excel .xlsx and .xls, .ods and .csv): {detail}",
    ),
    no_such_sheet: Template("The workbook has no sheet called \"{sheet}\". It has: {names}"),
    empty_sheet: "This sheet is empty: there are no learners to import.",
    no_name_column: "No column of names was found (a column headed \"name\"). Say which one it is with --name-column, for example --name-column B.",
    no_such_header: Template(
        "The header \"{header}\" given to {option} is not in the first 10 rows.",
    ),
    preview_file: Template("Sign-up sheet: {file}"),
    preview_sheet: Template("Sign-up sheet: {file} (sheet \"{sheet}\")"),
    header_row: Template("Row {row} holds the headers."),
    no_header_row: "There is no header row: reading from the first row.",
    columns_heading: "The columns are used like this:",
    column_line: Template("  column {column} \"{header}\" -> {role}"),
    role_name: "name",
    role_phone: "phone (only its last 4 digits go into the notes, to tell people of the same name apart)",
    role_notes: "notes",
    role_community: "community (goes into the notes)",
    ignored_line: Template("  not imported: {columns}"),
    adding_heading: Template("People to import: {count}"),
    add_line: Template("  row {row}  {name} (notes: {notes})"),
    add_line_bare: Template("  row {row}  {name}"),
    flag_cleaned: "      note: invisible characters were removed from the name",
    flag_same_in_sheet: Template(
        "      note: row {rows} has the same name and another phone; imported as different people",
    ),
    flag_same_in_store: Template(
        "      note: the learner list already has this name (code {codes}); a new learner is made. If it is the same person, delete this row from the sheet",
    ),
    flag_odd_phone: Template(
        "      note: the phone number \"{phone}\" has the wrong number of digits; imported all the same",
    ),
    skipping_heading: Template("Not imported, {count} rows:"),
    problem_no_name: Template("  row {row}: no name."),
    problem_too_long: Template("  row {row}: the name has {count} characters; at most {max}."),
    problem_digits: Template(
        "  row {row}: the name \"{name}\" has digits in it; perhaps the wrong column.",
    ),
    problem_not_a_name: Template(
        "  row {row}: \"{name}\" is not a name; it looks like a note under the table.",
    ),
    problem_same_as: Template(
        "  row {row}: {name} is the same person as row {first} (same name and phone); imported once.",
    ),
    problem_already_in: Template(
        "  row {row}: {name} is already in the learner list (code {code}); not imported again.",
    ),
    nothing_to_add: "No new learners to import; the learner list is unchanged.",
    confirm: Template("Import these {count}? Type y and Enter to import, just Enter not to: "),
    not_confirmed: "Nothing imported; the learner list is unchanged.",
    needs_yes: "Nothing has been written yet. If the above looks right, run it again with --yes to import.",
    added_heading: Template("Imported: {count}"),
    added_line: Template("  code {code}  {name}"),
    add_failed: Template(
        "Nothing imported: row {row} {name} could not be written ({detail}). Nobody from the sheet was written and the learner list is unchanged; fix it and import again.",
    ),
    write_failed: Template(
        "Nothing imported: {detail}. Nobody from the sheet was written and the learner list is unchanged; fix it and import again.",
    ),
    cards_hint: Template("Print their cards: zhulao export cards --learner {codes} -o cards.html"),
    note_community: Template("Community: {community}"),
    note_phone: Template("phone ends {digits}"),
    note_joiner: "; ",
    list_joiner: ", ",
    cards_title: "Learner cards",
    card_code_label: "Learner code",
    card_hint: "Type this number at the library's practice computer to carry on learning",
    cards_written: Template("Wrote {count} learner cards to {path}"),
    cards_none: "No learners: no cards written.",
};
