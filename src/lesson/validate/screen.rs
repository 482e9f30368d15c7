//! Validation of simulated screens, their elements, and the task that points into them.

use std::collections::HashMap;

use super::{Checker, MAX_ELEMENTS, MAX_QR_CHARS, sub};
use crate::lesson::error::{IdKind, Problem};
use crate::lesson::model::{DialogButton, Element, ElementId, Screen, Task};
use crate::lesson::raw::{RawElement, RawElementKind, RawScreen, RawStep, RawTaskKind};
use crate::lesson::source::{Path, Seg};

/// The name of an element kind as written in lesson files.
pub(super) fn element_kind_name(kind: RawElementKind) -> &'static str {
    match kind {
        RawElementKind::Text => "text",
        RawElementKind::Button => "button",
        RawElementKind::Input => "input",
        RawElementKind::Item => "item",
        RawElementKind::Qr => "qr",
        RawElementKind::Amount => "amount",
        RawElementKind::Dialog => "dialog",
        RawElementKind::Message => "message",
    }
}

/// The name of a task kind as written in lesson files.
pub(super) fn task_kind_name(kind: RawTaskKind) -> &'static str {
    match kind {
        RawTaskKind::Tap => "tap",
        RawTaskKind::Type => "type",
        RawTaskKind::Choose => "choose",
        RawTaskKind::Observe => "observe",
    }
}

/// Keys each element kind must have, and keys it may have (besides `kind`).
fn element_keys(kind: RawElementKind) -> (&'static [&'static str], &'static [&'static str]) {
    match kind {
        RawElementKind::Text => (&["text"], &[]),
        RawElementKind::Button => (&["text"], &["id"]),
        RawElementKind::Input => (&["id"], &["label", "placeholder", "value"]),
        RawElementKind::Item => (&["text"], &["id", "detail"]),
        RawElementKind::Qr => (&["data"], &["text"]),
        RawElementKind::Amount => (&["value"], &["label"]),
        RawElementKind::Dialog => (&["text", "buttons"], &["title"]),
        RawElementKind::Message => (&["text"], &["id", "label", "detail"]),
    }
}

/// The keys a raw element actually has.
fn present_keys(e: &RawElement) -> Vec<&'static str> {
    let fields = [
        ("id", e.id.is_some()),
        ("text", e.text.is_some()),
        ("detail", e.detail.is_some()),
        ("label", e.label.is_some()),
        ("placeholder", e.placeholder.is_some()),
        ("value", e.value.is_some()),
        ("data", e.data.is_some()),
        ("title", e.title.is_some()),
        ("buttons", !e.buttons.is_empty()),
    ];
    fields
        .iter()
        .filter(|(_, present)| *present)
        .map(|(k, _)| *k)
        .collect()
}

/// True for amounts written as plain numbers with at most two decimals: `25`, `25.00`.
fn is_amount(value: &str) -> bool {
    let (whole, frac) = value.split_once('.').unwrap_or((value, ""));
    !whole.is_empty()
        && whole.len() <= 12
        && whole.bytes().all(|b| b.is_ascii_digit())
        && frac.len() <= 2
        && frac.bytes().all(|b| b.is_ascii_digit())
        && frac.is_empty() != value.contains('.')
}

/// What a task may point at: for each id on the screen, the kind of element it names.
type Targets = HashMap<String, &'static str>;

impl Checker<'_, '_> {
    pub(super) fn screen(&mut self, path: &[Seg], raw: &RawScreen) -> Screen {
        let elements_path = sub(path, Seg::Key("elements"));
        self.count(&elements_path, raw.elements.len(), MAX_ELEMENTS);
        let mut seen = HashMap::new();
        let elements = raw
            .elements
            .iter()
            .take(MAX_ELEMENTS)
            .enumerate()
            .filter_map(|(i, e)| self.element(&sub(&elements_path, Seg::Index(i)), e, &mut seen))
            .collect();
        Screen {
            app: self.text(&sub(path, Seg::Key("app")), &raw.app, true),
            title: self.text(&sub(path, Seg::Key("title")), &raw.title, true),
            elements,
        }
    }

