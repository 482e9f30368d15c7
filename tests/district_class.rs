//! Class mode's later columns reach the district: the plan a session was started from and
//! the time a learner left early, on the server (a real PostgreSQL, tests/pg/start) and at
//! a centre that loads a pack; and a site whose rows had them before it was upgraded sends
//! them once more (local migration 7 -> 8).

mod common;
mod district_support;

use chrono::{TimeZone, Utc};
use district_support::{Site, server};
use zhulao::progress::{LearnerId, NewPlan, NewSession, SessionId};

/// A session at `site` started from a plan, attended by two learners of whom the first
/// left early; the plan's uuid, the session and the learner who left.
fn planned_class(site: &Site) -> (uuid::Uuid, SessionId, LearnerId) {
    let x = site.add("王秀英", None);
    let l = site.add("李华", None);
    let lesson = common::example_lesson();
    let mut store = site.store();
    let now = Utc::now();
    let plan = store
        .add_plan(
            &NewPlan {
                date: now.date_naive(),
                time: "09:30".into(),
                site: site.name.clone(),
                lesson_id: lesson.id.as_str().to_string(),
                trainer: "陈老师".into(),
                expected: 12,
            },
            now,
        )
        .unwrap();
    let session = store
        .create_session(
            &NewSession {
                date: now.date_naive(),
                site: site.name.clone(),
                trainer: "陈老师".into(),
                lesson_id: lesson.id.as_str().to_string(),
            },
            now,
        )
        .unwrap();
    store.link_plan(session.id, plan.id).unwrap();
    store.attend(session.id, x.id, now).unwrap();
    store.attend(session.id, l.id, now).unwrap();
    let left = Utc.with_ymd_and_hms(2026, 12, 2, 10, 15, 0).unwrap();
    store.set_left(session.id, x.id, Some(left)).unwrap();
    drop(store);
    let conn = rusqlite::Connection::open(site.data.join("zhulao.db")).unwrap();
    let bytes: Vec<u8> = conn
        .query_row(
            "SELECT uuid FROM planned_session WHERE id = ?1",
            [plan.id.0],
            |r| r.get(0),
        )
        .unwrap();
    (uuid::Uuid::from_slice(&bytes).unwrap(), session.id, x.id)
}

/// The server's (plan, times left early) of its one session.
fn on_server(client: &mut postgres::Client) -> (Option<uuid::Uuid>, Vec<Option<String>>) {
    let plan = client
        .query_one("SELECT plan FROM class_session", &[])
        .unwrap()
        .get(0);
    let left = client
        .query(
            "SELECT left_at FROM attendance ORDER BY left_at NULLS LAST",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    (plan, left)
}

const LEFT: &str = "2026-12-02T10:15:00.000Z";

#[test]
fn a_sessions_plan_and_leaving_early_reach_the_district() {
    let Some(mut server) = server("left") else {
        return;
    };
    let a = Site::new("甲社区");
    let (plan, session, x) = planned_class(&a);
    let out = a.sync(&server.url);
    assert!(out.contains("上传了"), "{out}");
    assert_eq!(
        on_server(&mut server.client),
        (Some(plan), vec![Some(LEFT.to_string()), None])
    );
    // Back after all: the change travels on the next sync.
    a.store().set_left(session, x, None).unwrap();
    a.sync(&server.url);
    assert_eq!(on_server(&mut server.client).1, vec![None, None]);
}

#[test]
fn a_site_upgraded_after_its_sync_sends_the_plan_and_leaving_early_again() {
    let Some(mut server) = server("upgrade") else {
        return;
    };
    let a = Site::new("甲社区");
    let (plan, ..) = planned_class(&a);
    a.sync(&server.url);
    // As a district that took these rows before it had the columns.
    server
        .client
        .batch_execute("UPDATE class_session SET plan = NULL; UPDATE attendance SET left_at = NULL")
        .unwrap();
    // The site as it was at version 7: the next start migrates it to 8.
    let conn = rusqlite::Connection::open(a.data.join("zhulao.db")).unwrap();
    conn.pragma_update(None, "user_version", 7).unwrap();
    drop(conn);
    let out = a.sync(&server.url);
    assert!(
        out.contains("上传了 2 条记录"),
        "the session and the attendance with a time left: {out}"
    );
    assert_eq!(
        on_server(&mut server.client),
        (Some(plan), vec![Some(LEFT.to_string()), None])
    );
}

#[test]
fn a_pack_carries_the_plan_and_leaving_early_to_the_centre() {
    let a = Site::new("甲社区");
    let (plan, ..) = planned_class(&a);
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("甲社区.zhulao");
    a.cmd()
        .args(["data", "pack", "-o"])
        .arg(&pack)
        .assert()
        .success();
    let centre = Site::new("区社区学院");
    centre
        .cmd()
        .args(["data", "import"])
        .arg(&pack)
        .assert()
        .success();
    let conn = rusqlite::Connection::open(centre.data.join("zhulao.db")).unwrap();
    let linked: Vec<u8> = conn
        .query_row(
            "SELECT p.uuid FROM class_session s JOIN planned_session p ON p.id = s.plan",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(uuid::Uuid::from_slice(&linked).unwrap(), plan);
    let left: Vec<Option<String>> = conn
        .prepare("SELECT left_at FROM attendance ORDER BY left_at IS NULL, left_at")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(left, vec![Some(LEFT.to_string()), None]);
}
