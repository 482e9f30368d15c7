//! The staff PIN: kept only as an argon2id hash (a PHC string) in the data folder, never
//! as the PIN itself; and the rate limit that slows down guessing of PINs and learner codes.

use std::io::Write;
use std::path::{Path, PathBuf};

use argon2::{Algorithm, Argon2, Params, PasswordHash, PasswordHasher, PasswordVerifier, Version};
use chrono::{DateTime, TimeDelta, Utc};

/// The file in the data folder that holds the PIN's hash.
pub const PIN_FILE: &str = "kiosk-pin.phc";
/// Shortest and longest staff PIN, in digits (it is typed on the number pad).
pub const PIN_DIGITS: std::ops::RangeInclusive<usize> = 4..=12;

/// True for a PIN that can be set: 4 to 12 ASCII digits.
pub fn is_valid_pin(pin: &str) -> bool {
    PIN_DIGITS.contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit())
}

/// Where the PIN's hash is kept.
pub fn pin_path(data_dir: &Path) -> PathBuf {
    data_dir.join(PIN_FILE)
}

/// A staff PIN's argon2id hash, checked to be a well-formed PHC string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PinHash(String);

impl PinHash {
    /// Hashes `pin` with argon2id's recommended cost and a fresh random salt.
    pub fn new(pin: &str) -> Result<PinHash, String> {
        Self::hash_with(&Argon2::default(), pin)
    }

    /// Hashes with the smallest cost argon2 allows: for tests, which check many PINs.
    #[doc(hidden)]
    pub fn cheap_for_tests(pin: &str) -> PinHash {
        let params = Params::new(Params::MIN_M_COST, 1, 1, None).expect("valid parameters");
        Self::hash_with(
            &Argon2::new(Algorithm::Argon2id, Version::V0x13, params),
            pin,
        )
        .expect("hashing works")
    }

    fn hash_with(argon2: &Argon2, pin: &str) -> Result<PinHash, String> {
        argon2
            .hash_password(pin.as_bytes())
            .map(|h| PinHash(h.to_string()))
            .map_err(|e| e.to_string())
    }

    /// Reads a stored hash; None unless it is an argon2 PHC string.
    pub fn parse(text: &str) -> Option<PinHash> {
        let text = text.trim();
        let hash = PasswordHash::new(text).ok()?;
        hash.algorithm
            .as_str()
            .starts_with("argon2")
            .then(|| PinHash(text.to_string()))
    }

    /// True when `pin` is the PIN this hash was made from (the cost and salt come from the
    /// stored string; the comparison is constant-time).
    pub fn verify(&self, pin: &str) -> bool {
        PasswordHash::new(&self.0).is_ok_and(|h| {
            Argon2::default()
                .verify_password(pin.as_bytes(), &h)
                .is_ok()
        })
    }

    /// The PHC string, as written to the file.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What reading the PIN file found.
#[derive(Debug, PartialEq, Eq)]
pub enum Stored {
    /// No PIN file: `zhulao kiosk set-pin` has not been run.
    Missing,
    /// The PIN file cannot be read or does not hold a PIN hash.
    Damaged,
    /// The hash of the staff PIN.
    Pin(PinHash),
}

/// Reads the PIN's hash from the data folder.
pub fn load(data_dir: &Path) -> Stored {
    match std::fs::read_to_string(pin_path(data_dir)) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Stored::Missing,
        Err(_) => Stored::Damaged,
        Ok(text) => PinHash::parse(&text).map_or(Stored::Damaged, Stored::Pin),
    }
}

/// Writes the hash atomically (temp file, fsync, rename), readable by its owner only.
pub fn save(data_dir: &Path, hash: &PinHash) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(data_dir)?;
    let path = pin_path(data_dir);
    crate::fsio::write_atomically_with(&path, crate::fsio::Access::Owner, |f| {
        writeln!(f, "{}", hash.as_str())
    })?;
    Ok(path)
}

/// Both of the kiosk's guessing limits as they stand (kept across restarts by `limits`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Wrong learner codes.
    pub code: RateLimit,
    /// Wrong staff PINs.
    pub pin: RateLimit,
}

/// Slows guessing: after `max` failures within `window`, nothing is accepted for a pause
/// that doubles with each pause in a row (up to `longest`) until a success or a long quiet
/// time. Kept across restarts in the data folder (see `limits`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RateLimit {
    pub(super) max: usize,
    pub(super) window: TimeDelta,
    pub(super) pause: TimeDelta,
    pub(super) longest: TimeDelta,
    pub(super) failures: Vec<DateTime<Utc>>,
    pub(super) paused_until: Option<DateTime<Utc>>,
    /// The length of the last pause, while no success came after it.
    pub(super) last_pause: Option<TimeDelta>,
}

