//! The screen of the steps learners find hard, for the lesson being taught: each step's
//! wrong tries, needs-help marks, typical time and drop-off, as the step-difficulty sheet
//! computes them (`export::stats::steps::difficulty`), hardest first or in step order.

use super::{Class, Effect, Msg, Pages, Stage};
use crate::export::stats::steps::StepLine;

/// The step-difficulty screen's state.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StepsScreen {
    /// The lesson's steps with their figures (empty when it has no record).
    pub lines: Vec<StepLine>,
    /// True once the store answered.
    pub loaded: bool,
    /// True while the steps are in their order; false for the hardest first.
    pub in_order: bool,
}

/// How hard a step was: wrong tries and needs-help marks together.
pub fn trouble(line: &StepLine) -> usize {
    line.wrong + line.help
}

/// The steps hardest first: most wrong tries and needs-help marks, then most who did not
/// finish, then the longest time; steps alike keep their order.
pub fn hardest_first(lines: &[StepLine]) -> Vec<&StepLine> {
    let mut out: Vec<&StepLine> = lines.iter().collect();
    out.sort_by(|a, b| {
        trouble(b)
            .cmp(&trouble(a))
            .then(b.dropped.cmp(&a.dropped))
            .then(
                b.median_seconds
                    .unwrap_or(0.0)
                    .total_cmp(&a.median_seconds.unwrap_or(0.0)),
            )
            .then(a.number.cmp(&b.number))
    });
    out
}

impl StepsScreen {
    /// The steps in the order shown.
    pub fn shown(&self) -> Vec<&StepLine> {
        match self.in_order {
            true => self.lines.iter().collect(),
            false => hardest_first(&self.lines),
        }
    }
}

impl Class {
    /// Opens the step-difficulty screen (from the summary); the figures are read.
    pub(super) fn open_steps(&mut self) -> Vec<Effect> {
        self.stage = Stage::Steps;
        self.steps_screen = StepsScreen::default();
        self.pages = Pages::default();
        vec![Effect::LoadSteps]
    }

    pub(super) fn update_steps(&mut self, msg: Msg) -> Vec<Effect> {
        match msg {
            Msg::ToggleOrder | Msg::Switch => {
                self.steps_screen.in_order = !self.steps_screen.in_order;
                self.pages = Pages::default();
            }
            Msg::PageDown(pane) => self.pages.turn(pane, true),
            Msg::PageUp(pane) => self.pages.turn(pane, false),
            Msg::Back | Msg::Confirm | Msg::Prev => {
                self.stage = Stage::Summary;
                self.pages = Pages::default();
            }
            _ => {}
        }
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(number: usize, wrong: usize, help: usize, dropped: usize) -> StepLine {
        StepLine {
            number,
            title: format!("第{number}步"),
            reached: 10,
            wrong,
            help,
            median_seconds: None,
            dropped,
        }
    }

    #[test]
    fn the_hardest_steps_come_first_and_alike_ones_keep_their_order() {
        let lines = vec![
            line(1, 0, 0, 0),
            line(2, 5, 1, 0),
            line(3, 2, 4, 3),
            line(4, 0, 0, 0),
            line(5, 1, 0, 0),
        ];
        let order: Vec<usize> = hardest_first(&lines).iter().map(|l| l.number).collect();
        assert_eq!(order, [3, 2, 5, 1, 4], "6 and 6: more dropped first");
        let mut screen = StepsScreen {
            lines,
            loaded: true,
            in_order: true,
        };
        let shown: Vec<usize> = screen.shown().iter().map(|l| l.number).collect();
        assert_eq!(shown, [1, 2, 3, 4, 5]);
        screen.in_order = false;
        assert_eq!(screen.shown()[0].number, 3);
    }
}
