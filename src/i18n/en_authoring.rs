//! English: the texts of the lesson preview and the handout.

use super::{AuthoringText, Template};

/// The preview's and the handout's texts in English.
pub(super) const AUTHORING: AuthoringText = AuthoringText {
    preview_title: Template("Lesson preview: {file}"),
    mode_player: "Learner",
    mode_class: "Class",
    mode_kiosk: "Kiosk",
    size_full: "whole window",
    button_size: "Size",
    button_mode: "Mode",
    button_quit: "Quit",
    errors_heading: "The lesson file has problems. Fix them and save: the preview redraws. Below is the last good view:",
    no_good_view: "This file has not loaded without problems yet, so there is no view to show.",
    box_cut: Template("The window is smaller than {size}; only part is shown."),
    watch_failed: Template(
        "Changes to the file cannot be watched ({error}); press R after saving.",
    ),
    button_handout: "Handout",
    handout_kind: "Handout",
    handout_step: Template("Step {n}/{total}"),
    handout_do: "What to do: ",
    handout_qr: "Practice QR code: text only, it opens no website",
    handout_remember: "Remember",
    handout_fraud: "If it may be fraud: call the police on 110 at once; for a suspicious call or message, ask the 96110 anti-fraud line. Never transfer money, tap a link or tell a code.",
    handout_footer: Template("zhulao {version} · lesson {id}, version {lesson_version}"),
    handout_written: Template(
        "Handout written to {path} ({steps} steps); open it in a browser to print.",
    ),
    no_lesson: Template("No lesson '{name}': give a lesson file's path or a lesson id."),
};