impl RateLimit {
    /// A limit of `max` failures per `window` seconds, then a pause of `pause` seconds,
    /// doubling up to `longest` seconds.
    pub fn new(max: usize, window: i64, pause: i64, longest: i64) -> RateLimit {
        RateLimit {
            max,
            window: TimeDelta::seconds(window),
            pause: TimeDelta::seconds(pause),
            longest: TimeDelta::seconds(longest.max(pause)),
            failures: Vec::new(),
            paused_until: None,
            last_pause: None,
        }
    }

    /// Whole seconds left of the pause at `now` (rounded up), or None when not paused.
    pub fn paused_for(&self, now: DateTime<Utc>) -> Option<i64> {
        // A clock set back never makes the pause longer than it was meant to be.
        let left = (self.paused_until? - now).min(self.last_pause?);
        (left > TimeDelta::zero()).then(|| (left.num_milliseconds() + 999) / 1000)
    }

    /// Counts a failure at `now`; true when it starts a pause.
    pub fn fail(&mut self, now: DateTime<Utc>) -> bool {
        // A long quiet time after a pause starts the pauses short again (a success does
        // not, for learner codes: one's own card must not let anyone guess on).
        if self
            .paused_until
            .is_some_and(|until| now - until > self.longest + self.window)
        {
            self.last_pause = None;
        }
        let window = self.window;
        self.failures.retain(|t| now - *t < window && *t <= now);
        self.failures.push(now);
        if self.failures.len() >= self.max {
            self.failures.clear();
            let pause = self
                .last_pause
                .map_or(self.pause, |p| (p * 2).min(self.longest));
            self.last_pause = Some(pause);
            self.paused_until = Some(now + pause);
            return true;
        }
        false
    }

    /// Forgets failures after a success.
    pub fn succeed(&mut self) {
        self.failures.clear();
        self.last_pause = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000 + s, 0).unwrap()
    }

    #[test]
    fn pins_are_four_to_twelve_digits() {
        assert!(is_valid_pin("2468"));
        assert!(is_valid_pin("123456789012"));
        assert!(!is_valid_pin("123"));
        assert!(!is_valid_pin("1234567890123"));
        assert!(!is_valid_pin("12a4"));
        assert!(!is_valid_pin("１２３４"));
    }

    #[test]
    fn the_real_hash_verifies_only_its_pin_and_is_not_the_pin() {
        let hash = PinHash::new("2468").unwrap();
        assert!(hash.as_str().starts_with("$argon2id$"));
        assert!(!hash.as_str().contains("2468"));
        assert!(hash.verify("2468"));
        assert!(!hash.verify("2469"));
        assert_ne!(
            PinHash::new("2468").unwrap(),
            hash,
            "a fresh salt every time"
        );
    }

    #[test]
    fn the_file_round_trips_and_bad_files_are_damaged() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(load(dir.path()), Stored::Missing);
        let hash = PinHash::cheap_for_tests("13579");
        let path = save(dir.path(), &hash).unwrap();
        assert_eq!(load(dir.path()), Stored::Pin(hash));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::write(&path, "13579\n").unwrap();
        assert_eq!(load(dir.path()), Stored::Damaged, "a plain PIN is refused");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn the_limit_pauses_after_too_many_failures_in_the_window() {
        let mut limit = RateLimit::new(3, 60, 30, 45);
        assert!(!limit.fail(t(0)));
        assert!(!limit.fail(t(10)));
        assert!(!limit.fail(t(65)), "the first failure left the window");
        assert_eq!(limit.paused_for(t(65)), None);
        assert!(limit.fail(t(66)));
        assert_eq!(limit.paused_for(t(76)), Some(20));
        assert_eq!(limit.paused_for(t(95)), Some(1));
        assert_eq!(limit.paused_for(t(96)), None);
        limit.fail(t(107));
        limit.fail(t(108));
        assert!(limit.fail(t(109)));
        assert_eq!(
            limit.paused_for(t(109)),
            Some(45),
            "doubled, up to the longest"
        );
        limit.fail(t(200));
        limit.succeed();
        limit.fail(t(201));
        assert!(!limit.fail(t(202)), "a success forgets earlier failures");
        assert!(limit.fail(t(203)));
        assert_eq!(
            limit.paused_for(t(203)),
            Some(30),
            "and the pause starts short again"
        );
    }
}
