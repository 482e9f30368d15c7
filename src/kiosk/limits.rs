//! The kiosk's guessing limits (learner codes and the staff PIN) kept across restarts: a
//! small file in the data folder, written whenever a limit changes and read at start, so
//! pulling the plug or killing the kiosk does not give a guesser a fresh start.

use std::path::{Path, PathBuf};

use chrono::{DateTime, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

pub use super::pin::Limits;
use super::pin::RateLimit;
use super::state::{Effect, Kiosk, Msg};

/// The file in the data folder that holds this kiosk's limits.
pub const LIMITS_FILE: &str = "kiosk-limits.json";

/// Where the limits are kept.
pub fn limits_path(data_dir: &Path) -> PathBuf {
    data_dir.join(LIMITS_FILE)
}

/// What is kept of one limit: its failures and pause, in milliseconds since 1970.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Kept {
    failures: Vec<i64>,
    paused_until: Option<i64>,
    last_pause_ms: Option<i64>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct File {
    code: Kept,
    pin: Kept,
}

fn kept(limit: &RateLimit) -> Kept {
    Kept {
        failures: limit
            .failures
            .iter()
            .map(DateTime::timestamp_millis)
            .collect(),
        paused_until: limit.paused_until.map(|t| t.timestamp_millis()),
        last_pause_ms: limit.last_pause.map(|p| p.num_milliseconds()),
    }
}

fn restore(limit: &mut RateLimit, kept: &Kept) {
    let at = |ms: i64| DateTime::<Utc>::from_timestamp_millis(ms);
    limit.failures = kept.failures.iter().filter_map(|ms| at(*ms)).collect();
    limit.paused_until = kept.paused_until.and_then(at);
    // Never longer than this kiosk's longest pause, whatever the file says.
    limit.last_pause = kept
        .last_pause_ms
        .map(|ms| TimeDelta::milliseconds(ms.clamp(0, limit.longest.num_milliseconds())));
}

/// Writes the limits atomically, readable by their owner only.
pub fn save(data_dir: &Path, limits: &Limits) -> std::io::Result<()> {
    let file = File {
        code: kept(&limits.code),
        pin: kept(&limits.pin),
    };
    let text = serde_json::to_vec(&file).map_err(std::io::Error::other)?;
    crate::fsio::write_atomically_with(&limits_path(data_dir), crate::fsio::Access::Owner, |f| {
        std::io::Write::write_all(f, &text)
    })
}

impl Kiosk {
    /// Applies one message and returns what the edge must do; when a guessing limit
    /// changed, it is also saved.
    pub fn update(&mut self, msg: Msg) -> Vec<Effect> {
        let before = self.limits();
        let mut effects = self.update_screens(msg);
        let after = self.limits();
        if after != before {
            effects.push(Effect::SaveLimits(Box::new(after)));
        }
        effects
    }

    /// Both guessing limits as they stand.
    pub fn limits(&self) -> Limits {
        Limits {
            code: self.code_limit.clone(),
            pin: self.pin_limit.clone(),
        }
    }

    /// Takes up the limits kept in `data_dir` by an earlier run. A missing or unreadable
    /// file leaves them fresh; the limits' sizes and pauses stay this kiosk's own.
    pub fn restore_limits(&mut self, data_dir: &Path) {
        let Ok(bytes) = std::fs::read(limits_path(data_dir)) else {
            return;
        };
        let Ok(file) = serde_json::from_slice::<File>(&bytes) else {
            return;
        };
        restore(&mut self.code_limit, &file.code);
        restore(&mut self.pin_limit, &file.pin);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_round_trip_through_the_file_owner_only() {
        let dir = tempfile::tempdir().unwrap();
        let now = DateTime::from_timestamp(1_800_000_000, 0).unwrap();
        let mut limits = Limits {
            code: RateLimit::new(5, 60, 30, 120),
            pin: RateLimit::new(3, 600, 60, 3600),
        };
        for _ in 0..5 {
            limits.code.fail(now);
        }
        limits.pin.fail(now);
        save(dir.path(), &limits).unwrap();
        let mut code = RateLimit::new(5, 60, 30, 120);
        let mut pin = RateLimit::new(3, 600, 60, 3600);
        let text = std::fs::read(limits_path(dir.path())).unwrap();
        let file: File = serde_json::from_slice(&text).unwrap();
        restore(&mut code, &file.code);
        restore(&mut pin, &file.pin);
        assert_eq!(code, limits.code);
        assert_eq!(pin, limits.pin);
        assert_eq!(code.paused_for(now), Some(30));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let meta = std::fs::metadata(limits_path(dir.path())).unwrap();
            assert_eq!(meta.permissions().mode() & 0o777, 0o600);
        }
    }
}
