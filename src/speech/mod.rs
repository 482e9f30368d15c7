//! Read-aloud at the edge: runs the configured speech program with the text on standard
//! input or as the argument after `--` — never through a shell, so no text is taken for an
//! option — without blocking the interface. A new text stops the old one. A missing or
//! failing program is reported once, calmly.
//!
//! What the program is given depends on the voice: espeak-ng's `cmn-latn-pinyin` voice
//! gets the text turned into pinyin with tone numbers by [`reading`] (its own reading of
//! Chinese characters picks wrong sounds for common words, and the plain `cmn` voice reads
//! Chinese with an English voice); the system voices of Windows and macOS get the Chinese
//! text itself.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use crate::settings::{Settings, SpeechInput};

use crate::reading;

/// How often the edge looks whether the speech program has finished reading.
pub const SPEECH_POLL: std::time::Duration = std::time::Duration::from_millis(250);

/// The default speech program when the settings name none, text on standard input:
/// espeak-ng's Mandarin voice that reads pinyin with tone numbers.
#[cfg(not(any(windows, target_os = "macos")))]
pub const DEFAULT_COMMAND: &[&str] = &["espeak-ng", "-v", "cmn-latn-pinyin", "--stdin"];

/// The default speech program on Windows: the system's Chinese voice (Huihui, Yaoyao or
/// another zh-CN voice) through PowerShell's System.Speech, text on standard input.
#[cfg(windows)]
pub const DEFAULT_COMMAND: &[&str] = &[
    "powershell",
    "-NoProfile",
    "-NonInteractive",
    "-Command",
    "[Console]::InputEncoding=[Text.Encoding]::UTF8; Add-Type -AssemblyName System.Speech; \
     $s=New-Object System.Speech.Synthesis.SpeechSynthesizer; \
     $v=$s.GetInstalledVoices()|Where-Object {$_.VoiceInfo.Culture.Name -like 'zh*'}|Select-Object -First 1; \
     if ($v) { $s.SelectVoice($v.VoiceInfo.Name) }; $s.Speak([Console]::In.ReadToEnd())",
];

/// The default speech program on macOS: `say` with the Mandarin voice Tingting.
#[cfg(target_os = "macos")]
pub const DEFAULT_COMMAND: &[&str] = &["say", "-v", "Tingting"];

/// What a speech program is given to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// Pinyin with tone numbers (espeak-ng's `cmn-latn-pinyin` voice).
    Pinyin,
    /// The Chinese text as it is (system voices that read characters well).
    Characters,
}

impl Reading {
    /// What a command reads: pinyin when it names a pinyin voice, else characters.
    pub fn of(command: &[String]) -> Reading {
        match command.iter().any(|a| a.to_lowercase().contains("pinyin")) {
            true => Reading::Pinyin,
            false => Reading::Characters,
        }
    }
}

/// Why speaking did not start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpeechError {
    /// No speech program is configured and espeak-ng is not installed.
    NotConfigured,
    /// The program could not be started.
    CannotStart {
        /// The program that would not start.
        program: String,
        /// What the system said about it.
        detail: String,
        /// Why, when it is one of the usual reasons (said in plain words instead).
        kind: std::io::ErrorKind,
    },
}

impl SpeechError {
    /// The problem in the UI language.
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        let s = &lang.text().ui;
        match self {
            SpeechError::NotConfigured => s.speech_missing.to_string(),
            SpeechError::CannotStart {
                program,
                detail,
                kind,
            } => {
                let detail = match kind {
                    std::io::ErrorKind::NotFound => s.speech_not_found.to_string(),
                    std::io::ErrorKind::PermissionDenied => s.speech_no_permission.to_string(),
                    _ => crate::lesson::sanitize::escape_controls(detail),
                };
                let program = crate::lesson::sanitize::escape_controls(program);
                crate::i18n::fill(
                    s.speech_failed,
                    &[("program", &program), ("detail", &detail)],
                )
            }
        }
    }
}

/// Finds an executable on `PATH`.
pub fn find_on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| is_executable(p))
}

fn is_executable(p: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        p.metadata()
            .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    }
    #[cfg(not(unix))]
    {
        p.is_file() || p.with_extension("exe").is_file()
    }
}

/// Runs the speech program, one text at a time.
#[derive(Debug)]
pub struct Speaker {
    command: Option<Vec<String>>,
    input: SpeechInput,
    reading: Reading,
    child: Option<Child>,
}

