//! What the read-aloud tests share: every text of a lesson that may be read, the bundled
//! lessons, and espeak-ng run on a text.
#![allow(dead_code)]

use std::io::Write;
use std::process::{Command, Stdio};

use zhulao::lesson::{Element, Lesson, Library, Task};

/// Every text of a lesson that read-aloud may speak.
pub fn texts(lesson: &Lesson) -> Vec<String> {
    let mut out = vec![lesson.title.clone(), lesson.summary.clone()];
    for step in &lesson.steps {
        out.extend([step.title.clone(), step.instruction.clone()]);
        out.extend(
            [&step.tip, &step.warning, &step.hint]
                .into_iter()
                .flatten()
                .cloned(),
        );
        if let Task::Choose { options, .. } = &step.task {
            out.extend(options.iter().cloned());
        }
        for element in step.screen.iter().flat_map(|s| &s.elements) {
            match element {
                Element::Text { text } | Element::Button { text, .. } => out.push(text.clone()),
                Element::Item { text, detail, .. } => {
                    out.push(text.clone());
                    out.extend(detail.clone());
                }
                Element::Input {
                    label,
                    placeholder,
                    value,
                    ..
                } => {
                    out.extend([label, placeholder, value].into_iter().flatten().cloned());
                }
                Element::Amount { label, value } => {
                    out.extend(label.clone());
                    out.push(format!("¥ {value}"));
                }
                Element::Dialog {
                    title,
                    text,
                    buttons,
                } => {
                    out.extend(title.clone());
                    out.push(text.clone());
                    out.extend(buttons.iter().map(|b| b.text.clone()));
                }
                Element::Message {
                    sender, text, time, ..
                } => {
                    out.extend([sender, time].into_iter().flatten().cloned());
                    out.push(text.clone());
                }
                Element::Qr { caption, .. } => out.extend(caption.clone()),
            }
        }
    }
    for q in &lesson.quiz {
        out.push(q.question.clone());
        out.extend(
            q.options
                .iter()
                .enumerate()
                .map(|(i, o)| format!("{}. {o}", i + 1)),
        );
        out.push(q.explanation.clone());
    }
    out
}

pub fn bundled() -> Vec<Lesson> {
    let library = Library::load(&[]);
    assert!(library.broken.is_empty(), "{:#?}", library.broken);
    assert!(library.lessons.len() >= 10);
    library.lessons.into_iter().map(|l| l.lesson).collect()
}

pub fn espeak(voice: &str, text: &str) -> String {
    let mut child = Command::new("espeak-ng")
        .args(["-v", voice, "-q", "-x", "--stdin"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("espeak-ng starts");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(text.as_bytes()).expect("text written");
    drop(stdin);
    let out = child.wait_with_output().expect("espeak-ng runs");
    assert!(out.status.success(), "espeak-ng failed");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn espeak_missing() -> bool {
    let found = Command::new("espeak-ng")
        .arg("--version")
        .stdout(Stdio::null())
        .status()
        .is_ok();
    if !found {
        writeln!(
            std::io::stderr(),
            "skipped: espeak-ng is not installed (apt-get install espeak-ng)"
        )
        .ok();
    }
    !found
}
