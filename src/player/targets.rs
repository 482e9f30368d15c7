//! What on the current step can take focus, and which of it the task asks for.

use super::{Player, Target};
use crate::lesson::{Element, Task};

impl Player {
    /// Everything on the current step that can take focus, in order.
    pub fn targets(&self) -> Vec<Target> {
        let step = &self.lesson.steps[self.step];
        if let Task::Choose { options, .. } = &step.task {
            return (0..options.len()).map(Target::Option).collect();
        }
        if matches!(step.task, Task::Observe) {
            return Vec::new();
        }
        let typing = matches!(step.task, Task::Type { .. });
        let Some(screen) = &step.screen else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (i, e) in screen.elements.iter().enumerate() {
            match e {
                Element::Input { .. } if typing => out.push(Target::Element(i)),
                Element::Button { .. } | Element::Item { .. } | Element::Message { .. }
                    if !typing =>
                {
                    out.push(Target::Element(i))
                }
                Element::Dialog { buttons, .. } if !typing => {
                    out.extend((0..buttons.len()).map(|b| Target::DialogButton(i, b)))
                }
                _ => {}
            }
        }
        out
    }

    /// The target the task asks for (for highlighting after three wrong tries).
    pub fn right_target(&self) -> Option<Target> {
        let step = &self.lesson.steps[self.step];
        match &step.task {
            Task::Choose { answer, .. } => Some(Target::Option(*answer)),
            Task::Tap { target } | Task::Type { target, .. } => {
                let screen = step.screen.as_ref()?;
                screen
                    .elements
                    .iter()
                    .enumerate()
                    .find_map(|(i, e)| match e {
                        Element::Dialog { buttons, .. } => buttons
                            .iter()
                            .position(|b| &b.id == target)
                            .map(|b| Target::DialogButton(i, b)),
                        e if e.id() == Some(target) => Some(Target::Element(i)),
                        _ => None,
                    })
            }
            Task::Observe => None,
        }
    }

    /// The focused target, if the step has any.
    pub fn focused(&self) -> Option<Target> {
        self.targets().get(self.focus?).copied()
    }
}
