//! The printable handout: for every bundled lesson the HTML is well formed (tags balanced,
//! every `<` a tag, every `&` a character reference), has a card with the title of every
//! step, the points to remember, and the 110/96110 numbers exactly on fraud lessons; its QR
//! codes encode the practice text and never a link; nothing on it loads from outside; and
//! no lesson text can put markup on the page.

mod common;

use zhulao::export::handout::phone::{looks_like_link, qr_svg};
use zhulao::export::handout::{handout, remember_points};
use zhulao::export::safe::html;
use zhulao::i18n::Lang;
use zhulao::lesson::{Category, Element, Lesson, Library, Task};

/// Elements that have no end tag.
const VOID: &[&str] = &["meta", "br", "col", "img", "hr", "input", "link"];

/// Checks `page` is well formed and returns the names of its tags, in order. Panics with
/// the place of the first problem.
fn check_html(page: &str) -> Vec<String> {
    let mut open: Vec<String> = Vec::new();
    let mut names = Vec::new();
    let mut rest = page
        .strip_prefix("<!DOCTYPE html>\n")
        .expect("starts with the doctype");
    while !rest.is_empty() {
        let lt = rest.find('<').unwrap_or(rest.len());
        text_ok(&rest[..lt]);
        rest = &rest[lt..];
        if rest.is_empty() {
            break;
        }
        let gt = tag_end(rest);
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            let top = open
                .pop()
                .unwrap_or_else(|| panic!("</{name}> closes nothing"));
            assert_eq!(top, name, "<{top}> closed by </{name}>");
            continue;
        }
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        assert!(!name.is_empty(), "a tag without a name: <{tag}>");
        attributes_ok(tag[name.len()..].trim_end_matches('/'), &name);
        names.push(name.clone());
        if name == "style" {
            let end = rest.find("</style>").expect("the style ends");
            assert!(!rest[..end].contains('<'), "markup in the style");
            rest = &rest[end + "</style>".len()..];
            continue;
        }
        if !VOID.contains(&name.as_str()) && !tag.ends_with('/') {
            open.push(name);
        }
    }
    assert!(open.is_empty(), "left open: {open:?}");
    names
}

/// Where the tag starting `rest` ends: its `>` outside quoted attribute values.
fn tag_end(rest: &str) -> usize {
    let mut quote = None;
    for (i, c) in rest.char_indices().skip(1) {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '<') => panic!("a '<' inside a tag: {}", &rest[..i + 1]),
            (None, '>') => return i,
            _ => {}
        }
    }
    panic!("a tag that never ends: {}", &rest[..rest.len().min(80)]);
}

/// Attributes are `name="value"` pairs with nothing in the value that could end it.
fn attributes_ok(attrs: &str, tag: &str) {
    let mut rest = attrs.trim();
    while !rest.is_empty() {
        let eq = rest
            .find('=')
            .unwrap_or_else(|| panic!("<{tag}> attribute without a value: {rest}"));
        let name = rest[..eq].trim();
        assert!(
            name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'),
            "<{tag}> attribute name {name:?}"
        );
        assert!(
            !name.starts_with("on"),
            "<{tag}> has an event handler {name}"
        );
        assert!(
            !["src", "href"].contains(&name),
            "<{tag}> loads or links: {name}"
        );
        let value = rest[eq + 1..].strip_prefix('"').expect("a quoted value");
        let end = value.find('"').expect("the value ends");
        text_ok(&value[..end]);
        rest = value[end + 1..].trim_start();
    }
}

/// Text has no `<` or `>` and every `&` starts a character reference.
fn text_ok(text: &str) {
    assert!(
        !text.contains('<') && !text.contains('>'),
        "markup in text: {text}"
    );
    for (i, _) in text.match_indices('&') {
        let entity = &text[i..];
        assert!(
            ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"]
                .iter()
                .any(|e| entity.starts_with(e)),
            "a bare '&' in {text}"
        );
    }
}

fn bundled() -> Vec<Lesson> {
    Library::load(&[])
        .lessons
        .into_iter()
        .map(|l| l.lesson)
        .collect()
}