impl Speaker {
    /// The speaker the settings ask for; the system's default (see [`DEFAULT_COMMAND`])
    /// when none is set and it is installed.
    pub fn from_settings(settings: &Settings) -> Speaker {
        if settings.speech_command.is_empty() {
            let command = find_on_path(DEFAULT_COMMAND[0]).map(|_| {
                DEFAULT_COMMAND
                    .iter()
                    .map(|s| s.to_string())
                    .collect::<Vec<_>>()
            });
            let reading = command.as_deref().map_or(Reading::Characters, Reading::of);
            return Speaker {
                command,
                input: SpeechInput::Stdin,
                reading,
                child: None,
            };
        }
        Speaker::with_command(settings.speech_command.clone(), settings.speech_input)
    }

    /// A speaker with an explicit command (for tests and special set-ups); it reads
    /// pinyin when the command names a pinyin voice.
    pub fn with_command(command: Vec<String>, input: SpeechInput) -> Speaker {
        Speaker {
            reading: Reading::of(&command),
            command: Some(command),
            input,
            child: None,
        }
    }

    /// The program and its arguments, when one is configured.
    pub fn command(&self) -> Option<&[String]> {
        self.command.as_deref()
    }

    /// What this speaker's program is given: pinyin or the characters themselves.
    pub fn reading(&self) -> Reading {
        self.reading
    }

    /// The text exactly as the program is given it, with a lesson's own readings.
    pub fn prepare(&self, text: &str, pronounce: &[(String, String)]) -> String {
        match self.reading {
            Reading::Pinyin => reading::to_pinyin(text, pronounce),
            Reading::Characters => text.to_string(),
        }
    }

    /// True when a speech program is configured.
    pub fn available(&self) -> bool {
        self.command.is_some()
    }

    /// Stops what is being read, if anything.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Whether the program is still reading (a finished one is let go).
    pub fn speaking(&mut self) -> bool {
        match &mut self.child {
            Some(child) => match child.try_wait() {
                Ok(None) => true,
                _ => {
                    self.child = None;
                    false
                }
            },
            None => false,
        }
    }

    /// The process reading now, if any (for tests).
    pub fn current_pid(&self) -> Option<u32> {
        self.child.as_ref().map(Child::id)
    }

    /// Waits until the current text has been read (for tests and WAV output).
    pub fn wait(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.wait();
        }
    }

    /// Starts reading `text`, stopping any earlier text. Returns at once.
    pub fn speak(&mut self, text: &str) -> Result<(), SpeechError> {
        self.speak_with(text, &[])
    }

    /// Starts reading `text` with a lesson's own readings of some words (`pronounce`),
    /// stopping any earlier text. Returns at once.
    pub fn speak_with(
        &mut self,
        text: &str,
        pronounce: &[(String, String)],
    ) -> Result<(), SpeechError> {
        self.stop();
        let text = self.prepare(text, pronounce);
        let Some(command) = &self.command else {
            return Err(SpeechError::NotConfigured);
        };
        let Some((program, args)) = command.split_first() else {
            return Err(SpeechError::NotConfigured);
        };
        let mut cmd = Command::new(program);
        cmd.args(args).stdout(Stdio::null()).stderr(Stdio::null());
        // On Windows a console program started from ours shares its console and could
        // change its input mode (PowerShell does); the speech program gets a hidden
        // console of its own instead (CREATE_NO_WINDOW).
        #[cfg(windows)]
        std::os::windows::process::CommandExt::creation_flags(&mut cmd, 0x0800_0000);
        match self.input {
            SpeechInput::Argument => {
                // After `--`, a text such as "--version" is read, not taken as an option.
                cmd.arg("--").arg(&text).stdin(Stdio::null());
            }
            SpeechInput::Stdin => {
                cmd.stdin(Stdio::piped());
            }
        }
        let mut child = cmd.spawn().map_err(|e| SpeechError::CannotStart {
            program: program.clone(),
            detail: e.to_string(),
            kind: e.kind(),
        })?;
        if let Some(mut stdin) = child.stdin.take() {
            // Lesson texts are at most 10,000 characters, well within a pipe's buffer.
            let _ = stdin.write_all(text.as_bytes());
        }
        self.child = Some(child);
        Ok(())
    }
}

impl Drop for Speaker {
    fn drop(&mut self) {
        self.stop();
    }
}
