//! Site settings: a TOML file in the platform's config folder, edited by hand or from the
//! program. Written atomically (temp file, fsync, rename); a malformed file is reported
//! with its line and column, left untouched, and the program starts with defaults.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::lesson::Diagnostic;
use crate::ui::theme::ThemeName;

/// How the speech command receives the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeechInput {
    /// As the last argument.
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
    pub speech_input: SpeechInput,
    /// Read each new step aloud without pressing a key.
    pub auto_read: bool,
    /// Seconds without a key before the kiosk asks "还在吗？".
    pub kiosk_idle_timeout: u32,
    pub default_site: String,
    pub trainer_name: String,
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

/// Reads the settings. A missing file gives the defaults; a malformed one gives the
/// defaults and the problem, and the file is not touched.
pub fn load(path: &Path) -> (Settings, Option<Diagnostic>) {
    let name = path.display().to_string();
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (Settings::default(), None),
        Err(e) => {
            let problem = crate::lesson::Problem::Io {
                detail: e.to_string(),
            };
            return (
                Settings::default(),
                Some(Diagnostic {
                    file: name,
                    position: None,
                    snippet: None,
                    problem,
                }),
            );
        }
    };
    let text = match std::str::from_utf8(&bytes) {
        Ok(t) => t,
        Err(_) => {
            let problem = crate::lesson::Problem::InvalidUtf8;
            return (
                Settings::default(),
                Some(Diagnostic {
                    file: name,
                    position: None,
                    snippet: None,
                    problem,
                }),
            );
        }
    };
    match toml::from_str::<Settings>(text) {
        Ok(s) => (s, None),
        Err(e) => (
            Settings::default(),
            Some(crate::lesson::parse::from_toml_error(&name, text, &e)),
        ),
    }
}

/// Writes the settings atomically: a temp file beside the target, fsync, rename.
pub fn save(path: &Path, settings: &Settings) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let text = toml::to_string_pretty(settings).map_err(std::io::Error::other)?;
    let text = format!("# zhulao 设置 / settings\n{text}");
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
        };
        save(&path, &s).unwrap();
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
}
