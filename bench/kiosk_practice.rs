//! Kiosk practice for the district sync fixture (`ZHULAO_BENCH_KIOSK=SHARE`), written the
//! way the kiosk writes it (src/kiosk/edge.rs, src/progress/visits.rs): a learner signs in
//! and a visit starts (`started = ended`); every step outcome and every answer first moves
//! the visit's end to now (an UPDATE, which queues the visit for the district again) and
//! is then recorded with mode 'kiosk' and no session; signing out moves the end once more.
//!
//! One kiosk, so the visits follow one another through the opening hours (08:00–20:00
//! Beijing time, every day), a few minutes apart. A visit holds 5–30 step events
//! (5 plus a geometric number of mean 3: most visits are short, about 8 events), in 1–3
//! lessons; in each lesson the learner goes on from some step, a step done or skipped
//! leads to the next, a wrong try or a call for help stays on it. A lesson walked past
//! its last step asks its check questions: each answered once (about 70% right), now and
//! then answered again after the explanation.

use rusqlite::{Transaction, params};
use zhulao::lesson::Lesson;

/// A small xorshift generator: the fixture is the same on every run.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed | 1)
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        (self.next() >> 11) % n
    }
}

/// What was written.
#[derive(Debug, Default, Clone, Copy)]
pub struct Practice {
    pub visits: usize,
    pub steps: usize,
    pub answers: usize,
}

/// 2021-06-01T00:00:00Z, where the kiosk's first day starts (100,000 visits take it to
/// the spring of 2026).
const FIRST_DAY: i64 = 1_622_505_600;
/// The kiosk opens at 08:00 Beijing time (00:00 UTC) and closes at 20:00.
const OPENS: i64 = 0;
const CLOSES: i64 = 12 * 3_600;

fn stamp(unix: i64) -> String {
    zhulao::progress::model::timestamp(
        chrono::DateTime::from_timestamp(unix, 0).expect("a time in range"),
    )
}

/// How many step events the next visit holds: 5 plus a geometric number of mean 3, at
/// most 30 in all.
fn visit_size(rng: &mut Rng) -> usize {
    let mut n = 5;
    while n < 30 && rng.below(4) != 0 {
        n += 1;
    }
    n
}

/// Writes kiosk visits at `site` with `events` step events in all, by learners
/// `1..=learners`, with their answers.
pub fn write(
    tx: &Transaction,
    lessons: &[Lesson],
    learners: i64,
    events: usize,
    site: &str,
) -> rusqlite::Result<Practice> {
    let mut start = tx.prepare(
        "INSERT INTO kiosk_visit (learner, site, started, ended) VALUES (?1, ?2, ?3, ?3)",
    )?;
    let mut extend = tx.prepare("UPDATE kiosk_visit SET ended = max(ended, ?2) WHERE id = ?1")?;
    let mut step = tx.prepare(
        "INSERT INTO step_event (uuid, learner, lesson_id, lesson_version, step_id, outcome, mode, session, seconds, at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'kiosk', NULL, ?7, ?8)",
    )?;
    let mut answer = tx.prepare(
        "INSERT INTO quiz_answer (uuid, learner, lesson_id, lesson_version, question_id, chosen, correct, mode, session, at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'kiosk', NULL, ?8)",
    )?;
    let mut rng = Rng::new(0x2545_f491_4f6c_dd1d);
    let mut done = Practice::default();
    let mut now = FIRST_DAY + OPENS;
    while learners > 0 && done.steps < events {
        let size = visit_size(&mut rng).min(events - done.steps);
        // The visit must fit in the day: else the kiosk's next day.
        if now % 86_400 > CLOSES - 40 * 60 {
            now = now - now % 86_400 + 86_400 + OPENS + rng.below(1_800) as i64;
        }
        // Some learners come often: half the visits are by the first tenth.
        let pool = if rng.below(2) == 0 {
            (learners / 10).max(1)
        } else {
            learners
        };
        let learner = rng.below(pool as u64) as i64 + 1;
        start.execute(params![learner, site, stamp(now)])?;
        let visit = tx.last_insert_rowid();
        done.visits += 1;
        let lesson_count = (1 + rng.below(3) as usize).min(size.div_ceil(4));
        let mut left = size;
        for l in 0..lesson_count {
            let share = if l + 1 == lesson_count {
                left
            } else {
                left / (lesson_count - l)
            };
            left -= share;
            let lesson = &lessons[rng.below(lessons.len() as u64) as usize];
            let steps = lesson.steps.len();
            // Go on from a step the share may reach the end from, or not.
            let mut at_step =
                steps.saturating_sub(share * 4 / 5 + rng.below(steps as u64 / 2 + 1) as usize);
            let mut finished = false;
            for _ in 0..share {
                let seconds = 15 + rng.below(75) as i64;
                now += seconds;
                let outcome = match rng.below(20) {
                    0..=13 => "done",
                    14..=16 => "wrong_try",
                    17..=18 => "needs_help",
                    _ => "skipped",
                };
                // Past the last step the learner goes over it once more.
                let step_id = lesson.steps[at_step.min(steps - 1)].id.as_str();
                extend.execute(params![visit, stamp(now)])?;
                step.execute(params![
                    uuid::Uuid::new_v4().as_bytes().as_slice(),
                    learner,
                    lesson.id.as_str(),
                    lesson.version,
                    step_id,
                    outcome,
                    seconds,
                    stamp(now)
                ])?;
                done.steps += 1;
                if matches!(outcome, "done" | "skipped") {
                    at_step += 1;
                    if at_step == steps && !finished {
                        finished = true;
                        done.answers += answer_quiz(
                            &mut rng,
                            &mut extend,
                            &mut answer,
                            visit,
                            learner,
                            lesson,
                            &mut now,
                        )?;
                    }
                }
            }
        }
        // Signing out (or the idle timeout) ends the visit.
        now += 5 + rng.below(60) as i64;
        extend.execute(params![visit, stamp(now)])?;
        // The next learner signs in a few minutes later.
        now += 30 + rng.below(270) as i64;
    }
    Ok(done)
}

/// The check questions after a lesson's last step; returns how many answers.
fn answer_quiz(
    rng: &mut Rng,
    extend: &mut rusqlite::Statement,
    answer: &mut rusqlite::Statement,
    visit: i64,
    learner: i64,
    lesson: &Lesson,
    now: &mut i64,
) -> rusqlite::Result<usize> {
    let mut n = 0;
    for q in &lesson.quiz {
        let tries = if rng.below(8) == 0 { 2 } else { 1 };
        for _ in 0..tries {
            *now += 10 + rng.below(30) as i64;
            let right = rng.below(10) < 7;
            let chosen = if right {
                q.answer
            } else {
                (q.answer + 1) % q.options.len()
            };
            extend.execute(params![visit, stamp(*now)])?;
            answer.execute(params![
                uuid::Uuid::new_v4().as_bytes().as_slice(),
                learner,
                lesson.id.as_str(),
                lesson.version,
                q.id.as_str(),
                chosen as i64,
                right,
                stamp(*now)
            ])?;
            n += 1;
        }
    }
    Ok(n)
}
