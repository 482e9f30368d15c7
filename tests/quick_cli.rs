//! The interactive start's own reading of the command line (`cli::quick`) must agree with
//! clap's wherever it gives an answer, and must give one for the usual starts.

use std::ffi::OsString;

use clap::Parser;
use proptest::prelude::*;
use zhulao::cli::{Cli, quick};

fn quick(args: &[&str]) -> Option<Cli> {
    quick::parse(args.iter().map(OsString::from))
}

fn clap(args: &[&str]) -> Result<Cli, clap::Error> {
    Cli::try_parse_from(std::iter::once("zhulao").chain(args.iter().copied()))
}

/// Both readings, compared through Debug (Cli has no PartialEq: most commands never
/// need one).
fn agree(args: &[&str]) -> Result<(), String> {
    let Some(q) = quick(args) else {
        return Ok(());
    };
    match clap(args) {
        Ok(c) if format!("{c:?}") == format!("{q:?}") => Ok(()),
        Ok(c) => Err(format!("{args:?}: quick {q:?}, clap {c:?}")),
        Err(e) => Err(format!("{args:?}: quick {q:?}, clap refused: {e}")),
    }
}

#[test]
fn the_usual_starts_take_the_quick_path_and_read_as_clap_reads_them() {
    let usual: &[&[&str]] = &[
        &[],
        &["class"],
        &["--lang", "en"],
        &["--lang=zh", "--theme", "light"],
        &[
            "--data-dir",
            "/tmp/d",
            "--config",
            "/tmp/s.toml",
            "--lang",
            "zh",
        ],
        &[
            "class",
            "--lessons",
            "我的课程",
            "--lessons=more",
            "--data-dir=数据",
        ],
        &["--theme=high-contrast", "class", "--config", "class"],
        &["--data-dir", "a=b"],
    ];
    for args in usual {
        assert!(quick(args).is_some(), "{args:?} should take the quick path");
        agree(args).unwrap();
    }
}

#[test]
fn everything_else_is_left_to_clap() {
    let others: &[&[&str]] = &[
        &["--help"],
        &["-h"],
        &["--version"],
        &["lesson", "check"],
        &["export", "progress", "-o", "x.xlsx"],
        &["kiosk"],
        &["class", "class"],
        &["--lang", "fr"],
        &["--lang", "ZH"],
        &["--lang"],
        &["--data-dir", "a", "--data-dir", "b"],
        &["--data-dir="],
        &["--data-dir", "-x"],
        &["--data", "x"],
        &["--", "class"],
        &["class", "extra"],
        &["--lessons", "a", "class", "--lessons", "b"],
    ];
    for args in others {
        assert!(quick(args).is_none(), "{args:?} should go to clap");
    }
}

#[cfg(unix)]
#[test]
fn a_path_that_is_not_utf8_is_left_to_clap() {
    use std::os::unix::ffi::OsStringExt;
    let args = [
        OsString::from("--data-dir"),
        OsString::from_vec(vec![0xff, b'd']),
    ];
    assert!(quick::parse(args).is_none());
}

const WORDS: &[&str] = &[
    "class",
    "lesson",
    "kiosk",
    "--lessons",
    "--data-dir",
    "--lang",
    "--theme",
    "--config",
    "--lang=en",
    "--theme=light",
    "--lessons=",
    "--data-dir=x=y",
    "zh",
    "en",
    "light",
    "high-contrast",
    "dir",
    "课程",
    "-",
    "-x",
    "--",
    "-h",
    "--version",
    "=",
    "",
];

const NAMES: &[&str] = &[
    "--lessons",
    "--data-dir",
    "--lang",
    "--theme",
    "--config",
    "--lang-x",
];
const VALUES: &[&str] = &[
    "zh",
    "en",
    "En",
    "light",
    "high-contrast",
    "d",
    "目录 1",
    "a=b",
    "class",
    "-",
];

/// A line of options with values (given inline or after a space) and `class` words.
fn option_lines() -> impl Strategy<Value = Vec<String>> {
    let part = prop_oneof![
        1 => Just(vec!["class".to_string()]),
        6 => (0..NAMES.len(), 0..VALUES.len(), any::<bool>()).prop_map(|(n, v, inline)| {
            let (n, v) = (NAMES[n], VALUES[v]);
            if inline { vec![format!("{n}={v}")] } else { vec![n.to_string(), v.to_string()] }
        }),
    ];
    prop::collection::vec(part, 0..5).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// Lines shaped like real starts: most take the quick path, and each must agree.
    #[test]
    fn options_read_by_the_quick_path_read_the_same_in_clap(args in option_lines()) {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        prop_assert!(agree(&args).is_ok(), "{}", agree(&args).unwrap_err());
    }

    /// Any line built from the words the two readings could differ on.
    #[test]
    fn whatever_the_quick_path_reads_clap_reads_the_same(
        picks in prop::collection::vec(0..WORDS.len(), 0..8)
    ) {
        let args: Vec<&str> = picks.iter().map(|&i| WORDS[i]).collect();
        prop_assert!(agree(&args).is_ok(), "{}", agree(&args).unwrap_err());
    }
}
