//! The bar of buttons along the bottom of each class screen: what a finger can do there,
//! with the key that does the same under each word. Keys without a button (digits, H, X
//! on the roster...) are in the help behind `?`.

use crate::class::state::{Class, Mark, Msg, ROW_HISTORY, ROW_START, Stage};
use crate::ui::buttons::Button;

/// The buttons of the class screen showing, most important first (a bar too narrow for
/// all of them leaves out the last ones). `phone` is set on a narrow present screen whose
/// step has a phone: the switch between phone and text comes first then. `answer_all` is
/// the label of the "everyone else chose it" button of a question.
pub(super) fn buttons<'a>(class: &Class, phone: bool, answer_all: &'a str) -> Vec<Button<'a, Msg>> {
    let s = &class.lang.text().class;
    let ui = &class.lang.text().ui;
    let help = Button::new(ui.button_help, "?", Msg::ToggleHelp);
    let w = &class.lang.text().week;
    let r = &class.lang.text().room;
    match class.stage {
        Stage::Setup if class.setup.plan_form.is_some() => vec![
            Button::new(r.button_plan_save, ui.key_enter, Msg::Confirm).primary(true),
            Button::new(ui.button_help, "F1", Msg::ToggleHelp),
            Button::new(r.button_plan_cancel, "Esc", Msg::Back),
        ],
        Stage::Setup => vec![
            Button::new(s.button_start, ui.key_enter, Msg::Pick(ROW_START)).primary(true),
            Button::new(w.button_history, "", Msg::Pick(ROW_HISTORY)),
            Button::new(ui.button_help, "F1", Msg::ToggleHelp),
            Button::new(s.button_leave, "Esc", Msg::Back),
        ],
        Stage::History if class.history.edit.is_some() => vec![
            Button::new(w.button_save, ui.key_enter, Msg::Confirm).primary(true),
            Button::new(ui.button_help, "F1", Msg::ToggleHelp),
            Button::new(s.button_back, "Esc", Msg::Back),
        ],
        Stage::History => vec![
            Button::new(w.button_reopen, ui.key_enter, Msg::Confirm).primary(true),
            Button::new(w.button_correct, "E", Msg::Correct),
            Button::new(w.button_delete, "Del", Msg::Remove),
            help,
            Button::new(s.button_back, "Esc", Msg::Back),
        ],
        Stage::Attendance if class.in_list => {
            let mut out = vec![
                Button::new(s.button_sign_out, "Del", Msg::Remove),
                Button::new(s.button_note, "N", Msg::EditNote),
            ];
            if class.group.is_some() {
                out.push(Button::new(w.button_leave_group, "X", Msg::LeaveGroup));
            }
            out.extend([
                Button::new(s.button_search, "Tab", Msg::Switch),
                Button::new(ui.button_help, "F1", Msg::ToggleHelp),
                Button::new(s.button_back, "Esc", Msg::Back),
                // Last: a narrow bar leaves it out (the key L still works).
                Button::new(r.button_left, "L", Msg::LeftEarly),
            ]);
            out
        }
        Stage::Attendance => vec![
            Button::new(s.button_begin, "", Msg::Pick(usize::MAX)).primary(true),
            Button::new(s.button_list, "Tab", Msg::Switch),
            Button::new(ui.button_help, "F1", Msg::ToggleHelp),
            Button::new(s.button_back, "Esc", Msg::Back),
        ],
        Stage::Present => {
            let mut out = Vec::new();
            if phone {
                let label = match class.phone_open {
                    true => ui.button_card,
                    false => ui.button_phone,
                };
                out.push(Button::new(label, "P", Msg::TogglePhone));
            }
            out.push(Button::new(ui.button_next, "→", Msg::Next).primary(true));
            if class.step > 0 {
                out.push(Button::new(ui.button_prev, "←", Msg::Prev));
            }
            let notes = match class.notes_open {
                true => s.button_hide_notes,
                false => s.button_show_notes,
            };
            out.extend([
                Button::new(s.button_grid, "G", Msg::ToggleGrid),
                Button::new(s.button_mark_all, "E", Msg::MarkEveryone),
                Button::new(notes, "N", Msg::ToggleNotes),
                Button::new(s.button_quiz, "Q", Msg::OpenQuiz),
                help,
                Button::new(s.button_attendance, "Esc", Msg::Back),
            ]);
            out
        }
        Stage::Grid => vec![
            Button::new(s.button_done, s.key_space, Msg::Mark(Mark::Done)).primary(true),
            Button::new(s.button_needs_help, "H", Msg::Mark(Mark::NeedsHelp)),
            Button::new(s.button_absent, "X", Msg::Mark(Mark::Absent)),
            Button::new(s.button_clear, "U", Msg::ClearMark),
            Button::new(s.button_mark_all, "E", Msg::MarkEveryone),
            Button::new(s.button_note, "N", Msg::EditNote),
            help,
            Button::new(s.button_present, "Tab", Msg::Switch),
            // Last: a narrow bar leaves it out (the key L still works).
            Button::new(r.button_left, "L", Msg::LeftEarly),
        ],
        Stage::Quiz => {
            let last = class
                .current_lesson()
                .is_some_and(|l| class.question + 1 >= l.quiz.len());
            let next = match last {
                true => s.button_summary,
                false => ui.button_next_question,
            };
            let mut out = vec![Button::new(next, "→", Msg::Next).primary(true)];
            if class.question > 0 {
                out.push(Button::new(ui.button_prev_question, "←", Msg::Prev));
            }
            if let Some(n) = class.last_chosen {
                out.push(Button::new(answer_all, "A", Msg::AnswerAll(n)));
            }
            let reveal = match class.revealed {
                true => s.button_hide_answer,
                false => s.button_reveal,
            };
            let roster = match class.roster_hidden {
                true => s.button_show_roster,
                false => s.button_hide_roster,
            };
            out.extend([
                Button::new(s.button_no_answer, "0", Msg::ClearAnswer),
                Button::new(reveal, "R", Msg::Reveal),
                Button::new(roster, "H", Msg::ToggleRoster),
                help,
                Button::new(s.button_present, "Esc", Msg::Back),
            ]);
            out
        }
        Stage::Summary => vec![
            Button::new(s.button_end, ui.key_enter, Msg::Confirm).primary(true),
            Button::new(s.button_export, "X", Msg::Export),
            Button::new(
                class.lang.text().authoring.button_handout,
                "P",
                Msg::Handout,
            ),
            Button::new(r.button_steps, "S", Msg::OpenSteps),
            Button::new(s.button_back_quiz, "←", Msg::Prev),
            help,
        ],
        Stage::Steps => vec![
            Button::new(r.button_order, "O", Msg::ToggleOrder).primary(true),
            help,
            Button::new(s.button_back, "Esc", Msg::Back),
        ],
    }
}