#[test]
fn every_bundled_lesson_has_a_well_formed_handout_with_every_step() {
    let lessons = bundled();
    assert!(lessons.len() >= 10);
    for lesson in &lessons {
        for lang in [Lang::Zh, Lang::En] {
            let page = handout(lesson, lang);
            let tags = check_html(&page);
            let id = lesson.id.as_str();
            assert_eq!(tags.iter().filter(|t| *t == "h1").count(), 1, "{id}");
            assert_eq!(
                page.matches("<section class=\"card").count(),
                lesson.steps.len(),
                "{id}: a card per step"
            );
            for step in &lesson.steps {
                assert!(page.contains(&html(&step.title)), "{id}: {}", step.title);
                if let Some(w) = &step.warning {
                    let first = w.lines().next().unwrap();
                    assert!(page.contains(&html(first)), "{id}: the warning {w}");
                }
            }
            for point in remember_points(lesson) {
                let first = point.lines().next().unwrap();
                assert!(page.contains(&html(first)), "{id}: {point}");
            }
            let fraud = lesson.category == Category::Fraud;
            assert_eq!(
                page.contains("class=\"hotline\""),
                fraud,
                "{id}: the 110/96110 line"
            );
            // Nothing loads or links from outside.
            for bad in [
                "<script", "<iframe", "<link", "<img", "url(", "@import", "href=", "src=",
            ] {
                assert!(!page.contains(bad), "{id}: {bad}");
            }
        }
    }
}

#[test]
fn the_body_type_is_at_least_18_points_and_black_on_white() {
    let page = handout(&common::example_lesson(), Lang::Zh);
    assert!(page.contains("font-size: 18pt"), "the body's type");
    assert!(page.contains("background: #fff; color: #000;"));
    assert!(page.contains("size: A4 portrait"));
}

#[test]
fn fraud_lessons_end_with_110_and_96110() {
    let lessons = bundled();
    let fraud: Vec<&Lesson> = lessons
        .iter()
        .filter(|l| l.category == Category::Fraud)
        .collect();
    assert!(!fraud.is_empty());
    for lesson in fraud {
        let page = handout(lesson, Lang::Zh);
        let remember = page.find("class=\"remember\"").expect("the remember box");
        let hotline = page.find("class=\"hotline\"").expect("the hotline");
        assert!(hotline > remember);
        assert!(page[hotline..].contains("110") && page[hotline..].contains("96110"));
    }
}

#[test]
fn the_qr_code_encodes_the_practice_text_and_never_a_link() {
    let mut lesson = common::example_lesson();
    let page = handout(&lesson, Lang::Zh);
    let data = "zhulao 练习用二维码，不能付款";
    assert!(
        page.contains(&qr_svg(data).unwrap()),
        "the practice text's code"
    );
    // A lesson whose QR data is a link: the code says the caption's words instead.
    let step = lesson.steps.len() - 1;
    for e in &mut lesson.steps[step].screen.as_mut().unwrap().elements {
        if let Element::Qr { data, .. } = e {
            *data = "https://pay.example.com/收款".into();
        }
    }
    let page = handout(&lesson, Lang::Zh);
    assert!(looks_like_link("https://pay.example.com/收款"));
    assert!(!page.contains(&qr_svg("https://pay.example.com/收款").unwrap()));
    let caption = Lang::Zh.text().authoring.handout_qr;
    assert!(page.contains(&qr_svg(caption).unwrap()));
    check_html(&page);
}

/// Text that tries to end a tag, open a script, load an image, and drive a terminal.
const EVIL: &str =
    "</h2><script>alert('x')</script><img src=x onerror=\"alert(1)\"> & &amp; \u{1b}[31m\u{202e}";

