//! A small drawing of a step's phone screen for the handout: the app's title bar and each
//! element as an HTML box (a button, an input, a list item, a message bubble, a sum, a
//! dialog), the practice QR code as inline SVG. The element the step asks to tap or type
//! into is ringed, so the page shows where to press.

use std::fmt::Write as _;

use crate::export::safe::html;
use crate::lesson::{Element, Screen, Task};
use crate::ui::qr::QrMatrix;

/// True when `data` could take a phone's scanner anywhere: an address with a scheme
/// (`https:`, `weixin:`, `tel:`…), `www.`, or a bare domain name (`bank-jd.example`).
pub fn looks_like_link(data: &str) -> bool {
    let lower = data.to_lowercase();
    if lower.contains("://") || lower.contains("www.") {
        return true;
    }
    let scheme: String = lower
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    if !scheme.is_empty() && lower[scheme.len()..].starts_with(':') {
        return true;
    }
    // A word of letters, digits and dashes with a dot, as a domain name is written.
    lower
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '.'))
        .any(|word| {
            let parts: Vec<&str> = word.split('.').collect();
            parts.len() >= 2
                && parts.iter().all(|p| !p.is_empty())
                && parts.last().is_some_and(|tld| {
                    tld.chars().all(|c| c.is_ascii_alphabetic()) && tld.len() >= 2
                })
        })
}

/// What the handout's QR code encodes: the lesson's practice text, or, where that could
/// lead a scanner anywhere, the caption (the words printed beside it) instead.
pub fn qr_text<'a>(data: &'a str, caption: &'a str) -> &'a str {
    if looks_like_link(data) { caption } else { data }
}

/// A QR code as an SVG drawing, one unit per module, the quiet zone included; None when
/// the text cannot be encoded.
pub fn qr_svg(text: &str) -> Option<String> {
    let m = QrMatrix::encode(text)?;
    let mut path = String::new();
    for y in 0..m.size {
        let mut x = 0;
        while x < m.size {
            if m.dark[y * m.size + x] {
                let start = x;
                while x < m.size && m.dark[y * m.size + x] {
                    x += 1;
                }
                let _ = write!(path, "M{start} {y}h{}v1h-{}z", x - start, x - start);
            } else {
                x += 1;
            }
        }
    }
    Some(format!(
        r##"<svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {n} {n}" shape-rendering="crispEdges" role="img"><rect width="{n}" height="{n}" fill="#fff"/><path fill="#000" d="{path}"/></svg>"##,
        n = m.size
    ))
}

/// ` target` when the element with `id` is what the step's task points at.
fn ring(id: Option<&str>, task: &Task) -> &'static str {
    let target = match task {
        Task::Tap { target } | Task::Type { target, .. } => Some(target.as_str()),
        _ => None,
    };
    match (id, target) {
        (Some(a), Some(b)) if a == b => " target",
        _ => "",
    }
}

/// One element as HTML.
fn element(e: &Element, task: &Task, qr_caption: &str, out: &mut String) {
    let opt = |t: &Option<String>| t.as_deref().map(html).unwrap_or_default();
    let _ = match e {
        Element::Text { text } => writeln!(out, r#"<p class="el text">{}</p>"#, html(text)),
        Element::Button { id, text } => writeln!(
            out,
            r#"<div class="el button{}">{}</div>"#,
            ring(id.as_ref().map(|i| i.as_str()), task),
            html(text)
        ),
        Element::Input {
            id,
            label,
            placeholder,
            value,
        } => {
            let inside = match (value, placeholder) {
                (Some(v), _) => html(v),
                (None, Some(p)) => format!(r#"<span class="ph">{}</span>"#, html(p)),
                (None, None) => String::new(),
            };
            writeln!(
                out,
                r#"<div class="el input{}"><div class="label">{}</div><div class="box">{inside}</div></div>"#,
                ring(Some(id.as_str()), task),
                opt(label)
            )
        }
        Element::Item { id, text, detail } => writeln!(
            out,
            r#"<div class="el item{}"><div>{}</div><div class="detail">{}</div></div>"#,
            ring(id.as_ref().map(|i| i.as_str()), task),
            html(text),
            opt(detail)
        ),
        Element::Qr { data, caption } => {
            let caption_text = caption.as_deref().unwrap_or(qr_caption);
            let svg = qr_svg(qr_text(data, qr_caption)).unwrap_or_default();
            writeln!(
                out,
                r#"<figure class="el qrbox">{svg}<figcaption>{}</figcaption></figure>"#,
                html(caption_text)
            )
        }
        Element::Amount { label, value } => writeln!(
            out,
            r#"<div class="el amount"><div class="label">{}</div><div class="sum">¥{}</div></div>"#,
            opt(label),
            html(value)
        ),
        Element::Dialog {
            title,
            text,
            buttons,
        } => {
            let buttons: String = buttons
                .iter()
                .map(|b| {
                    format!(
                        r#"<span class="dbutton{}">{}</span>"#,
                        ring(Some(b.id.as_str()), task),
                        html(&b.text)
                    )
                })
                .collect();
            writeln!(
                out,
                r#"<div class="el dialog"><div class="dtitle">{}</div><div>{}</div><div class="dbuttons">{buttons}</div></div>"#,
                opt(title),
                html(text)
            )
        }
        Element::Message {
            id,
            sender,
            text,
            time,
        } => writeln!(
            out,
            r#"<div class="el message{}"><div class="sender">{} <span class="time">{}</span></div><div class="bubble">{}</div></div>"#,
            ring(id.as_ref().map(|i| i.as_str()), task),
            opt(sender),
            opt(time),
            html(text)
        ),
    };
}

/// The phone drawing of `screen`, for a step whose task is `task`.
pub fn phone(screen: &Screen, task: &Task, qr_caption: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        r#"<div class="phone" aria-hidden="true"><div class="app">{}</div><div class="bar">{}</div><div class="screen">"#,
        html(&screen.app),
        html(&screen.title)
    );
    for e in &screen.elements {
        element(e, task, qr_caption, &mut out);
    }
    out.push_str("</div></div>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_told_from_practice_text() {
        for t in [
            "https://example.com",
            "http://bank-jd.example",
            "weixin://dl",
            "tel:110",
            "www.example.com",
            "扫码领取 bank-jd.example 奖品",
        ] {
            assert!(looks_like_link(t), "{t:?}");
            assert_eq!(qr_text(t, "练习"), "练习");
        }
        for t in [
            "zhulao 练习用二维码，不能付款",
            "练习：25.00 元",
            "1.5 元",
            "v1.2",
        ] {
            assert!(!looks_like_link(t), "{t:?}");
            assert_eq!(qr_text(t, "练习"), t);
        }
    }

    #[test]
    fn the_svg_has_every_dark_module() {
        let svg = qr_svg("zhulao 练习").unwrap();
        let m = QrMatrix::encode("zhulao 练习").unwrap();
        let dark = m.dark.iter().filter(|&&d| d).count();
        // Each run is `M.. h{len}`: the lengths add up to the dark modules.
        let total: usize = svg
            .split('h')
            .skip(1)
            .filter_map(|s| s.split('v').next()?.parse::<usize>().ok())
            .sum();
        assert_eq!(total, dark);
        assert!(svg.contains(&format!("viewBox=\"0 0 {0} {0}\"", m.size)));
    }
}
