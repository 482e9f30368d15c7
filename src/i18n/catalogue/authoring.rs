//! The texts of the tools for lesson authors and trainers: the live preview and the
//! printable handout.

use crate::i18n::Template;

catalogue! {
    /// The words of `zhulao lesson preview` and `zhulao lesson handout`.
    pub struct AuthoringText {
        /// The preview's title bar: previewing {file}.
        pub preview_title: Template,
        /// The preview's mode: the lesson as a learner plays it.
        pub mode_player: &'static str,
        /// The preview's mode: the lesson as the class sees it on the trainer's screen.
        pub mode_class: &'static str,
        /// The preview's mode: the lesson as the library kiosk shows it.
        pub mode_kiosk: &'static str,
        /// The preview's size that fills the whole window.
        pub size_full: &'static str,
        /// Preview button: cycle the sizes.
        pub button_size: &'static str,
        /// Preview button: cycle the modes.
        pub button_mode: &'static str,
        /// Preview button: leave the preview.
        pub button_quit: &'static str,
        /// The preview: the lesson file has problems; it is redrawn once they are fixed,
        /// and the last good view is shown under this.
        pub errors_heading: &'static str,
        /// The preview: the file has never loaded, so there is no good view to show.
        pub no_good_view: &'static str,
        /// The preview: the window is smaller than the chosen size {size}; part is shown.
        pub box_cut: Template,
        /// The preview: the file cannot be watched for changes ({error}).
        pub watch_failed: Template,
        /// Class summary button: write the lesson's printable handout.
        pub button_handout: &'static str,
        /// The handout's heading over its title: a handout to take home.
        pub handout_kind: &'static str,
        /// The handout: step {n} of {total}.
        pub handout_step: Template,
        /// The handout: the label before what to do on the step.
        pub handout_do: &'static str,
        /// The handout: the caption beside the practice QR code (it opens nothing).
        pub handout_qr: &'static str,
        /// The handout: the heading of the points to remember.
        pub handout_remember: &'static str,
        /// The handout, on a fraud lesson: call 110 and the 96110 anti-fraud line.
        pub handout_fraud: &'static str,
        /// The handout's footer: made by zhulao {version}, lesson {id} version {lesson_version}.
        pub handout_footer: Template,
        /// `zhulao lesson handout`: written to {path}, {steps} steps.
        pub handout_written: Template,
        /// `zhulao lesson handout`: no lesson file or lesson id {name}.
        pub no_lesson: Template,
    }
}
