//! Site settings: a TOML file in the platform's config folder, edited by hand or from the
//! program. Written atomically (temp file, fsync, rename) with `format_version` first; a
//! malformed file is reported with its line and column, left untouched, and the program
//! starts with defaults. A file from a newer zhulao is read as far as this program
//! understands it, reported, and never written over.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::lesson::Diagnostic;
use crate::lesson::source::Seg;
use crate::ui::theme::ThemeName;

/// How the speech command receives the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeechInput {
    /// As the last argument, after `--` (so a text is never taken for an option).
    #[default]
    Argument,
    /// On standard input.
    Stdin,
}

/// Everything a site sets once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// Interface language: "zh" or "en".
    pub lang: Lang,
    /// "high-contrast" or "light".
    pub theme: ThemeName,
    /// The read-aloud program and its arguments, e.g. ["espeak-ng", "-v", "cmn"]. Empty:
    /// use espeak-ng when it is installed.
    pub speech_command: Vec<String>,
    /// How the read-aloud program gets the text: as its last argument, or on standard input.
    pub speech_input: SpeechInput,
    /// Read each new step aloud without pressing a key.
    pub auto_read: bool,
    /// Seconds without a key before the kiosk asks "还在吗？".
    pub kiosk_idle_timeout: u32,
    /// The site a new class starts with, and the kiosk's site unless `--site` names one.
    pub default_site: String,
    /// The trainer's name a new class starts with.
    pub trainer_name: String,
    /// Who reports and issues: 填报单位 on exported tables, 发证单位 on certificates, such
    /// as "武进区湖塘镇社区教育中心". Empty: `default_site`, else a blank to fill in by hand.
    pub organisation: String,
}

impl Settings {
    /// Who reports and issues: `organisation`, else `default_site` (may be empty).
    pub fn reporting_unit(&self) -> &str {
        if self.organisation.trim().is_empty() {
            &self.default_site
        } else {
            &self.organisation
        }
    }
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            lang: Lang::Zh,
            theme: ThemeName::HighContrast,
            speech_command: Vec::new(),
            speech_input: SpeechInput::Argument,
            auto_read: false,
            kiosk_idle_timeout: 180,
            default_site: String::new(),
            trainer_name: String::new(),
            organisation: String::new(),
        }
    }
}

/// The environment variable that names the settings file.
pub const ENV_VAR: &str = "ZHULAO_CONFIG";

/// The settings file: `ZHULAO_CONFIG`, else the platform's config folder.
pub fn default_path() -> PathBuf {
    if let Some(p) = std::env::var_os(ENV_VAR).filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    directories::ProjectDirs::from("org", "zhulao", "zhulao")
        .map(|p| p.config_dir().join("settings.toml"))
        .unwrap_or_else(|| PathBuf::from("zhulao-settings.toml"))
}

/// The settings file format this program reads and writes. A file without
/// `format_version` is version 1, as every file before the key existed.
pub const FORMAT_VERSION: i64 = 1;

/// Why the settings in use are not, or not all, what the file says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadProblem {
    /// The file could not be read or understood: the defaults are in use, and the file
    /// is left as it is.
    Unreadable(Diagnostic),
    /// The file is from a newer zhulao: the settings this program understands are in use,
    /// the rest are ignored, and [`save`] does not write over the file.
    Newer {
        /// The settings file's path, as messages name it.
        file: String,
        /// The `format_version` the file declares.
        found: i64,
    },
}

impl LoadProblem {
    /// The problem as a sentence in `lang`, starting with the file's name.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            LoadProblem::Unreadable(d) => d.render(lang),
            LoadProblem::Newer { file, found } => newer_file(lang, file, *found),
        }
    }
}

/// The sentence for a settings file of format `found`, newer than this program's.
fn newer_file(lang: Lang, file: &str, found: i64) -> String {
    let file = crate::lesson::sanitize::escape_controls(file);
    crate::i18n::fill(
        lang.text().ui.settings_newer_file,
        &[
            ("file", &file),
            ("found", &found),
            ("known", &FORMAT_VERSION),
        ],
    )
}

