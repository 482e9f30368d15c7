//! Test only: a walk over a catalogue's texts, and the tests that every language is complete
//! and says the same things with the same placeholders.

use super::{Lang, Template, placeholders};

/// One text of a catalogue, as the walk meets it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Entry {
    /// Shown as it is.
    Plain(&'static str),
    /// Filled with values first.
    Template(&'static str),
    /// One language's wording of another program's message; languages differ in which.
    Phrase(&'static str),
}

impl Entry {
    fn text(self) -> &'static str {
        match self {
            Entry::Plain(t) | Entry::Template(t) | Entry::Phrase(t) => t,
        }
    }
}

/// A part of the catalogue whose texts can be listed and rewritten.
pub(super) trait Walk: Sized {
    /// Calls `f` with each text's path (`.ui.app_title`) and the text, in declaration order.
    fn walk(&self, path: &str, f: &mut dyn FnMut(&str, Entry));
    /// A copy with every text passed through `f`.
    fn map(&self, f: &dyn Fn(&'static str) -> &'static str) -> Self;
}

impl Walk for &'static str {
    fn walk(&self, path: &str, f: &mut dyn FnMut(&str, Entry)) {
        f(path, Entry::Plain(self));
    }

    fn map(&self, f: &dyn Fn(&'static str) -> &'static str) -> Self {
        f(self)
    }
}

impl Walk for Template {
    fn walk(&self, path: &str, f: &mut dyn FnMut(&str, Entry)) {
        f(path, Entry::Template(self.0));
    }

    fn map(&self, f: &dyn Fn(&'static str) -> &'static str) -> Self {
        Template(f(self.0))
    }
}

impl Walk for &'static [(&'static str, &'static str)] {
    fn walk(&self, path: &str, f: &mut dyn FnMut(&str, Entry)) {
        for (message, text) in self.iter() {
            f(&format!("{path}[{message}]"), Entry::Phrase(text));
        }
    }

    fn map(&self, f: &dyn Fn(&'static str) -> &'static str) -> Self {
        let mapped: Vec<_> = self
            .iter()
            .map(|&(message, text)| (message, f(text)))
            .collect();
        mapped.leak()
    }
}

/// Every text of a language with its path.
pub(super) fn entries(lang: Lang) -> Vec<(String, Entry)> {
    let mut all = Vec::new();
    lang.text()
        .walk("", &mut |path, entry| all.push((path.to_string(), entry)));
    all
}

fn sorted_names(text: &str) -> Vec<&str> {
    let mut names = placeholders(text);
    names.sort_unstable();
    names.dedup();
    names
}

fn languages() -> &'static [Lang] {
    <Lang as clap::ValueEnum>::value_variants()
}

#[test]
fn no_text_is_empty() {
    for &lang in languages() {
        for (path, entry) in entries(lang) {
            assert!(
                !entry.text().trim().is_empty(),
                "{path} is empty in {lang:?}"
            );
        }
    }
}

#[test]
fn every_template_has_the_same_placeholders_in_every_language() {
    let shared = |lang| {
        let mut all = entries(lang);
        all.retain(|(_, entry)| !matches!(entry, Entry::Phrase(_)));
        all
    };
    let reference = shared(Lang::Zh);
    assert!(reference.len() > 100);
    for &lang in languages() {
        let other = shared(lang);
        assert_eq!(reference.len(), other.len());
        for ((path, zh), (other_path, text)) in reference.iter().zip(&other) {
            assert_eq!(path, other_path);
            assert_eq!(
                sorted_names(zh.text()),
                sorted_names(text.text()),
                "{path} in {lang:?}"
            );
        }
    }
}

#[test]
fn a_text_with_placeholders_is_a_template() {
    for &lang in languages() {
        for (path, entry) in entries(lang) {
            match entry {
                Entry::Plain(t) | Entry::Phrase(t) => {
                    assert!(placeholders(t).is_empty(), "{path}: {t}")
                }
                Entry::Template(t) => assert!(!placeholders(t).is_empty(), "{path}: {t}"),
            }
        }
    }
}

#[test]
fn english_has_no_chinese() {
    for (path, entry) in entries(Lang::En) {
        let text = entry.text();
        let chinese = text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
        assert!(!chinese, "{path} has Chinese in English: {text}");
    }
}

#[test]
fn fill_replaces_every_placeholder() {
    let s = super::fill(
        Lang::Zh.text().ui.check_summary,
        &[("total", &3), ("ok", &2), ("bad", &1)],
    );
    assert_eq!(s, "共检查 3 个文件：2 个通过，1 个有错。");
}

#[test]
fn fill_leaves_values_and_other_braces_alone() {
    let t = Template("{a} and {b}, { } and {B}, {a} again");
    let s = super::fill(t, &[("a", &"{b}"), ("b", &"x")]);
    assert_eq!(s, "{b} and x, { } and {B}, {b} again");
}

#[cfg(debug_assertions)]
#[test]
#[should_panic(expected = "no value for {b}")]
fn fill_wants_every_placeholder_given() {
    super::fill(Template("{a} {b}"), &[("a", &1)]);
}

#[cfg(debug_assertions)]
#[test]
#[should_panic(expected = "{c} is not in")]
fn fill_wants_no_unknown_value() {
    super::fill(Template("{a}"), &[("a", &1), ("c", &2)]);
}

#[test]
fn the_third_language_is_the_english_text_in_brackets() {
    let english = entries(Lang::En);
    let pseudo = entries(Lang::Pseudo);
    assert_eq!(english.len(), pseudo.len());
    for ((path, en), (other_path, text)) in english.iter().zip(&pseudo) {
        assert_eq!(path, other_path);
        assert_eq!(text.text(), format!("[{}]", en.text()), "{path}");
    }
}

// Marked test-only once more so that tools reading every file without following `mod`
// (tests/module_graph.rs) see these uses of other modules as the test code they are.
#[cfg(test)]
mod across {
    use crate::i18n::Lang;

    #[test]
    fn the_third_language_reaches_screens_messages_and_settings() {
        use crate::app::home::Home;
        use crate::app::settings_screen::{Field, SettingsScreen};
        use crate::lesson::library::Library;

        let home = Home::new(&Library::default(), Lang::Pseudo);
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
        let theme = crate::ui::theme::Theme::high_contrast();
        terminal
            .draw(|f| {
                crate::app::home::view::render(f, &home, &theme, &mut crate::ui::Hits::default());
            })
            .unwrap();
        let screen: String = terminal
            .backend()
            .buffer()
            .content()
            .iter()
            .map(|c| c.symbol())
            .collect();
        assert!(screen.contains("[zhulao · smartphone lessons]"), "{screen}");
        assert!(screen.contains("[No lessons yet.]"), "{screen}");

        let step = crate::i18n::fill(
            Lang::Pseudo.text().ui.step_progress,
            &[("n", &1), ("total", &3)],
        );
        assert_eq!(step, "[Step 1 of 3]");
        let problem = crate::lesson::Problem::MissingKey {
            key: "title".into(),
        };
        assert_eq!(
            problem.message(Lang::Pseudo),
            "[missing required key 'title'.]"
        );
        let store = crate::progress::StoreError::Busy {
            path: "p.db".into(),
        };
        assert!(store.message(Lang::Pseudo).starts_with("[p.db is held"));

        let mut screen = SettingsScreen::new(crate::settings::Settings {
            lang: Lang::Pseudo,
            auto_read: false,
            ..Default::default()
        });
        assert_eq!(screen.value(Field::Lang, Lang::Pseudo), "[English]");
        assert_eq!(screen.value(Field::AutoRead, Lang::Pseudo), "[off]");
        screen.settings.lang = Lang::Zh;
        assert_eq!(screen.value(Field::Lang, Lang::Pseudo), "中文 (Chinese)");
        assert_eq!(Lang::En.next(), Lang::Pseudo);
        assert_eq!(Lang::Pseudo.next(), Lang::Zh);
    }
}
