//! English: a class week's texts (groups, history, same-name learners).

use super::{Template, WeekText};

/// A class week's texts in English.
pub(super) const WEEK: WeekText = WeekText {
    group_last: Template("Last class: {name} ({n} people)"),
    group_other: Template("◀ Class: {name} ({n} people) ▶"),
    group_new: "◀ Class: a new class ▶",
    group_name: Template("{site} {day} class"),
    weekdays: "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    group_signed_in: Template(
        "All {n} of {name} are signed in. Not here: Tab to the list, Delete.",
    ),
    history_row: "Past classes (go on, correct, delete)",
    continue_heading: "Classes of today and of the last hours (Enter goes on with one):",
    add_same_name: Template("+ Another \"{name}\" ({n} have this name)"),
    same_name_added: Template(
        "Another \"{name}\" was added, code {code}. A note tells them apart: Tab to the list, press N.",
    ),
    empty_deleted: "The class just started had nothing recorded yet; it was deleted and does not count.",
    note_deleted: Template("The note on {name} was deleted."),
    history_title: "Past classes",
    history_empty: "No class has been held yet.",
    history_line: Template("{date} {lesson} · {site} · {trainer} · {n} people · {minutes} min"),
    history_confirm: Template(
        "Press Delete again to delete this class: it holds {n} marks and answers, which progress then no longer counts. Any other key keeps it.",
    ),
    history_deleted: "The class was deleted.",
    history_corrected: "Corrected.",
    correct_title: Template("Correct the class of {date} (Enter saves, Esc leaves it):"),
    help_history: "↑ ↓: choose a class (or tap it)\nEnter: go on with that class\nE: correct its date, site, trainer (Tab: next row, Enter: save)\nDelete: delete the class (press twice when it holds marks)\n? or F1: open or close this help\nEsc: back to starting a class",
    button_reopen: "Go on",
    button_correct: "Correct",
    button_delete: "Delete",
    button_save: "Save",
    button_history: "Past classes",
    button_leave_group: "Out of the class",
    left_group: Template("{name} is out of {group} and is no longer signed in with it."),
    cli_same_name: Template(
        "Note: learners of the same name exist already: {list}. If it is the same person, zhulao learner merge joins the records.",
    ),
};
