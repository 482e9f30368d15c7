//! The tables the district database keeps for its statistics (server migration 4: each
//! kiosk visit's lessons, each class session's last record) follow every way rows come,
//! change and go: a first sync, a visit that ends later than first sent, a merge of two
//! records that both practised at the kiosk, practice at a second site, an erasure. After
//! each step they hold exactly what making them again from every row gives, and the
//! counts say what that is. Needs the test server (tests/pg/start); under CI=true a
//! missing server fails.

mod common;
mod district_support;

use district_support::{Server, Site, answer, server, visit};
use zhulao::progress::Mode;

/// The visit lessons of `code`'s visits, as (lesson rows, answered, right).
fn kept(server: &mut Server, code: &str) -> (i64, i64, i64) {
    let row = server
        .client
        .query_one(
            "SELECT count(*), coalesce(sum(p.answered), 0), coalesce(sum(p.correct), 0)
             FROM visit_lesson p JOIN kiosk_visit v ON v.uuid = p.visit
             JOIN learner l ON l.uuid = v.learner WHERE l.code = $1",
            &[&code],
        )
        .unwrap();
    (row.get(0), row.get(1), row.get(2))
}

#[test]
fn the_kept_statistics_follow_syncs_later_ends_merges_and_erasures() {
    let Some(mut server) = server("stats_tables") else {
        return;
    };
    let a = Site::new("甲社区");
    let b = Site::new("乙街道");
    let first = a.add("王秀英", None);
    let twice = a.add("王秀英", None);
    visit(&a, first.id, 2, &[true]);
    visit(&a, twice.id, 1, &[false]);
    a.class(&[first.id, twice.id], 2);
    a.sync(&server.url);
    assert_eq!(server.stats_tables_are_fresh("first sync"), (2, 1));
    assert_eq!(kept(&mut server, &first.code), (1, 1, 1));
    assert_eq!(kept(&mut server, &twice.code), (1, 1, 0));

    // A visit sent while open, then ended later with an answer in it.
    let open = a
        .store()
        .start_visit(first.id, &a.name, chrono::Utc::now())
        .unwrap();
    a.steps(first.id, Mode::Kiosk, None, 1);
    a.store().extend_visit(open, chrono::Utc::now()).unwrap();
    a.sync(&server.url);
    server.stats_tables_are_fresh("an open visit");
    assert_eq!(kept(&mut server, &first.code), (2, 1, 1));
    answer(&a, first.id, Mode::Kiosk, None, &[false, true]);
    let later = chrono::Utc::now() + chrono::Duration::milliseconds(5);
    a.store().extend_visit(open, later).unwrap();
    a.sync(&server.url);
    server.stats_tables_are_fresh("the visit ended later");
    assert_eq!(
        kept(&mut server, &first.code),
        (2, 2, 2),
        "its latest answer counts, right"
    );

    // Registered twice: merged at A; both records' visits are hers.
    a.cmd()
        .args(["learner", "merge", &first.code, &twice.code])
        .assert()
        .success();
    a.sync(&server.url);
    assert_eq!(server.stats_tables_are_fresh("the merge"), (3, 1));
    assert_eq!(kept(&mut server, &first.code), (3, 3, 2));
    assert_eq!(kept(&mut server, &twice.code), (0, 0, 0));

    // She practises at B's kiosk too.
    b.sync(&server.url);
    let at_b = b.learner(&first.code).expect("pulled to B");
    visit(&b, at_b.id, 1, &[true]);
    b.sync(&server.url);
    assert_eq!(server.stats_tables_are_fresh("B's kiosk"), (4, 1));

    // Erased at B at her request: nothing of hers is kept, nor her class's last record.
    b.cmd()
        .args(["learner", "delete", &first.code])
        .assert()
        .success();
    b.sync(&server.url);
    assert_eq!(server.stats_tables_are_fresh("the erasure"), (0, 0));
}

/// A kiosk visit arrives in one statement with the steps around it, however often its end
/// moved: a pack can hold two states of one visit, and the later one is kept (a statement
/// may change a row only once, so the earlier one counts as already there).
#[test]
fn a_visit_sent_twice_in_one_batch_keeps_its_later_end() {
    use uuid::Uuid;
    use zhulao::district::change::Change;
    use zhulao::district::server::push::{Origin, apply};
    let Some(mut server) = server("visit_twice") else {
        return;
    };
    let a = Site::new("甲社区");
    let who = a.add("李桂兰", None);
    a.sync(&server.url);
    let learner: Uuid = server
        .client
        .query_one("SELECT uuid FROM learner WHERE code = $1", &[&who.code])
        .unwrap()
        .get(0);
    let visit = Uuid::new_v4();
    let state = |ended: &str| Change::KioskVisit {
        uuid: visit,
        learner,
        site: a.name.clone(),
        started: "2026-12-01T09:00:00.000Z".into(),
        ended: ended.into(),
    };
    let step = |at: &str| Change::StepEvent {
        uuid: Uuid::new_v4(),
        learner,
        lesson_id: "scan-pay".into(),
        lesson_version: 1,
        step_id: "open".into(),
        outcome: "done".into(),
        mode: "kiosk".into(),
        session: None,
        seconds: 30,
        at: at.into(),
    };
    let changes = [
        state("2026-12-01T09:00:00.000Z"),
        step("2026-12-01T09:01:00.000Z"),
        state("2026-12-01T09:05:00.000Z"),
        step("2026-12-01T09:04:00.000Z"),
    ];
    let origin = Origin {
        machine: Uuid::new_v4(),
        site: a.name.clone(),
    };
    let mut tx = server.client.transaction().unwrap();
    let pushed = apply(&mut tx, &origin, &changes).unwrap();
    tx.commit().unwrap();
    assert_eq!((pushed.tally.sent, pushed.tally.already), (4, 1));
    let ended: String = server
        .client
        .query_one("SELECT ended FROM kiosk_visit WHERE uuid = $1", &[&visit])
        .unwrap()
        .get(0);
    assert_eq!(ended, "2026-12-01T09:05:00.000Z");
    server.stats_tables_are_fresh("a visit twice in one batch");
    assert_eq!(kept(&mut server, &who.code).0, 1, "one lesson in the visit");

    // Sent again, all of it is there already.
    let mut tx = server.client.transaction().unwrap();
    let again = apply(&mut tx, &origin, &changes).unwrap();
    tx.commit().unwrap();
    assert_eq!((again.tally.sent, again.tally.already), (4, 4));
}
