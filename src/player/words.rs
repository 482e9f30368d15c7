//! What the player says in words besides the screen: the summary's list of things to look
//! at again, and the text read aloud.

use super::{Feedback, Phase, Player, REVEAL_AFTER, Target};
use crate::i18n::fill;
use crate::lesson::{Element, Screen, Task};

impl Player {
    /// What the summary suggests looking at again: steps not done or needing the answer
    /// shown, and questions answered wrongly.
    pub fn review_list(&self) -> Vec<String> {
        let s = &self.lang.text().ui;
        let mut out = Vec::new();
        for (n, (step, p)) in self.lesson.steps.iter().zip(&self.progress).enumerate() {
            if !(p.done || p.done_before) || p.wrong_tries >= REVEAL_AFTER {
                out.push(format!(
                    "{}{}",
                    crate::i18n::fill(s.step_label, &[("n", &(n + 1))]),
                    step.title
                ));
            }
        }
        if let Some(quiz) = &self.last_quiz {
            for (q, a) in self.lesson.quiz.iter().zip(&quiz.answers) {
                if *a != Some(q.answer) {
                    out.push(format!("{}{}", s.question_label, q.question));
                }
            }
        }
        out
    }

    /// What read-aloud says: the whole step as it stands — title, instruction, what the
    /// phone shows, tip, warning, the options with their numbers, and the hint or the
    /// right/wrong word after a try; or the question, its options and, once answered, the
    /// verdict and explanation; or the summary.
    pub fn speech_text(&self) -> String {
        let s = &self.lang.text().ui;
        let numbered = |options: &[String]| -> Vec<String> {
            options
                .iter()
                .enumerate()
                .map(|(i, o)| format!("{}{o}", fill(s.option_spoken, &[("n", &(i + 1))])))
                .collect()
        };
        match &self.phase {
            Phase::Quiz(quiz) => match self.lesson.quiz.get(quiz.index) {
                Some(q) => {
                    let mut parts = vec![q.question.clone()];
                    let shown: Vec<String> = quiz
                        .order()
                        .iter()
                        .filter_map(|&o| q.options.get(o).cloned())
                        .collect();
                    parts.extend(numbered(&shown));
                    if let Some(a) = quiz.current_answer() {
                        parts.push(match a == q.answer {
                            true => s.correct_answer.to_string(),
                            false => fill(
                                s.wrong_answer,
                                &[
                                    ("n", &(quiz.shown_at(q.answer) + 1)),
                                    ("answer", &q.options[q.answer]),
                                ],
                            ),
                        });
                        parts.push(q.explanation.clone());
                    }
                    spoken(parts)
                }
                None => String::new(),
            },
            Phase::Summary => {
                let total = self.lesson.steps.len();
                let title = match self.steps_done() == total {
                    true => s.summary_title,
                    false => s.summary_title_partial,
                };
                let steps = fill(
                    s.summary_steps,
                    &[("done", &self.steps_done()), ("total", &total)],
                );
                spoken(vec![title.to_string(), steps])
            }
            Phase::Steps => {
                let step = &self.lesson.steps[self.step];
                let mut parts = vec![step.title.clone(), step.instruction.clone()];
                if let Some(screen) = &step.screen {
                    let shown = screen_words(screen);
                    if !shown.is_empty() {
                        parts.push(format!("{}{}", s.phone_spoken, shown.join("，")));
                    }
                }
                if let Some(tip) = &step.tip {
                    parts.push(format!("{}{tip}", s.tip_label));
                }
                if let Some(warning) = &step.warning {
                    parts.push(format!("{}{warning}", s.warning_spoken));
                }
                if let Task::Choose { options, .. } = &step.task {
                    parts.extend(numbered(options));
                }
                if let Some(feedback) = self.feedback_words() {
                    parts.push(feedback);
                }
                spoken(parts)
            }
        }
    }

    /// The feedback after a try, in words: the hint, the answer shown, or "done".
    pub fn feedback_words(&self) -> Option<String> {
        let s = &self.lang.text().ui;
        let step = &self.lesson.steps[self.step];
        match self.feedback {
            Feedback::None => None,
            Feedback::Done => Some(s.done_spoken.to_string()),
            Feedback::Hint => step.hint.as_ref().map(|h| format!("{}{h}", s.hint_label)),
            Feedback::Reveal => Some(match &step.task {
                Task::Type { expect, .. } => fill(s.reveal_type, &[("expect", expect)]),
                Task::Choose { answer, .. } => fill(s.reveal_choose, &[("n", &(answer + 1))]),
                _ => match self.right_target_name() {
                    Some(name) => fill(s.reveal_tap, &[("name", &name)]),
                    None => return None,
                },
            }),
        }
    }
}

/// Parts read one after another, each its own sentence.
fn spoken(parts: Vec<String>) -> String {
    parts
        .into_iter()
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// What a phone screen says in words: its texts, amounts, messages and dialogs (not its
/// buttons and list rows, which the instruction names when they matter).
fn screen_words(screen: &Screen) -> Vec<String> {
    let mut out = Vec::new();
    for e in &screen.elements {
        match e {
            Element::Text { text } => out.push(text.clone()),
            Element::Amount { label, value } => {
                out.push(format!("{}{value}", label.as_deref().unwrap_or("")))
            }
            Element::Message { sender, text, .. } => match sender {
                Some(who) => out.push(format!("{who}：{text}")),
                None => out.push(text.clone()),
            },
            Element::Dialog { title, text, .. } => match title {
                Some(t) => out.push(format!("{t}：{text}")),
                None => out.push(text.clone()),
            },
            Element::Qr {
                caption: Some(c), ..
            } => out.push(c.clone()),
            _ => {}
        }
    }
    out
}

impl Player {
    /// The visible name of the element the task asks for (a button's text, an input's
    /// label), for "tap the highlighted …".
    pub fn right_target_name(&self) -> Option<String> {
        let screen = self.lesson.steps[self.step].screen.as_ref()?;
        match self.right_target()? {
            Target::Element(i) => match &screen.elements[i] {
                Element::Button { text, .. }
                | Element::Item { text, .. }
                | Element::Message { text, .. } => Some(text.clone()),
                Element::Input { label, .. } => label.clone(),
                _ => None,
            },
            Target::DialogButton(e, b) => match &screen.elements[e] {
                Element::Dialog { buttons, .. } => Some(buttons[b].text.clone()),
                _ => None,
            },
            _ => None,
        }
    }
}
