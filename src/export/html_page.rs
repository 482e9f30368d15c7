//! The frame of every printable HTML file zhulao writes (learner cards, certificates,
//! lesson handouts): the document's language, the program's version, the title, the
//! file's own style sheet and its body.

use super::safe::html;
use crate::i18n::Lang;

/// A whole HTML document in `lang`: `title` is plain text (escaped here), `style` a
/// style sheet and `body` HTML already made safe by its writer.
pub fn html_page(lang: Lang, title: &str, style: &str, body: &str) -> String {
    format!(
        r#"<!DOCTYPE html>
<html lang="{tag}">
<head>
<meta charset="utf-8">
<meta name="generator" content="zhulao {version}">
<title>{title}</title>
<style>
{style}</style>
</head>
<body>
{body}</body>
</html>
"#,
        tag = lang.text().language.tag,
        version = env!("CARGO_PKG_VERSION"),
        title = html(title),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_title_is_escaped_and_the_body_kept() {
        let page = html_page(Lang::Zh, "<扫码>", "p { margin: 0; }\n", "<p>好</p>\n");
        assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"zh-CN\">"));
        assert!(page.contains("<title>&lt;扫码&gt;</title>"));
        assert!(page.contains("<style>\np { margin: 0; }\n</style>"));
        assert!(page.contains("<body>\n<p>好</p>\n</body>\n</html>\n"));
    }
}
