//! Read-aloud at the edge: runs the configured speech program with the text as an argument
//! or on standard input — never through a shell — without blocking the interface. A new
//! text stops the old one. A missing or failing program is reported once, calmly.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use crate::settings::{Settings, SpeechInput};

pub mod reading;

/// The default speech program when the settings name none.
pub const DEFAULT_COMMAND: [&str; 3] = ["espeak-ng", "-v", "cmn"];

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
    },
}

impl SpeechError {
    /// The problem in the UI language.
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        let s = &lang.text().ui;
        match self {
            SpeechError::NotConfigured => s.speech_missing.to_string(),
            SpeechError::CannotStart { program, detail } => crate::i18n::fill(
                s.speech_failed,
                &[
                    (
                        "program",
                        &crate::lesson::sanitize::escape_controls(program),
                    ),
                    ("detail", &crate::lesson::sanitize::escape_controls(detail)),
                ],
            ),
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
    child: Option<Child>,
}

impl Speaker {
    /// The speaker the settings ask for; espeak-ng (Mandarin voice) when none is set and it
    /// is installed.
    pub fn from_settings(settings: &Settings) -> Speaker {
        let command = if settings.speech_command.is_empty() {
            find_on_path(DEFAULT_COMMAND[0])
                .map(|_| DEFAULT_COMMAND.iter().map(|s| s.to_string()).collect())
        } else {
            Some(settings.speech_command.clone())
        };
        Speaker {
            command,
            input: settings.speech_input,
            child: None,
        }
    }

    /// A speaker with an explicit command (for tests and special set-ups).
    pub fn with_command(command: Vec<String>, input: SpeechInput) -> Speaker {
        Speaker {
            command: Some(command),
            input,
            child: None,
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
        self.stop();
        let Some(command) = &self.command else {
            return Err(SpeechError::NotConfigured);
        };
        let Some((program, args)) = command.split_first() else {
            return Err(SpeechError::NotConfigured);
        };
        let mut cmd = Command::new(program);
        cmd.args(args).stdout(Stdio::null()).stderr(Stdio::null());
        match self.input {
            SpeechInput::Argument => {
                cmd.arg(text).stdin(Stdio::null());
            }
            SpeechInput::Stdin => {
                cmd.stdin(Stdio::piped());
            }
        }
        let mut child = cmd.spawn().map_err(|e| SpeechError::CannotStart {
            program: program.clone(),
            detail: e.to_string(),
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
