//! What the statistics count, gathered from the store: a unit per class session held
//! (someone signed in) and per lesson practised in a kiosk visit, each with its site,
//! form, domain, minutes, learners, volunteers and check-question scores.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};

use super::super::book::Covers;
use super::super::dates::Zone;
use super::names::{Named, Names};
use crate::lesson::Lesson;
use crate::lesson::model::Category;
use crate::progress::session_time::session_time;
use crate::progress::{
    ClassSession, LearnerId, PlanId, SessionFacts, Store, StoreError, VisitLesson, Volunteers,
};

/// How the learning happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Form {
    /// A class session with a trainer (集中授课).
    Class,
    /// Practice at a library kiosk (自助练习).
    SelfPractice,
}

/// How a volunteer served in a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// The lead trainer (讲师).
    Lead,
    /// An assistant (助教).
    Assistant,
}

/// One thing counted: a class session, or one lesson of a kiosk visit.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    /// Where it happened (shared by the units of one site).
    pub site: Arc<str>,
    /// Class or self-practice.
    pub form: Form,
    /// The lesson's domain; None for a lesson no longer offered.
    pub domain: Option<Category>,
    /// The lesson's id.
    pub lesson_id: Arc<str>,
    /// The lesson's title (its id when it is no longer offered).
    pub lesson_title: Arc<str>,
    /// The local day.
    pub date: NaiveDate,
    /// When it began and ended (UTC).
    pub span: (DateTime<Utc>, DateTime<Utc>),
    /// Its minutes: a session's time (`Store::session_time`: start to end without gaps of
    /// more than half an hour), or this lesson's share of a visit.
    pub minutes: f64,
    /// The learners counted (a session's roster; the visiting learner).
    pub learners: Vec<LearnerId>,
    /// The lead trainer first, then the assistants (none for self-practice).
    pub volunteers: Vec<(String, Role)>,
    /// Each learner's score in percent, for those who answered a check question.
    pub scores: Vec<f64>,
    /// The plan a class session was started from (numbered as the report's plans are).
    pub plan: Option<PlanId>,
}

fn parse(stored: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(stored)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// A score in percent: right answers of the lesson's questions (None without questions).
fn score(right: usize, questions: usize) -> Option<f64> {
    (questions > 0).then(|| right as f64 * 100.0 / questions as f64)
}

/// What a class session's unit is made of, however it was read (a site's store or the
/// district database).
#[derive(Debug, Clone)]
pub struct ClassFacts<'a> {
    /// Where it was held.
    pub site: Arc<str>,
    /// The lesson taught.
    pub lesson: Named<'a>,
    /// Its day.
    pub date: NaiveDate,
    /// Who signed in, in the order they did.
    pub roster: Vec<LearnerId>,
    /// What its time is read from.
    pub facts: SessionFacts,
    /// The latest answer of each learner to each question (answers taken back left out):
    /// who answered and whether it was right.
    pub answers: Vec<(LearnerId, bool)>,
    /// Its lead and assistants.
    pub volunteers: Volunteers,
    /// The plan it was started from.
    pub plan: Option<PlanId>,
}

/// The class session as a unit; None when nobody signed in. One rule for every source.
pub fn class_unit(c: ClassFacts) -> Option<Unit> {
    if c.roster.is_empty() {
        return None;
    }
    let lesson = c.lesson.lesson;
    let estimated = lesson.map_or(0, |l| l.estimated_minutes);
    let time = session_time(&c.facts, estimated);
    let questions = lesson.map_or(0, |l| l.quiz.len());
    let mut right: HashMap<LearnerId, usize> = HashMap::new();
    for (learner, correct) in &c.answers {
        // Learners taken off the roster are not counted, their answers neither.
        if c.roster.contains(learner) {
            *right.entry(*learner).or_default() += usize::from(*correct);
        }
    }
    let mut scores: Vec<(LearnerId, f64)> = right
        .into_iter()
        .filter_map(|(l, r)| score(r, questions).map(|s| (l, s)))
        .collect();
    scores.sort_by_key(|(l, _)| *l);
    let volunteers = &c.volunteers;
    Some(Unit {
        site: c.site,
        form: Form::Class,
        domain: lesson.map(|l| l.category),
        lesson_title: c.lesson.title,
        lesson_id: c.lesson.id,
        date: c.date,
        span: time.span,
        minutes: time.minutes(),
        learners: c.roster,
        volunteers: volunteers
            .everyone()
            .into_iter()
            .map(|n| {
                let role = if n == volunteers.lead {
                    Role::Lead
                } else {
                    Role::Assistant
                };
                (n.to_string(), role)
            })
            .collect(),
        scores: scores.into_iter().map(|(_, s)| s).collect(),
        plan: c.plan,
    })
}

