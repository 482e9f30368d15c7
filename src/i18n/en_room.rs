//! English: class mode in the room (plans, leaving early, time, hard steps).

use super::{RoomText, Template};

/// Class mode in the room, in English.
pub(super) const ROOM: RoomText = RoomText {
    plans_heading: "Planned for today (Enter starts one, with its lesson, site and trainer):",
    plan_line: Template("{time} {lesson} · {site} · {trainer} · {n} expected"),
    plan_held: Template("✓ held {line}"),
    plan_lesson_missing: Template(
        "The planned lesson \"{id}\" is not in the library. Choose a lesson below and press Start.",
    ),
    left_early: Template(
        "{name} left early; their class time stops now. Press L again if they come back.",
    ),
    came_back: Template("{name} is back; their class time goes on."),
    left_mark: " (left)",
    button_left: "Left early",
    summary_time: Template("Class time: {start}–{end} ({minutes} minutes)"),
    summary_no_time: "Class time: not recorded yet",
    summary_presence: "Time each learner was here:",
    presence_line: Template("{name} {minutes} min"),
    presence_left: Template("{name} {minutes} min (left at {time})"),
    button_steps: "Hard steps",
    button_order: "Order",
    steps_title: Template("Which steps of \"{title}\" are hard"),
    steps_hardest: "Most wrong tries and help first (O: in step order)",
    steps_in_order: "In step order (O: hardest first)",
    steps_from: "From every record of this lesson: classes, practice and the kiosk.",
    steps_none: "This lesson has no records yet.",
    step_heading: Template("Step {n} {title}"),
    bar_wrong: "Errs",
    bar_help: "Help",
    step_facts: Template("{reached} reached it · {dropped} did not finish · time {time}"),
    time_seconds: Template("about {s} s"),
    time_none: "unknown",
    help_steps: "O or Tab: hardest first / in step order\nPgDn PgUp: turn the page (the \"▼ more\" line can be tapped too)\nErrs: wrong taps on the phone; Help: the trainer's \"needs help\" marks\nTime: how long the step usually takes (timed in practice only)\nDid not finish: reached the step but not the end of the lesson\n? or F1: open or close this help\nEsc: back to the summary",
    plan_row: "+ Plan a later class (for the activity plan)",
    plan_form_title: "Plan a later class (Enter saves, Esc plans nothing):",
    plan_form_where: Template("Site: {site} · Trainer: {trainer}"),
    plan_date: "Date",
    plan_time: "Time",
    plan_expected: "Expected",
    plan_form_hint: "Write the time as 09:30 or 09:30-11:00 and the number in digits. The site and trainer are the set-up's.",
    plan_past: "That date has passed. Write today's or a later one.",
    plan_bad_time: "Write the time as 09:30 or 09:30-11:00.",
    plan_bad_expected: "Write the number expected in digits, such as 15.",
    planned: Template(
        "Planned: {date} {time} {lesson}, {n} expected. It is in the activity plan (zhulao report plan).",
    ),
    button_plan_save: "Save plan",
    button_plan_cancel: "Cancel",
    help_plan_form: "↑ ↓ or Tab: another row\nType: the date, time and number\n← →: change the lesson on its row\nEnter: save the plan\nF1: open or close this help\nEsc: plan nothing, back to the set-up",
};
