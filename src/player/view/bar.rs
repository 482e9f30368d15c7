//! The player's bar of buttons along the bottom: what a finger can do on each screen,
//! with the key that does the same under each word.

use crate::player::{Msg, Phase, Player};
use crate::ui::buttons::Button;

/// The buttons for the player's current screen, most important first (a bar too narrow
/// for all of them leaves out the last ones). `phone` is set on a narrow screen whose
/// step has a phone: the button that switches between phone and text comes first then.
pub fn buttons(player: &Player, phone: bool) -> Vec<Button<'static, Msg>> {
    let s = &player.lang.text().ui;
    let mut out = Vec::new();
    match &player.phase {
        Phase::Steps => {
            if phone {
                let label = match player.phone_open {
                    true => s.button_card,
                    false => s.button_phone,
                };
                out.push(Button::new(label, "F2", Msg::TogglePhone).primary(!player.phone_open));
            }
            let done = player.answered();
            let next = if done { s.button_next } else { s.button_skip };
            out.push(Button::new(next, "→", Msg::NextStep).primary(done));
            if player.step > 0 {
                out.push(Button::new(s.button_prev, "←", Msg::PrevStep));
            }
        }
        Phase::Quiz(q) => {
            if q.current_answer().is_some() {
                let next = Button::new(s.button_next_question, "→", Msg::NextStep);
                out.push(next.primary(true));
            }
            if q.index > 0 {
                out.push(Button::new(s.button_prev_question, "←", Msg::PrevStep));
            }
        }
        Phase::Summary => {
            let finish = Button::new(s.button_finish, s.key_enter, Msg::Activate);
            out.push(finish.primary(true));
            let again = match player.lesson.quiz.is_empty() {
                true => s.button_prev,
                false => s.button_quiz_again,
            };
            out.push(Button::new(again, "←", Msg::PrevStep));
        }
    }
    if !matches!(player.phase, Phase::Summary) {
        out.push(match player.speaking {
            true => Button::new(s.button_reading, "F5", Msg::ReadAloud).primary(true),
            false => Button::new(s.button_read, "F5", Msg::ReadAloud),
        });
    }
    out.push(Button::new(s.button_help, "?", Msg::ToggleHelp));
    if !matches!(player.phase, Phase::Summary) {
        out.push(Button::new(s.button_leave, "Esc", Msg::Back));
    }
    if player.end_visit {
        out.push(Button::new(s.button_end_visit, "F10", Msg::EndVisit));
    }
    out
}