/// The example lesson with `evil` in every text a handout shows.
fn dressed(evil: &str) -> Lesson {
    let mut lesson = common::example_lesson();
    lesson.title = evil.into();
    lesson.summary = format!("{evil}\n第二行{evil}");
    for step in &mut lesson.steps {
        step.title = evil.into();
        step.instruction = format!("{evil}\n{evil}");
        step.warning = Some(evil.into());
        if let Task::Choose { options, .. } = &mut step.task {
            options[0] = evil.into();
        }
        if let Some(screen) = &mut step.screen {
            screen.app = evil.into();
            screen.title = evil.into();
            for e in &mut screen.elements {
                match e {
                    Element::Text { text } | Element::Button { text, .. } => *text = evil.into(),
                    Element::Input {
                        label, placeholder, ..
                    } => {
                        *label = Some(evil.into());
                        *placeholder = Some(evil.into());
                    }
                    Element::Item { text, detail, .. } => {
                        *text = evil.into();
                        *detail = Some(evil.into());
                    }
                    Element::Qr { data, caption } => {
                        *data = evil.into();
                        *caption = Some(evil.into());
                    }
                    Element::Amount { label, value } => {
                        *label = Some(evil.into());
                        *value = evil.into();
                    }
                    Element::Dialog {
                        title,
                        text,
                        buttons,
                    } => {
                        *title = Some(evil.into());
                        *text = evil.into();
                        for b in buttons {
                            b.text = evil.into();
                        }
                    }
                    Element::Message {
                        sender, text, time, ..
                    } => {
                        *sender = Some(evil.into());
                        *text = evil.into();
                        *time = Some(evil.into());
                    }
                }
            }
        }
    }
    for q in &mut lesson.quiz {
        q.explanation = evil.into();
    }
    lesson
}

#[test]
fn no_lesson_text_can_put_markup_on_the_page() {
    let page = handout(&dressed(EVIL), Lang::Zh);
    let plain = handout(&dressed("平安无事"), Lang::Zh);
    assert_eq!(
        check_html(&page),
        check_html(&plain),
        "the same tags as a plain lesson"
    );
    assert!(!page.contains("<script") && !page.contains("<img"));
    assert!(page.contains("&lt;/h2&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assert!(page.contains("&amp; &amp;amp;"));
    assert!(!page.contains('\u{1b}') && !page.contains('\u{202e}'));
}

/// The text a handout's QR drawing scans as: its SVG path (`M x y h len v1 h-len z` runs of
/// dark modules) painted onto a grid and read by a QR decoder.
fn scan_svg(svg: &str) -> String {
    let size: usize = svg
        .split("viewBox=\"0 0 ")
        .nth(1)
        .and_then(|s| s.split(' ').next())
        .and_then(|s| s.parse().ok())
        .expect("a viewBox");
    let path = svg
        .split(" d=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    let mut dark = vec![false; size * size];
    for run in path.split('M').filter(|r| !r.is_empty()) {
        let (xy, rest) = run.split_once('h').unwrap();
        let (x, y) = xy.split_once(' ').unwrap();
        let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
        let len: usize = rest.split('v').next().unwrap().parse().unwrap();
        for i in x..x + len {
            dark[y * size + i] = true;
        }
    }
    let scale = 4;
    let mut img =
        rqrr::PreparedImage::prepare_from_greyscale(size * scale, size * scale, |x, y| {
            if dark[(y / scale) * size + x / scale] {
                0
            } else {
                255
            }
        });
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1, "one code found");
    grids[0].decode().unwrap().1
}

#[test]
fn every_bundled_handouts_qr_codes_scan_as_practice_text() {
    let mut scanned = 0;
    for lesson in bundled() {
        let page = handout(&lesson, Lang::Zh);
        for svg in page.split("<svg").skip(1) {
            let text = scan_svg(svg.split("</svg>").next().unwrap());
            assert!(!looks_like_link(&text), "{}: {text}", lesson.id.as_str());
            let data_in_lesson = lesson.steps.iter().flat_map(|s| &s.screen).any(|s| {
                s.elements
                    .iter()
                    .any(|e| matches!(e, Element::Qr { data, .. } if *data == text))
            });
            let caption = text == Lang::Zh.text().authoring.handout_qr;
            assert!(data_in_lesson || caption, "{}: {text}", lesson.id.as_str());
            scanned += 1;
        }
    }
    assert!(scanned >= 10, "{scanned} codes");
}