/// Reads the settings. A missing file gives the defaults; a malformed one gives the
/// defaults and the problem, and the file is not touched. A file from a newer zhulao
/// gives what this program understands of it, and says so.
pub fn load(path: &Path) -> (Settings, Option<LoadProblem>) {
    let name = path.display().to_string();
    let unreadable = |problem| {
        let d = Diagnostic {
            file: name.clone(),
            position: None,
            snippet: None,
            problem,
        };
        (Settings::default(), Some(LoadProblem::Unreadable(d)))
    };
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (Settings::default(), None),
        Err(e) => {
            return unreadable(crate::lesson::Problem::Io {
                detail: e.to_string(),
            });
        }
    };
    let Ok(text) = std::str::from_utf8(&bytes) else {
        return unreadable(crate::lesson::Problem::InvalidUtf8);
    };
    match parse(&name, text) {
        Ok(read) => read,
        Err(d) => (Settings::default(), Some(LoadProblem::Unreadable(*d))),
    }
}

/// Only the version key of a settings file, whatever else it holds.
#[derive(Deserialize)]
struct Declared {
    format_version: Option<toml::Spanned<i64>>,
}

/// The settings in `text`, with the problem of a newer file; Err when it does not read.
fn parse(name: &str, text: &str) -> Result<(Settings, Option<LoadProblem>), Box<Diagnostic>> {
    use toml::de::{DeTable, Deserializer};
    let toml_error =
        |e: toml::de::Error| Box::new(crate::lesson::parse::from_toml_error(name, text, &e));
    let declared = toml::from_str::<Declared>(text).map_err(toml_error)?;
    let version = declared
        .format_version
        .map_or(FORMAT_VERSION, |v| *v.get_ref());
    if version < 1 {
        let locator = crate::lesson::validate::Locator::new(name, text);
        let problem = crate::lesson::Problem::UnsupportedFormat { found: version };
        return Err(Box::new(locator.at(
            &[Seg::Key("format_version")],
            false,
            problem,
        )));
    }
    let mut doc = DeTable::parse(text).map_err(toml_error)?;
    let span = doc.span();
    doc.get_mut().remove("format_version");
    if version <= FORMAT_VERSION {
        let settings = Settings::deserialize(Deserializer::from(doc)).map_err(toml_error)?;
        return Ok((settings, None));
    }
    // A newer file may hold keys, or values, this program does not know: each key is kept
    // only if it reads on its own, so everything else still counts.
    let understood: DeTable = doc
        .into_inner()
        .into_iter()
        .filter(|(key, value)| {
            let mut one = DeTable::new();
            one.insert(key.clone(), value.clone());
            let one = toml::Spanned::new(span.clone(), one);
            Settings::deserialize(Deserializer::from(one)).is_ok()
        })
        .collect();
    let understood = Deserializer::from(toml::Spanned::new(span, understood));
    let settings = Settings::deserialize(understood).unwrap_or_default();
    let newer = LoadProblem::Newer {
        file: name.to_string(),
        found: version,
    };
    Ok((settings, Some(newer)))
}

