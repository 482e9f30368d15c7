//! Every bundled lesson's handout printed by a headless browser (chromium) prints on A4 in
//! two to six pages. Skipped, and said so, where chromium or pdfinfo is not installed.

use std::path::Path;
use std::process::{Command, Stdio};

use zhulao::export::handout::handout;
use zhulao::i18n::Lang;
use zhulao::lesson::Library;

/// True when `program` runs.
fn installed(program: &str, arg: &str) -> bool {
    Command::new(program)
        .arg(arg)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Prints `html` to a PDF with headless chromium; the number of pages.
fn pages(html: &Path, pdf: &Path, profile: &Path) -> u32 {
    let status = Command::new("timeout")
        .arg("300")
        .arg("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(html)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("chromium runs");
    assert!(status.success(), "chromium printed {}", html.display());
    let info = Command::new("pdfinfo")
        .arg(pdf)
        .output()
        .expect("pdfinfo runs");
    let text = String::from_utf8_lossy(&info.stdout);
    let line = text
        .lines()
        .find(|l| l.starts_with("Pages:"))
        .unwrap_or_else(|| panic!("pdfinfo: {text}"));
    line["Pages:".len()..].trim().parse().unwrap()
}

#[test]
fn every_bundled_handout_prints_in_two_to_six_pages() {
    if !installed("chromium", "--version") || !installed("pdfinfo", "-v") {
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "skipped: chromium or pdfinfo is not installed (apt-get install chromium poppler-utils), so the handouts were not printed"
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut counts = Vec::new();
    for loaded in Library::load(&[]).lessons {
        let id = loaded.lesson.id.as_str().to_string();
        let html = dir.path().join(format!("{id}.html"));
        std::fs::write(&html, handout(&loaded.lesson, Lang::Zh)).unwrap();
        let n = pages(
            &html,
            &dir.path().join(format!("{id}.pdf")),
            &dir.path().join("profile"),
        );
        counts.push((id, n));
    }
    eprintln!("pages: {counts:?}");
    for (id, n) in &counts {
        assert!((2..=6).contains(n), "{id} prints on {n} pages");
    }
}
