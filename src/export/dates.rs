//! Days as the people at a site count them: a stored UTC time falls on the local calendar
//! day (a 07:00 class in Beijing is 23:00 UTC the day before), and a period of local days
//! is a range of UTC times. The time zone is a value, so tests can fix it.

use chrono::{DateTime, Datelike, FixedOffset, Local, NaiveDate, TimeZone, Utc};

use crate::i18n::Lang;
use crate::progress::model::timestamp;

/// The time zone whose calendar days exports count in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zone {
    /// The computer's own time zone (on Unix, `TZ` when it is set).
    Local,
    /// A fixed offset from UTC, such as +08:00 for China.
    Fixed(FixedOffset),
}

impl Zone {
    /// China Standard Time, UTC+8.
    pub fn beijing() -> Zone {
        FixedOffset::east_opt(8 * 3600).map_or(Zone::Local, Zone::Fixed)
    }

    /// The local day of a moment.
    pub fn day(self, at: DateTime<Utc>) -> NaiveDate {
        match self {
            Zone::Local => at.with_timezone(&Local).date_naive(),
            Zone::Fixed(offset) => at.with_timezone(&offset).date_naive(),
        }
    }

    /// The local day of a stored time (ISO 8601); None when it cannot be read.
    pub fn day_of(self, stored: &str) -> Option<NaiveDate> {
        DateTime::parse_from_rfc3339(stored)
            .ok()
            .map(|t| self.day(t.with_timezone(&Utc)))
    }

    /// The first moment of a local day, in UTC. A day whose midnight a clock change skips
    /// starts at its first moment that exists.
    pub fn start_of(self, day: NaiveDate) -> DateTime<Utc> {
        let midnight = day.and_hms_opt(0, 0, 0).unwrap_or_default();
        let earliest = |r: chrono::LocalResult<DateTime<FixedOffset>>| r.earliest();
        let local = match self {
            Zone::Local => Local
                .from_local_datetime(&midnight)
                .earliest()
                .or_else(|| {
                    Local
                        .from_local_datetime(&(midnight + chrono::Duration::hours(1)))
                        .earliest()
                })
                .map(|t| t.fixed_offset()),
            Zone::Fixed(offset) => earliest(offset.from_local_datetime(&midnight)),
        };
        local.map_or_else(
            || Utc.from_utc_datetime(&midnight),
            |t| t.with_timezone(&Utc),
        )
    }

    /// The stored-time bounds of local days `from..=to` (open ends reach every time):
    /// an event counts when `start <= at < end`, compared as stored text.
    pub fn bounds(self, from: Option<NaiveDate>, to: Option<NaiveDate>) -> (String, String) {
        let start = from.map_or_else(String::new, |d| timestamp(self.start_of(d)));
        let end = to
            .and_then(|d| d.succ_opt())
            .map_or_else(|| "\u{10ffff}".to_string(), |d| timestamp(self.start_of(d)));
        (start, end)
    }
}

/// A date for people to read: 2026年10月9日 in Chinese (as official documents write
/// it), 9 October 2026 otherwise.
pub fn long_date(day: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{}年{}月{}日", day.year(), day.month(), day.day()),
        _ => day.format("%-d %B %Y").to_string(),
    }
}

/// The number format of a date cell people read: the long date.
pub fn date_cell_format(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "yyyy\"年\"m\"月\"d\"日\"",
        _ => "yyyy-mm-dd",
    }
}

/// The number format of a date cell in a wide grid: short.
pub fn short_date_cell_format(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "yyyy/m/d",
        _ => "yyyy-mm-dd",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    #[test]
    fn a_morning_class_in_beijing_is_on_its_own_day() {
        let zone = Zone::beijing();
        // 07:00 in Beijing on 20 October is 23:00 UTC on the 19th.
        let at = Utc.with_ymd_and_hms(2026, 10, 19, 23, 0, 0).unwrap();
        assert_eq!(zone.day(at), day(10, 20));
        assert_eq!(zone.day_of("2026-10-19T23:00:00.000Z"), Some(day(10, 20)));
        assert_eq!(zone.day_of("nonsense"), None);
    }

    #[test]
    fn a_period_of_local_days_is_a_range_of_stored_times() {
        let (start, end) = Zone::beijing().bounds(Some(day(10, 19)), Some(day(10, 21)));
        assert_eq!(start, "2026-10-18T16:00:00.000Z");
        assert_eq!(end, "2026-10-21T16:00:00.000Z");
        let inside = "2026-10-21T15:59:59.999Z";
        let outside = "2026-10-21T16:00:00.000Z";
        assert!(start.as_str() <= inside && inside < end.as_str());
        assert!(outside >= end.as_str());
        let (start, end) = Zone::beijing().bounds(None, None);
        assert!(start.as_str() <= "0000" && "9999-12-31T00:00:00.000Z" < end.as_str());
    }

    #[test]
    fn dates_read_in_the_language() {
        assert_eq!(long_date(day(10, 9), Lang::Zh), "2026年10月9日");
        assert_eq!(long_date(day(10, 9), Lang::En), "9 October 2026");
    }
}