/// Writes the settings atomically, with the format version first. A file from a newer
/// zhulao, or one with a mistake in it, is not written over (its keys would be lost): that
/// is an error saying so.
pub fn save(path: &Path, settings: &Settings) -> std::io::Result<()> {
    let declared = |text: &str| toml::from_str::<Declared>(text).ok()?.format_version;
    if let Ok(old) = std::fs::read_to_string(path)
        && let Some(found) = declared(&old).map(toml::Spanned::into_inner)
        && found > FORMAT_VERSION
    {
        let message = newer_file(settings.lang, &path.display().to_string(), found);
        return Err(std::io::Error::other(message));
    }
    // A file with a mistake in it is the user's to fix: defaults never replace it (the
    // problem, with its line, is the error).
    if path.exists()
        && let (_, Some(problem @ LoadProblem::Unreadable(_))) = load(path)
    {
        return Err(std::io::Error::other(problem.render(settings.lang)));
    }
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let text = toml::to_string_pretty(settings).map_err(std::io::Error::other)?;
    let text = format!("# zhulao 设置 / settings\nformat_version = {FORMAT_VERSION}\n{text}");
    crate::fsio::write_atomically(path, text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/settings.toml");
        let s = Settings {
            lang: Lang::En,
            theme: ThemeName::Light,
            speech_command: vec!["say".into(), "-v".into(), "Ting-Ting".into()],
            speech_input: SpeechInput::Stdin,
            auto_read: true,
            kiosk_idle_timeout: 240,
            default_site: "拱墅区社区学院".into(),
            trainer_name: "李老师".into(),
            organisation: "拱墅区社区教育中心".into(),
        };
        save(&path, &s).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("\nformat_version = 1\n"), "{text}");
        assert_eq!(load(&path), (s, None));
        assert_eq!(
            std::fs::read_dir(path.parent().unwrap()).unwrap().count(),
            1,
            "no temp file left"
        );
    }

    #[test]
    fn a_missing_file_gives_defaults() {
        assert_eq!(
            load(Path::new("/nonexistent/zhulao/settings.toml")),
            (Settings::default(), None)
        );
    }

    #[test]
    fn a_malformed_file_is_reported_with_its_place_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.toml");
        let text = "lang = \"zh\"\nthem = \"light\"\n";
        std::fs::write(&path, text).unwrap();
        let (settings, problem) = load(&path);
        assert_eq!(settings, Settings::default());
        let message = problem.unwrap().render(Lang::Zh);
        assert!(
            message.contains("settings.toml:2:1: 错误：不认识的键“them”。你是不是想写“theme”？"),
            "{message}"
        );
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    }

    #[test]
    fn a_file_from_before_format_version_reads_as_version_1() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.toml");
        let old = "# zhulao 设置 / settings\nlang = \"en\"\ntheme = \"light\"\nauto_read = true\n";
        std::fs::write(&path, old).unwrap();
        let (settings, problem) = load(&path);
        assert_eq!(problem, None);
        assert_eq!(
            settings,
            Settings {
                lang: Lang::En,
                theme: ThemeName::Light,
                auto_read: true,
                ..Settings::default()
            }
        );
        save(&path, &settings).unwrap();
        assert!(
            std::fs::read_to_string(&path)
                .unwrap()
                .contains("format_version = 1")
        );
        assert_eq!(load(&path), (settings, None));
    }

    #[test]
    fn a_file_from_a_newer_zhulao_is_read_as_far_as_known_and_not_written_over() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.toml");
        let newer = "format_version = 2\nlang = \"en\"\ntheme = \"solarized\"\n\
                     auto_read = true\nfont_size = 3\n";
        std::fs::write(&path, newer).unwrap();
        let (settings, problem) = load(&path);
        // The known keys count; a new key and a value this version lacks are left out.
        assert_eq!(
            settings,
            Settings {
                lang: Lang::En,
                auto_read: true,
                ..Settings::default()
            }
        );
        let problem = problem.unwrap();
        assert!(
            matches!(problem, LoadProblem::Newer { found: 2, .. }),
            "{problem:?}"
        );
        let zh = problem.render(Lang::Zh);
        assert!(
            zh.contains("settings.toml 是更新版本的 zhulao 写的（设置格式版本 2"),
            "{zh}"
        );
        let en = problem.render(Lang::En);
        assert!(
            en.contains("settings.toml was written by a newer zhulao"),
            "{en}"
        );
        let refused = save(&path, &settings).unwrap_err().to_string();
        assert!(refused.contains("written by a newer zhulao"), "{refused}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), newer);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_version_that_never_existed_or_is_not_a_number_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.toml");
        std::fs::write(&path, "lang = \"en\"\nformat_version = 0\n").unwrap();
        let (settings, problem) = load(&path);
        assert_eq!(settings, Settings::default());
        let message = problem.unwrap().render(Lang::En);
        assert!(
            message.contains("settings.toml:2:18: error: this file uses format version 0"),
            "{message}"
        );
        std::fs::write(&path, "format_version = \"1\"\n").unwrap();
        let (settings, problem) = load(&path);
        assert_eq!(settings, Settings::default());
        assert!(
            matches!(problem, Some(LoadProblem::Unreadable(_))),
            "{problem:?}"
        );
    }

    #[test]
    fn a_file_with_a_mistake_is_not_overwritten_with_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.toml");
        let broken = "format_version = 1\ntrainer_name = \"李老师\"\ndefault_site = \n";
        std::fs::write(&path, broken).unwrap();
        let (settings, problem) = load(&path);
        assert!(problem.is_some());
        let err = save(&path, &settings).unwrap_err().to_string();
        assert!(err.contains("settings.toml"), "{err}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), broken);
    }
}
