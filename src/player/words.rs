//! What the player says in words besides the screen: the summary's list of things to look
//! at again, and the text read aloud.

use super::{Phase, Player, REVEAL_AFTER};

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

    /// What read-aloud says: the step's title, instruction, tip and warning, or the
    /// current question and its options.
    pub fn speech_text(&self) -> String {
        let s = &self.lang.text().ui;
        match &self.phase {
            Phase::Quiz(quiz) => match self.lesson.quiz.get(quiz.index) {
                Some(q) => {
                    let options: Vec<String> = q
                        .options
                        .iter()
                        .enumerate()
                        .map(|(i, o)| format!("{}. {o}", i + 1))
                        .collect();
                    format!("{}\n{}", q.question, options.join("\n"))
                }
                None => String::new(),
            },
            Phase::Summary => s.summary_title.to_string(),
            Phase::Steps => {
                let step = &self.lesson.steps[self.step];
                let mut parts = vec![step.title.clone(), step.instruction.clone()];
                if let Some(tip) = &step.tip {
                    parts.push(format!("{}{tip}", s.tip_label));
                }
                if let Some(warning) = &step.warning {
                    parts.push(format!("{}{warning}", s.warning_spoken));
                }
                parts.join("\n")
            }
        }
    }
}
