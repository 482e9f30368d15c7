//! A district report of a period counts as new only the seniors who took part in nothing
//! before it (issue 21): one in a class two days before, one in a kiosk visit begun two
//! days before, one new, all three in today's class. The district's figures equal the
//! site's own report of the same period, read on one connection or two. Needs the test
//! server (tests/pg/start); under CI=true a missing server fails.

mod common;
mod district_support;

use chrono::{Duration, Utc};
use district_support::{Site, server};
use zhulao::district::report::district_units;
use zhulao::export::activity::tabulate;
use zhulao::export::book::Covers;
use zhulao::export::dates::Zone;
use zhulao::export::stats::units::{seen_before, units};
use zhulao::lesson::Lesson;
use zhulao::progress::{Mode, NewSession};

#[test]
fn only_those_seen_before_the_period_are_not_new() {
    let Some(server) = server("period_new") else {
        return;
    };
    let site = Site::new("甲社区");
    let (old_class, old_kiosk, new) = (
        site.add("王秀英", None),
        site.add("李华", None),
        site.add("赵四", None),
    );
    let today = Utc::now().date_naive();
    let earlier = Utc::now() - Duration::days(2);
    let mut store = site.store();
    let before = store
        .create_session(
            &NewSession {
                date: earlier.date_naive(),
                site: site.name.clone(),
                trainer: "陈老师".into(),
                lesson_id: common::example_lesson().id.as_str().to_string(),
            },
            earlier,
        )
        .unwrap();
    store.attend(before.id, old_class.id, earlier).unwrap();
    let visit = store
        .start_visit(old_kiosk.id, &site.name, earlier)
        .unwrap();
    drop(store);
    site.steps(old_class.id, Mode::Class, Some(before.id.0), 1);
    site.steps(old_kiosk.id, Mode::Kiosk, None, 2);
    site.store().extend_visit(visit, Utc::now()).unwrap();
    site.class(&[old_class.id, old_kiosk.id, new.id], 1);
    site.sync(&server.url);

    let lesson = common::example_lesson();
    let lessons: Vec<&Lesson> = vec![&lesson];
    let period = Covers {
        from: Some(today),
        to: Some(today),
        site: None,
    };
    let store = site.store();
    let here = tabulate(
        &units(&store, &lessons, &period, Zone::Local).unwrap(),
        &seen_before(&store, &period, Zone::Local).unwrap(),
    );
    assert_eq!(
        (here.total.figures.learners, here.total.figures.new_learners),
        (3, 1)
    );
    let mut client = zhulao::district::server::connect::connect(&server.url).unwrap();
    let mut second = zhulao::district::server::connect::connect(&server.url).unwrap();
    for beside in [None, Some(&mut second)] {
        let found = district_units(&mut client, beside, &lessons, &period, Zone::Local).unwrap();
        let district = tabulate(&found.units, &found.seen);
        assert_eq!(district.total.figures, here.total.figures);
        assert_eq!(district.rows, here.rows);
    }
}
