//! New learners reach the district database a run at a time (one statement for a run of
//! registrations, issue 21's learner batching): each is stored once, a learner merged
//! away or erased is not stored again, and each stored learner claims its code unless the
//! district holds it for someone else, in which case the code is reported as a clash,
//! exactly as when they are sent one by one. Needs the test server (tests/pg/start);
//! under CI=true a missing server fails.

mod common;
mod district_support;

use district_support::{Server, server};
use uuid::Uuid;
use zhulao::district::server::push::{Origin, Pushed, apply, register};
use zhulao::district::{Change, Kind, Tally};

fn learner(uuid: Uuid, code: &str, name: &str) -> Change {
    Change::Learner {
        uuid,
        code: code.to_string(),
        name: name.to_string(),
        notes: String::new(),
        created: "2026-10-19T09:00:00Z".to_string(),
    }
}

fn origin(site: &str) -> Origin {
    Origin {
        machine: Uuid::new_v4(),
        site: site.to_string(),
    }
}

fn send(server: &mut Server, origin: &Origin, changes: &[Change]) -> Pushed {
    let mut tx = server.client.transaction().unwrap();
    register(&mut tx, origin).unwrap();
    let pushed = apply(&mut tx, origin, changes).unwrap();
    tx.commit().unwrap();
    pushed
}

/// Who holds `code` in the district, by name.
fn holder(server: &mut Server, code: &str) -> Option<String> {
    server
        .client
        .query_opt(
            "SELECT l.display_name FROM code_claim c JOIN learner l ON l.uuid = c.learner
             WHERE c.code = $1",
            &[&code],
        )
        .unwrap()
        .map(|r| r.get(0))
}

#[test]
fn a_run_of_new_learners_is_stored_once_and_claims_its_codes_in_order() {
    let Some(mut server) = server("learner_runs") else {
        return;
    };
    let (a, b) = (origin("甲社区"), origin("乙街道"));
    // B registered 赵四 with the old code 1001 first.
    let zhao = Uuid::new_v4();
    send(&mut server, &b, &[learner(zhao, "1001", "赵四")]);

    let [wang, li, sun, gone] = [(); 4].map(|_| Uuid::new_v4());
    let erased = Change::LearnerErased {
        uuid: gone,
        at: "2026-10-19T08:00:00Z".to_string(),
    };
    send(&mut server, &a, &[erased]);
    let run = [
        learner(wang, "A0001", "王秀英"),
        learner(li, "1001", "李华"), // the old card: 1001 is 赵四's in the district
        learner(sun, "A0002", "孙五"),
        learner(Uuid::new_v4(), "A0002", "孙五（重复）"), // the same code again in the run
        learner(wang, "A0001", "王秀英"),                 // the same learner twice
        learner(gone, "A0003", "已删除"),                 // erased before it arrived
    ];
    let pushed = send(&mut server, &a, &run);
    let learners = pushed.by_kind[&Kind::Learners];
    assert_eq!(
        learners,
        Tally {
            sent: 6,
            already: 2
        },
        "four stored: the second 王秀英 and the erased learner change nothing"
    );
    assert_eq!(pushed.clashes, ["1001", "A0002"]);
    assert_eq!(holder(&mut server, "1001").as_deref(), Some("赵四"));
    assert_eq!(holder(&mut server, "A0001").as_deref(), Some("王秀英"));
    assert_eq!(holder(&mut server, "A0002").as_deref(), Some("孙五"));
    assert_eq!(holder(&mut server, "A0003"), None);
    assert_eq!(server.count("SELECT count(*) FROM learner"), 5);
    assert_eq!(
        server.count("SELECT count(DISTINCT seq) FROM learner"),
        5,
        "each stored learner has its own sequence number (what --pull reads from)"
    );

    // The same run again (a sync killed after the commit): nothing changes, no clash.
    let again = send(&mut server, &a, &run);
    assert_eq!(
        again.by_kind[&Kind::Learners],
        Tally {
            sent: 6,
            already: 6
        }
    );
    assert!(again.clashes.is_empty(), "{:?}", again.clashes);
    assert_eq!(server.count("SELECT count(*) FROM learner"), 5);
}

#[test]
fn a_code_reserved_for_the_machine_is_claimed_by_the_learner_it_was_given_to() {
    let Some(mut server) = server("learner_reserved") else {
        return;
    };
    let (a, b) = (origin("甲社区"), origin("乙街道"));
    // Codes reserved for A by a pull (no learner yet), one of them for B.
    server
        .client
        .execute(
            "INSERT INTO code_claim (code, machine) VALUES ('A0100', $1), ('B0100', $2)",
            &[&a.machine, &b.machine],
        )
        .unwrap();
    let pushed = send(
        &mut server,
        &a,
        &[
            learner(Uuid::new_v4(), "A0100", "周六"),
            learner(Uuid::new_v4(), "B0100", "吴七"),
        ],
    );
    assert_eq!(holder(&mut server, "A0100").as_deref(), Some("周六"));
    assert_eq!(
        holder(&mut server, "B0100"),
        None,
        "B's reservation stays B's"
    );
    assert_eq!(pushed.clashes, ["B0100"]);
}
