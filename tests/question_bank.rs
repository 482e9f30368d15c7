//! The rules the bundled lessons' question bank and sources keep (issue 23): every lesson
//! passes `lesson check` with no warning; right answers are spread over the positions
//! and are not the longest option most of the time; every question has at least three
//! options; no question is asked twice across lessons; explanations never name an
//! option by its position (the player shuffles them); sources can be looked up and are
//! not the team's own notes; phone buttons on screens where the learner cannot press
//! them are not shown as buttons.

use std::collections::HashMap;

use zhulao::commands::lesson::warnings;
use zhulao::lesson::bundled::bundled_files;
use zhulao::lesson::validate::lint::{has_document_number, has_url, right_is_longest};
use zhulao::lesson::{Element, Lesson, Task, parse_lesson};

fn bundled() -> Vec<(&'static str, &'static str, Lesson)> {
    bundled_files()
        .iter()
        .map(|(name, text)| {
            let lesson =
                parse_lesson(name, text.as_bytes()).unwrap_or_else(|e| panic!("{name}: {e:#?}"));
            (*name, *text, lesson)
        })
        .collect()
}

#[test]
fn every_bundled_lesson_checks_without_warnings() {
    for (name, text, lesson) in bundled() {
        let found = warnings(name, text, &lesson);
        let shown: Vec<String> = found
            .iter()
            .map(|d| d.render(zhulao::i18n::Lang::Zh))
            .collect();
        assert!(found.is_empty(), "{name}:\n{}", shown.join("\n"));
    }
}

#[test]
fn every_question_has_three_options_and_right_answers_are_spread() {
    let mut positions = [0usize; 6];
    let (mut longest, mut total) = (0, 0);
    for (name, _, lesson) in bundled() {
        let mut here = [0usize; 6];
        for q in &lesson.quiz {
            assert!(q.options.len() >= 3, "{name} {}: {:?}", q.id, q.options);
            here[q.answer] += 1;
            positions[q.answer] += 1;
            longest += usize::from(right_is_longest(q));
            total += 1;
        }
        let most = here.iter().max().copied().unwrap_or(0);
        assert!(
            most * 2 <= lesson.quiz.len().max(2),
            "{name}: right answers by position {here:?}"
        );
    }
    // Over the whole bank: the first three positions each hold a fair share, and the
    // right option is the longest in at most half of the questions.
    for (p, &n) in positions.iter().take(3).enumerate() {
        assert!(n * 5 >= total, "position {} holds {n} of {total}", p + 1);
    }
    assert!(
        longest * 2 <= total,
        "the right option is the longest in {longest} of {total}"
    );
}

/// A question's text without spaces and punctuation, to find the same question twice.
fn squeeze(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}

#[test]
fn no_question_is_asked_twice_across_lessons() {
    let mut seen: HashMap<String, String> = HashMap::new();
    let mut options: HashMap<Vec<String>, String> = HashMap::new();
    for (name, _, lesson) in bundled() {
        for q in &lesson.quiz {
            let here = format!("{name} {}", q.id);
            if let Some(first) = seen.insert(squeeze(&q.question), here.clone()) {
                panic!("{here} asks the same as {first}: {}", q.question);
            }
            let mut set: Vec<String> = q.options.iter().map(|o| squeeze(o)).collect();
            set.sort();
            if let Some(first) = options.insert(set, here.clone()) {
                panic!("{here} has the same options as {first}");
            }
        }
    }
}

#[test]
fn explanations_never_name_an_option_by_its_position() {
    let positional = [
        "第1个",
        "第2个",
        "第3个",
        "第4个",
        "选项1",
        "选项2",
        "选项3",
        "选项4",
        "第一个选项",
        "第二个选项",
        "第三个选项",
        "第一项",
        "第二项",
        "第三项",
    ];
    for (name, _, lesson) in bundled() {
        for q in &lesson.quiz {
            let text = squeeze(&format!("{}{}", q.question, q.explanation));
            for p in positional {
                assert!(!text.contains(p), "{name} {}: says {p}", q.id);
            }
        }
    }
}

#[test]
fn sources_can_be_looked_up_and_are_not_the_teams_notes() {
    for (name, _, lesson) in bundled() {
        assert!(!lesson.sources.is_empty(), "{name} lists no sources");
        for s in &lesson.sources {
            assert!(has_url(s) || has_document_number(s), "{name}: {s}");
            for internal in ["README", "shared/content", "课程作者笔记", "团队笔记"] {
                assert!(!s.contains(internal), "{name} cites team notes: {s}");
            }
        }
    }
}

#[test]
fn phone_buttons_are_shown_only_where_they_can_be_pressed() {
    for (name, _, lesson) in bundled() {
        for step in &lesson.steps {
            if matches!(step.task, Task::Tap { .. } | Task::Type { .. }) {
                continue;
            }
            for e in step.screen.iter().flat_map(|s| &s.elements) {
                let pressable = match e {
                    Element::Button { .. } => true,
                    Element::Dialog { buttons, .. } => !buttons.is_empty(),
                    _ => false,
                };
                assert!(
                    !pressable,
                    "{name} {}: a button the learner cannot press: {e:?}",
                    step.id
                );
            }
        }
    }
}

/// The eleven lessons reviewed in issue 23, which use one word for apps.
const REVIEWED: [&str; 11] = [
    "elder-mode",
    "fraud-calls",
    "fraud-links",
    "hospital-booking",
    "medical-code",
    "mobile-payment",
    "online-learning",
    "online-shopping",
    "ride-hailing",
    "wechat-basics",
    "wechat-video-call",
];

#[test]
fn the_reviewed_lessons_say_yingyong_for_apps() {
    for (name, text, lesson) in bundled() {
        if !REVIEWED.contains(&lesson.id.as_str()) {
            continue;
        }
        // Only the one definition says "App"; "软件" stays only in the statute's own words.
        let apps = text.matches("App").count();
        let defined = text.matches("也有人叫 App").count();
        assert_eq!(apps, defined, "{name} says App outside its definition");
        for (i, line) in text.lines().enumerate() {
            let statute = line.contains("音像制品") || line.contains("就是手机上装的软件");
            assert!(
                statute || !line.contains("软件"),
                "{name}:{}: says 软件: {line}",
                i + 1
            );
        }
    }
}