    fn element_id(
        &mut self,
        path: &[Seg],
        raw: &str,
        seen: &mut HashMap<String, Path>,
    ) -> ElementId {
        let id = self.id(path, raw, IdKind::Element);
        self.unique(seen, &id, path.to_vec(), IdKind::Element);
        ElementId::new_unchecked(id)
    }

    fn element(
        &mut self,
        path: &[Seg],
        e: &RawElement,
        seen: &mut HashMap<String, Path>,
    ) -> Option<Element> {
        let kind = element_kind_name(e.kind);
        let (required, optional) = element_keys(e.kind);
        let present = present_keys(e);
        let mut ok = true;
        for key in &present {
            if !required.contains(key) && !optional.contains(key) {
                let allowed = required
                    .iter()
                    .chain(optional)
                    .map(|s| s.to_string())
                    .collect();
                self.report(
                    &sub(path, Seg::Key(key)),
                    true,
                    Problem::KeyNotForKind {
                        key: key.to_string(),
                        kind: kind.to_string(),
                        allowed,
                    },
                );
                ok = false;
            }
        }
        for key in required {
            if !present.contains(key) {
                self.report(
                    &sub(path, Seg::Key("kind")),
                    true,
                    Problem::MissingForKind {
                        key: key.to_string(),
                        kind: kind.to_string(),
                    },
                );
                ok = false;
            }
        }
        if !ok {
            return None;
        }
        let key = |k| sub(path, Seg::Key(k));
        let line = |c: &mut Self, k, v: &Option<String>| c.opt_text(&key(k), v, true);
        let text = |c: &mut Self, v: &Option<String>| {
            c.text(&key("text"), v.as_deref().unwrap_or(""), false)
        };
        let id = |c: &mut Self, seen: &mut HashMap<String, Path>| {
            e.id.as_deref()
                .map(|raw| c.element_id(&key("id"), raw, seen))
        };
        Some(match e.kind {
            RawElementKind::Text => Element::Text {
                text: text(self, &e.text),
            },
            RawElementKind::Button => Element::Button {
                id: id(self, seen),
                text: text(self, &e.text),
            },
            RawElementKind::Input => Element::Input {
                id: id(self, seen)?,
                label: line(self, "label", &e.label),
                placeholder: line(self, "placeholder", &e.placeholder),
                value: line(self, "value", &e.value),
            },
            RawElementKind::Item => Element::Item {
                id: id(self, seen),
                text: text(self, &e.text),
                detail: line(self, "detail", &e.detail),
            },
            RawElementKind::Qr => {
                let data = e.data.clone().unwrap_or_default();
                let chars = data.chars().count();
                if chars > MAX_QR_CHARS {
                    self.report(
                        &key("data"),
                        false,
                        Problem::TextTooLong {
                            chars,
                            limit: MAX_QR_CHARS,
                        },
                    );
                }
                Element::Qr {
                    data: self.text(&key("data"), &data, true),
                    caption: line(self, "text", &e.text),
                }
            }
            RawElementKind::Amount => {
                let value = e.value.clone().unwrap_or_default();
                if !is_amount(value.trim()) {
                    self.report(
                        &key("value"),
                        false,
                        Problem::BadAmount {
                            value: value.clone(),
                        },
                    );
                }
                Element::Amount {
                    label: line(self, "label", &e.label),
                    value: value.trim().to_string(),
                }
            }
            RawElementKind::Dialog => Element::Dialog {
                title: line(self, "title", &e.title),
                text: text(self, &e.text),
                buttons: e
                    .buttons
                    .iter()
                    .enumerate()
                    .map(|(i, b)| {
                        let bp = sub(&key("buttons"), Seg::Index(i));
                        DialogButton {
                            id: self.element_id(&sub(&bp, Seg::Key("id")), &b.id, seen),
                            text: self.text(&sub(&bp, Seg::Key("text")), &b.text, true),
                        }
                    })
                    .collect(),
            },
            RawElementKind::Message => Element::Message {
                id: id(self, seen),
                sender: line(self, "label", &e.label),
                text: text(self, &e.text),
                time: line(self, "detail", &e.detail),
            },
        })
    }