/// The class session as a unit; None when nobody signed in.
pub fn session_unit(
    store: &Store,
    s: &ClassSession,
    names: &mut Names,
) -> Result<Option<Unit>, StoreError> {
    let roster: Vec<LearnerId> = store
        .attendees(s.id)?
        .into_iter()
        .map(|a| a.learner.id)
        .collect();
    if roster.is_empty() {
        return Ok(None);
    }
    let Some(facts) = store.session_facts(s.id)? else {
        return Ok(None);
    };
    let record = store.session_record(s.id)?;
    let facts = ClassFacts {
        site: names.site(&s.site),
        lesson: names.lesson(&s.lesson_id),
        date: s.date,
        roster,
        facts,
        answers: record.answers.iter().map(|(l, _, _, c)| (*l, *c)).collect(),
        volunteers: store.volunteers(s.id)?,
        plan: s.plan,
    };
    Ok(class_unit(facts))
}

/// A lesson practised in a kiosk visit, as its unit counts it: the lesson, and of its
/// latest answers (one per question, answers taken back left out) how many there are and
/// how many are right.
#[derive(Debug, Clone)]
pub struct Practised<'a> {
    /// The lesson.
    pub lesson: Named<'a>,
    /// How many of its questions were answered.
    pub answered: usize,
    /// How many of those answers are right.
    pub right: usize,
}

impl<'a> Practised<'a> {
    /// What the store recorded of a lesson in a visit.
    pub fn of(v: &VisitLesson, names: &mut Names<'a>) -> Practised<'a> {
        Practised {
            lesson: names.lesson(&v.lesson_id),
            answered: v.answers.len(),
            right: v.answers.iter().filter(|(_, right)| *right).count(),
        }
    }
}

/// When a kiosk visit began and ended, read from its stored times; None when either
/// cannot be read (such a visit counts nothing).
pub fn visit_span(started: &str, ended: &str) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
    Some((parse(started)?, parse(ended)?))
}

/// The units of one kiosk visit of `learner` at `site` from `began` to `ended`, added to
/// `out`: one per lesson practised, the visit's time shared equally (none when nothing
/// was practised).
pub fn visit_units(
    out: &mut Vec<Unit>,
    (site, learner): (&Arc<str>, LearnerId),
    (began, ended): (DateTime<Utc>, DateTime<Utc>),
    practised: &[Practised],
    zone: Zone,
) {
    if practised.is_empty() {
        return;
    }
    let share = (ended - began).num_seconds().max(0) as f64 / 60.0 / practised.len() as f64;
    let date = zone.day(began);
    out.extend(practised.iter().map(|p| {
        let lesson = p.lesson.lesson;
        let questions = lesson.map_or(0, |l| l.quiz.len());
        let scores = if p.answered == 0 {
            Vec::new()
        } else {
            score(p.right, questions).into_iter().collect()
        };
        Unit {
            site: site.clone(),
            form: Form::SelfPractice,
            domain: lesson.map(|l| l.category),
            lesson_id: p.lesson.id.clone(),
            lesson_title: p.lesson.title.clone(),
            date,
            span: (began, ended),
            minutes: share,
            learners: vec![learner],
            volunteers: Vec::new(),
            scores,
            plan: None,
        }
    }));
}

/// Every unit of the period: its class sessions (by their day) and kiosk visits (by the
/// local day they began), at the period's site when it has one.
pub fn units(
    store: &Store,
    lessons: &[&Lesson],
    period: &Covers,
    zone: Zone,
) -> Result<Vec<Unit>, StoreError> {
    let mut names = Names::new(lessons);
    let at_site = |site: &str| period.site.as_deref().is_none_or(|s| s == site);
    let mut out = Vec::new();
    let from = period.from.unwrap_or(NaiveDate::MIN);
    let to = period.to.unwrap_or(NaiveDate::MAX);
    for s in store.sessions_between(from, to)? {
        if !at_site(&s.site) {
            continue;
        }
        out.extend(session_unit(store, &s, &mut names)?);
    }
    let (start, end) = zone.bounds(period.from, period.to);
    for v in store.visits_between(&start, &end)? {
        if !at_site(&v.site) {
            continue;
        }
        let Some(span) = visit_span(&v.started, &v.ended) else {
            continue;
        };
        let practised: Vec<Practised> = store
            .visit_lessons(&v)?
            .iter()
            .map(|p| Practised::of(p, &mut names))
            .collect();
        let site = names.site(&v.site);
        visit_units(&mut out, (&site, v.learner), span, &practised, zone);
    }
    Ok(out)
}

/// The learners who took part before the period began: in a class before its first day,
/// or at a kiosk before its first moment. Empty for a period open at the start.
pub fn seen_before(
    store: &Store,
    period: &Covers,
    zone: Zone,
) -> Result<HashSet<LearnerId>, StoreError> {
    let Some(from) = period.from else {
        return Ok(HashSet::new());
    };
    let mut seen = HashSet::new();
    if let Some(before) = from.pred_opt() {
        for s in store.sessions_between(NaiveDate::MIN, before)? {
            seen.extend(store.attendees(s.id)?.into_iter().map(|a| a.learner.id));
        }
    }
    let (start, _) = zone.bounds(Some(from), None);
    for v in store.visits_between("", &start)? {
        if !store.visit_lessons(&v)?.is_empty() {
            seen.insert(v.learner);
        }
    }
    Ok(seen)
}
