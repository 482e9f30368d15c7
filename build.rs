//! Compiles the bundled lessons into the binary: writes a list of
//! `(file name, include_str!(path))` for every `lessons/*.toml`, and next to it each
//! lesson's header (the keys the home screen lists), so the program can show its library
//! without parsing a lesson before it is opened. A file this cannot read gets no header
//! and is parsed in full at start-up instead; `tests/catalog.rs` checks that every header
//! here equals the one the real checker derives.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

/// The top-level keys the home screen shows; everything else in the file is ignored here.
#[derive(serde::Deserialize)]
struct Head {
    id: String,
    title: String,
    summary: String,
    category: String,
    level: String,
    estimated_minutes: u32,
    #[serde(default)]
    steps: Vec<toml::Value>,
    #[serde(default)]
    quiz: Vec<toml::Value>,
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = fs::read_dir(&dir)
        .map(|rd| rd.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "toml"));
    files.sort();
    let mut out = String::from(
        "/// Bundled lessons: (file name, contents).\npub static BUNDLED: &[(&str, &str)] = &[\n",
    );
    let mut headers = String::from(
        "/// The bundled lessons' headers, in the same order (None: parse the file).\n\
         pub static BUNDLED_HEADERS: &[Option<super::BundledHeader>] = &[\n",
    );
    for path in &files {
        println!("cargo::rerun-if-changed={}", path.display());
        let name = path.file_name().unwrap().to_string_lossy();
        writeln!(
            out,
            "    ({name:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .unwrap();
        let head = fs::read_to_string(path)
            .ok()
            .and_then(|text| toml::from_str::<Head>(&text).ok());
        match head {
            Some(h) => writeln!(
                headers,
                "    Some(super::BundledHeader {{ id: {:?}, title: {:?}, summary: {:?}, \
                 category: {:?}, level: {:?}, minutes: {}, steps: {}, questions: {} }}),",
                h.id,
                h.title,
                h.summary,
                h.category,
                h.level,
                h.estimated_minutes,
                h.steps.len(),
                h.quiz.len()
            )
            .unwrap(),
            None => headers.push_str("    None,\n"),
        }
    }
    out.push_str("];\n");
    headers.push_str("];\n");
    out.push_str(&headers);
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("bundled_lessons.rs");
    fs::write(dest, out).unwrap();
}