    /// The step's task, with its target checked against the screen.
    pub(super) fn task(&mut self, step_path: &[Seg], step: &RawStep) -> Task {
        let Some(raw) = &step.task else {
            return Task::Observe;
        };
        let path = sub(step_path, Seg::Key("task"));
        let key = |k| sub(&path, Seg::Key(k));
        let kind = task_kind_name(raw.kind);
        let present = [
            ("target", raw.target.is_some()),
            ("expect", raw.expect.is_some()),
            ("suggest", !raw.suggest.is_empty()),
            ("options", !raw.options.is_empty()),
            ("answer", raw.answer.is_some()),
        ];
        let (required, allowed): (&[&str], &[&str]) = match raw.kind {
            RawTaskKind::Tap => (&["target"], &["target"]),
            RawTaskKind::Type => (&["target", "expect"], &["target", "expect", "suggest"]),
            RawTaskKind::Choose => (&["options", "answer"], &["options", "answer"]),
            RawTaskKind::Observe => (&[], &[]),
        };
        let mut ok = true;
        for (k, is_there) in present {
            if is_there && !allowed.contains(&k) {
                let allowed = allowed.iter().map(|s| s.to_string()).collect();
                self.report(
                    &key(k),
                    true,
                    Problem::KeyNotForKind {
                        key: k.into(),
                        kind: kind.into(),
                        allowed,
                    },
                );
                ok = false;
            }
            if !is_there && required.contains(&k) {
                self.report(
                    &key("kind"),
                    true,
                    Problem::MissingForKind {
                        key: k.into(),
                        kind: kind.into(),
                    },
                );
                ok = false;
            }
        }
        if !ok {
            return Task::Observe;
        }
        match raw.kind {
            RawTaskKind::Observe => Task::Observe,
            RawTaskKind::Choose => {
                let (options, answer) = self.choice(&path, &raw.options, raw.answer.unwrap_or(0));
                Task::Choose { options, answer }
            }
            RawTaskKind::Tap | RawTaskKind::Type => {
                let target = raw.target.clone().unwrap_or_default();
                let Some(screen_raw) = &step.screen else {
                    self.report(
                        &key("kind"),
                        false,
                        Problem::NoScreenForTask { task: kind.into() },
                    );
                    return Task::Observe;
                };
                let targets = targets_of(screen_raw);
                self.check_target(&key("target"), &target, kind, &targets);
                let target = ElementId::new_unchecked(target);
                match raw.kind {
                    RawTaskKind::Type => {
                        let expect = raw.expect.as_deref().unwrap_or("");
                        let suggest = raw
                            .suggest
                            .iter()
                            .enumerate()
                            .map(|(n, w)| self.text(&sub(&key("suggest"), Seg::Index(n)), w, true))
                            .take(4)
                            .collect();
                        Task::Type {
                            target,
                            expect: self.text(&key("expect"), expect, true),
                            suggest,
                        }
                    }
                    _ => Task::Tap { target },
                }
            }
        }
    }

    fn check_target(&mut self, path: &[Seg], target: &str, task: &str, targets: &Targets) {
        match targets.get(target) {
            None => {
                let mut available: Vec<String> = targets.keys().cloned().collect();
                available.sort();
                let suggestion = super::suggest(target, available.iter().map(String::as_str));
                self.report(
                    path,
                    false,
                    Problem::MissingTarget {
                        target: target.into(),
                        available,
                        suggestion,
                    },
                );
            }
            Some(found) => {
                let fits = match task {
                    "type" => *found == "input",
                    _ => matches!(*found, "button" | "item" | "message" | "dialog button"),
                };
                if !fits {
                    self.report(
                        path,
                        false,
                        Problem::TargetWrongKind {
                            target: target.into(),
                            task: task.into(),
                            found: (*found).into(),
                        },
                    );
                }
            }
        }
    }
}

/// Every id on a raw screen with its kind, for resolving task targets.
fn targets_of(screen: &RawScreen) -> Targets {
    let mut out = Targets::new();
    for e in &screen.elements {
        if let Some(id) = &e.id {
            out.entry(id.clone()).or_insert(element_kind_name(e.kind));
        }
        for b in &e.buttons {
            out.entry(b.id.clone()).or_insert("dialog button");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts() {
        for ok in ["25", "25.0", "25.00", "0.5", "1000000"] {
            assert!(is_amount(ok), "{ok}");
        }
        for bad in ["", "¥25", "25元", "25.", ".5", "25.000", "-3", "2,500"] {
            assert!(!is_amount(bad), "{bad}");
        }
    }
}
