//! The activity statistics table against the hand-computed fixture (tests/stats_common):
//! every cell of every row and each definition on its own (the command's text, XLSX and
//! CSV, and the learner record and certificate: tests/activity_cli.rs).
//!
//! The figures, by hand (a session's minutes by `Store::session_time`: start to end
//! without gaps of more than 30 minutes; minutes → tenths of an hour per session):
//! - 东城 集中授课 掌上金融: S1 (09:00–10:30 = 90 min = 1.5 h, a step turned at 10:05
//!   bridging the 38 minutes between two answers; roster 1–4, volunteers 李 王 赵) and S3
//!   (09:00 to the class's end at 09:58 = 58 min = 1.0 h, roster 2 and 7, volunteers 张
//!   王): 2 sessions, 2.5 h, 6 person-times, 5 seniors, 5 new, 4 volunteers, 4.5 + 2.0 =
//!   6.5 volunteer hours, scores 100, 4/7, 5/7 (learner 5, off the roster, left out) →
//!   76.2.
//! - 东城 集中授课 智慧出行: S2 (14:00–14:50 = 50 min = 0.8 h; the 70 minutes the laptop
//!   stood open before the class was ended at 16:00 count nothing; 1 6 9): 1, 0.8, 3, 3,
//!   2 new (9 came before), 1 volunteer, 0.8 h.
//! - 东城 小计: 3, 3.3, 9, 7 seniors, 6 new, 4 volunteers, 7.3 h, 76.2.
//! - 南湖 集中授课 防诈骗: S5 (an older version's session, no record: the lesson's 30 min):
//!   1, 0.5, 3, 3, 2, 1, 0.5.
//! - 西城 自助练习: 掌上金融 V1's half (20 min = 0.3 h), 智慧出行 V4 (15 min = 0.3 h, on
//!   19 October in Beijing), 防诈骗 V1's half and V2 (50 min = 0.8 h, score 6/8 = 75);
//!   小计 0 sessions, 1.4 h, 4 person-times, 3 seniors, 3 new, no volunteers.
//! - 全区合计: 4, 5.2, 16, 9 seniors, 8 new, 5 volunteers, 7.8 h, (100 + 4/7 + 5/7 + 75) ÷ 4
//!   → 75.9. The empty session S4 and the visit with nothing practised count nowhere.

mod stats_common;

use stats_common::{A, B, C, day, made, week};
use zhulao::export::activity::{Activity, Period, RowKind, activity};
use zhulao::export::dates::Zone;
use zhulao::export::stats::units::Form;
use zhulao::lesson::model::Category;

/// Sessions, hours, person-times, seniors, new, volunteers, volunteer hours, score.
type Numbers = (usize, f64, usize, usize, usize, usize, f64, Option<f64>);
type Line = (
    RowKind,
    &'static str,
    Option<Form>,
    Option<Category>,
    Numbers,
);
type Got = (RowKind, String, Option<Form>, Option<Category>, Numbers);

fn cells(t: &Activity) -> Vec<Got> {
    t.rows
        .iter()
        .chain(std::iter::once(&t.total))
        .map(|r| {
            let f = &r.figures;
            (
                r.kind,
                r.site.clone(),
                r.form,
                r.domain,
                (
                    f.sessions,
                    f.hours(),
                    f.person_times,
                    f.learners,
                    f.new_learners,
                    f.volunteers,
                    f.volunteer_hours(),
                    f.average_score.map(|s| (s * 10.0).round() / 10.0),
                ),
            )
        })
        .collect()
}

