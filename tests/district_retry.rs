//! A batch the server gives up to let another transaction go on (a deadlock: two
//! machines each holding a learner row the other needs) is sent again, and the sync ends
//! as if nothing had happened (issue 21). Needs the test server (tests/pg/start) and its
//! administrator (ZHULAO_TEST_PG_ADMIN, which tests/pg/start prints): the other
//! transaction must not be the one the server ends, so it waits longer than the sync
//! before looking for a deadlock, which only an administrator may set. Under CI=true a
//! missing server fails.

mod common;
mod district_support;

use district_support::{Server, needed, server};

/// The other machine, as a transaction of the administrator in the test's schema.
fn other(server: &Server) -> Option<postgres::Client> {
    let admin = needed(
        "ZHULAO_TEST_PG_ADMIN",
        "deadlock_retry",
        "ZHULAO_TEST_PG_ADMIN is not set (tests/pg/start prints it)",
    )?;
    let schema = server
        .url
        .split("search_path%3D")
        .nth(1)
        .expect("the test's schema in its URL");
    let mut client =
        postgres::Client::connect(&format!("{admin} dbname=zhulao_test"), postgres::NoTls)
            .expect("the test server's administrator");
    client
        .batch_execute(&format!(
            "SET search_path = {schema}; SET deadlock_timeout = '10min'"
        ))
        .unwrap();
    Some(client)
}

/// Waits until some transaction on the server is waiting for a lock.
fn until_someone_waits(client: &mut postgres::Client) {
    loop {
        let waiting: i64 = client
            .query_one("SELECT count(*) FROM pg_locks WHERE NOT granted", &[])
            .unwrap()
            .get(0);
        if waiting > 0 {
            return;
        }
        std::thread::yield_now();
    }
}

#[test]
fn a_batch_ended_by_a_deadlock_is_sent_again() {
    let Some(mut server) = server("deadlock_retry") else {
        return;
    };
    let Some(mut other) = other(&server) else {
        return;
    };
    let site = district_support::Site::new("甲社区");
    let x = site.add("王秀英", Some("1001"));
    let y = site.add("李华", Some("1002"));
    site.sync(&server.url);
    let mut store = site.store();
    store.rename_learner(&x.code, "王秀英（三楼）").unwrap();
    store.rename_learner(&y.code, "李华（二楼）").unwrap();
    drop(store);
    let uuid_of = |server: &mut Server, code: &str| -> uuid::Uuid {
        server
            .client
            .query_one("SELECT uuid FROM learner WHERE code = $1", &[&code])
            .unwrap()
            .get(0)
    };
    let (ux, uy) = (uuid_of(&mut server, "1001"), uuid_of(&mut server, "1002"));

    // The other machine holds 李华's row; the sync renames 王秀英 (holding her row), then
    // waits for 李华's; the other machine then asks for 王秀英's: each waits on the other.
    let mut tx = other.transaction().unwrap();
    tx.execute("UPDATE learner SET notes = notes WHERE uuid = $1", &[&uy])
        .unwrap();
    let out = std::thread::scope(|scope| {
        let sync = scope.spawn(|| site.sync(&server.url));
        until_someone_waits(&mut server.client);
        // Returns once the server has ended the sync's transaction (the deadlock found).
        tx.execute("UPDATE learner SET notes = notes WHERE uuid = $1", &[&ux])
            .unwrap();
        tx.commit().unwrap();
        sync.join().expect("the sync ends")
    });
    assert!(out.contains("上传了"), "{out}");
    let names: Vec<String> = server
        .client
        .query(
            "SELECT display_name FROM learner WHERE uuid = ANY($1) ORDER BY code",
            &[&vec![ux, uy]],
        )
        .unwrap()
        .into_iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(names, ["王秀英（三楼）", "李华（二楼）"]);
    assert_eq!(server.count("SELECT count(*) FROM learner_edit"), 2);
}