#[test]
fn every_cell_of_the_statistics_matches_the_hand_computed_fixture() {
    let (_dir, f) = made();
    let t = f.activity(&week());
    use Category::{Finance, Fraud, Travel};
    use Form::{Class, SelfPractice};
    use RowKind::{Line as L, Subtotal as S, Total as T};
    let expected: Vec<Line> = vec![
        (
            L,
            A,
            Some(Class),
            Some(Finance),
            (2, 2.5, 6, 5, 5, 4, 6.5, Some(76.2)),
        ),
        (
            L,
            A,
            Some(Class),
            Some(Travel),
            (1, 0.8, 3, 3, 2, 1, 0.8, None),
        ),
        (S, A, None, None, (3, 3.3, 9, 7, 6, 4, 7.3, Some(76.2))),
        (
            L,
            C,
            Some(Class),
            Some(Fraud),
            (1, 0.5, 3, 3, 2, 1, 0.5, None),
        ),
        (S, C, None, None, (1, 0.5, 3, 3, 2, 1, 0.5, None)),
        (
            L,
            B,
            Some(SelfPractice),
            Some(Finance),
            (0, 0.3, 1, 1, 1, 0, 0.0, None),
        ),
        (
            L,
            B,
            Some(SelfPractice),
            Some(Travel),
            (0, 0.3, 1, 1, 1, 0, 0.0, None),
        ),
        (
            L,
            B,
            Some(SelfPractice),
            Some(Fraud),
            (0, 0.8, 2, 2, 2, 0, 0.0, Some(75.0)),
        ),
        (S, B, None, None, (0, 1.4, 4, 3, 3, 0, 0.0, Some(75.0))),
        (T, "", None, None, (4, 5.2, 16, 9, 8, 5, 7.8, Some(75.9))),
    ];
    let expected: Vec<_> = expected
        .into_iter()
        .map(|(k, s, f, d, n)| (k, s.to_string(), f, d, n))
        .collect();
    assert_eq!(cells(&t), expected);
    // Person-times by site and domain (掌上金融, 智慧出行, 防诈骗).
    assert_eq!(
        t.by_domain.domains,
        vec![Some(Finance), Some(Travel), Some(Fraud)]
    );
    let sites: Vec<(&str, Vec<usize>)> = t
        .by_domain
        .sites
        .iter()
        .map(|(s, n)| (s.as_str(), n.clone()))
        .collect();
    assert_eq!(
        sites,
        vec![(A, vec![6, 3, 0]), (C, vec![0, 0, 3]), (B, vec![1, 1, 2])]
    );
}

#[test]
fn sums_are_the_sums_of_their_rows_and_distinct_counts_are_distinct() {
    let (_dir, f) = made();
    let t = f.activity(&week());
    let subtotals: Vec<_> = t
        .rows
        .iter()
        .filter(|r| r.kind == RowKind::Subtotal)
        .collect();
    for sub in &subtotals {
        let lines: Vec<_> = t
            .rows
            .iter()
            .filter(|r| r.kind == RowKind::Line && r.site == sub.site)
            .collect();
        let sum = |g: &dyn Fn(&zhulao::export::activity::Figures) -> i64| {
            lines.iter().map(|r| g(&r.figures)).sum::<i64>()
        };
        assert_eq!(sum(&|f| f.sessions as i64), sub.figures.sessions as i64);
        assert_eq!(sum(&|f| f.hours_tenths), sub.figures.hours_tenths);
        assert_eq!(
            sum(&|f| f.person_times as i64),
            sub.figures.person_times as i64
        );
        assert_eq!(sum(&|f| f.volunteer_tenths), sub.figures.volunteer_tenths);
    }
    let total = &t.total.figures;
    assert_eq!(
        subtotals
            .iter()
            .map(|s| s.figures.hours_tenths)
            .sum::<i64>(),
        total.hours_tenths
    );
    assert_eq!(
        subtotals
            .iter()
            .map(|s| s.figures.person_times)
            .sum::<usize>(),
        total.person_times
    );
    // Learner 1 is in two rows of 东城 (掌上金融 and 智慧出行): once in its 小计.
    let a: Vec<_> = t.rows.iter().filter(|r| r.site == A).collect();
    assert_eq!(a[0].figures.learners + a[1].figures.learners, 8);
    assert_eq!(a[2].figures.learners, 7);
    // 王助教 served in two sessions of one row: one volunteer, two services' hours.
    assert_eq!(a[0].figures.volunteers, 4);
}

#[test]
fn an_empty_session_and_a_visit_with_nothing_practised_do_not_count() {
    let (_dir, f) = made();
    let all = f.units(&week());
    // S1, S2, S3, S5 and four kiosk lessons (V1 twice, V2, V4): not S4, not V3.
    assert_eq!(all.iter().filter(|u| u.form == Form::Class).count(), 4);
    assert_eq!(
        all.iter().filter(|u| u.form == Form::SelfPractice).count(),
        4
    );
    assert!(
        !all.iter()
            .any(|u| &*u.lesson_id == "fraud-calls" && &*u.site == A)
    );
    assert!(
        !all.iter()
            .any(|u| u.learners.contains(&f.learners[4]) && &*u.site == B)
    );
}

#[test]
fn the_score_leaves_out_a_learner_taken_off_the_roster() {
    let (_dir, f) = made();
    let all = f.units(&week());
    let s1 = all
        .iter()
        .find(|u| u.form == Form::Class && u.date == day(10, 19))
        .unwrap();
    assert_eq!(s1.learners.len(), 4, "learner 5 is off the roster");
    let mut scores = s1.scores.clone();
    scores.sort_by(f64::total_cmp);
    assert_eq!(scores.len(), 2, "learner 5's answers are left out");
    assert!((scores[0] - 400.0 / 7.0).abs() < 1e-9);
    assert_eq!(scores[1], 100.0);
}

#[test]
fn a_session_counts_its_start_to_its_end_without_long_gaps() {
    let (_dir, f) = made();
    let all = f.units(&week());
    let session = |d: u32| {
        all.iter()
            .find(|u| u.form == Form::Class && u.date == day(10, d))
            .unwrap()
    };
    assert_eq!(
        session(19).minutes,
        90.0,
        "09:00 to 10:30: the step turned at 10:05 bridges 38 minutes between answers"
    );
    let s2 = session(20);
    assert_eq!(
        s2.minutes, 50.0,
        "the 70 minutes before the class was ended count nothing"
    );
    assert_eq!(
        s2.span,
        (stats_common::utc(20, 6, 0), stats_common::utc(20, 8, 0))
    );
    assert_eq!(
        session(21).minutes,
        58.0,
        "to the class's end at 09:58, not the last answer at 09:40"
    );
    assert_eq!(
        session(23).minutes,
        30.0,
        "an older version's session with nothing recorded: the lesson's estimated time"
    );
    // The class history shows the same minutes.
    let history = f.store.past_sessions(20).unwrap();
    let shown = |id| history.iter().find(|p| p.session.id == id).unwrap().minutes;
    assert_eq!(
        [1, 2, 3].map(|i| shown(f.sessions[i])),
        [90, 50, 58],
        "S1, S2, S3"
    );
    // A kiosk visit's span is shared by its lessons.
    let v1: Vec<f64> = all
        .iter()
        .filter(|u| u.form == Form::SelfPractice && u.date == day(10, 22))
        .map(|u| u.minutes)
        .collect();
    assert_eq!(v1, vec![20.0, 20.0]);
}

#[test]
fn kiosk_practice_counts_on_its_local_day_and_at_its_site() {
    let (_dir, f) = made();
    let lessons = f.lessons();
    // V4 began at 16:30 UTC on the 18th: 00:30 on the 19th in Beijing.
    let first_day = Period {
        from: Some(day(10, 19)),
        to: Some(day(10, 19)),
        site: Some(B.into()),
    };
    let t = activity(&f.store, &lessons, &first_day, Zone::beijing()).unwrap();
    assert_eq!(t.total.figures.person_times, 1);
    assert_eq!(t.rows[0].form, Some(Form::SelfPractice));
    assert_eq!(t.rows[0].domain, Some(Category::Travel));
    let utc = Zone::Fixed(chrono::FixedOffset::east_opt(0).unwrap());
    let t = activity(&f.store, &lessons, &first_day, utc).unwrap();
    assert_eq!(t.total.figures.person_times, 0, "in UTC it was the 18th");
}

#[test]
fn new_learners_are_those_who_had_not_taken_part_before() {
    let (_dir, f) = made();
    let t = f.activity(&week());
    assert_eq!(
        (t.total.figures.learners, t.total.figures.new_learners),
        (9, 8)
    );
    // From the 21st, those of the 19th and 20th are no longer new: of 2 7 8 9 10 3, only
    // 7 and 10 are (3 was in S1, 8 practised at the kiosk on the 19th).
    let later = Period {
        from: Some(day(10, 21)),
        ..week()
    };
    let t = f.activity(&later);
    assert_eq!(
        (t.total.figures.learners, t.total.figures.new_learners),
        (6, 2)
    );
    // An open start: everyone is new.
    let t = f.activity(&Period::default());
    assert_eq!(t.total.figures.learners, t.total.figures.new_learners);
}
