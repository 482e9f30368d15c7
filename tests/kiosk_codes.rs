//! Learner codes that cannot be walked (issue 22, item 1): codes the store hands out are
//! random with a check digit, guessing in sequence reaches nobody, a slip is told apart
//! from an unknown code, one's own card does not reset the guessing limit, and the limits
//! outlive a restart.

mod kiosk_common;

use kiosk_common::*;
use zhulao::kiosk::{Driver, KioskEdge, Msg, Note, Screen};
use zhulao::progress::Store;
use zhulao::progress::code::{check_holds, code_groups, is_mistyped};

/// Types `code` on the sign-in pad (from wherever the pad is) and presses OK.
fn try_code(d: &mut Driver, code: &str) {
    for m in pad(code) {
        d.send(m);
    }
}

/// A driver at the sign-in pad on `dir`, keeping its limits there as the real kiosk does.
fn driver_on(dir: &std::path::Path, now: i64) -> Driver {
    let store = Store::open(dir, t(0)).unwrap();
    let mut kiosk = kiosk();
    kiosk.restore_limits(dir);
    let mut edge = KioskEdge::new(Some(store), None);
    edge.limits_dir = Some(dir.to_path_buf());
    let mut d = Driver::new(kiosk, edge);
    d.send(Msg::Tick(t(now)));
    d.send(Msg::Enter);
    d.send(Msg::Enter);
    d
}

#[test]
fn codes_handed_out_are_seven_digits_with_a_check_and_not_in_sequence() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), t(0)).unwrap();
    let codes: Vec<String> = (0..30)
        .map(|i| {
            store
                .add_learner(&format!("学员{i}"), None, t(0))
                .unwrap()
                .code
        })
        .collect();
    for code in &codes {
        assert_eq!(code.len(), 7, "{code}");
        assert!(check_holds(code), "{code}");
        assert!(
            !code.starts_with('0'),
            "{code} reads aloud without a leading zero"
        );
    }
    let mut sorted: Vec<u64> = codes.iter().map(|c| c.parse().unwrap()).collect();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), codes.len(), "no two alike");
    let neighbours = sorted.windows(2).filter(|w| w[1] - w[0] < 100).count();
    assert!(
        neighbours < 3,
        "spread out, not handed out in order: {sorted:?}"
    );
    // A code is found as it is printed and said, with the space.
    let spaced = code_groups(&codes[0]).join(" ");
    assert!(spaced.contains(' '));
    assert_eq!(store.learner_by_code(&spaced).unwrap().code, codes[0]);
}

#[test]
fn walking_codes_up_from_ones_own_reaches_nobody() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), t(0)).unwrap();
    // Seeded, so this test meets the same codes at every run.
    store.seed_codes_for_tests(22);
    let own = store.add_learner("王秀英", None, t(0)).unwrap();
    for i in 0..20 {
        store.add_learner(&format!("学员{i}"), None, t(0)).unwrap();
    }
    let body: u64 = own.code[..6].parse().unwrap();
    let mut reached = 0;
    let mut tried = 0;
    for next in (body + 1)..(body + 1000) {
        // Even a guesser who knows the check digit rule finds nobody next door.
        let code = zhulao::progress::code::code_for((next - 100_000) as u32);
        tried += 1;
        if store.learner_by_code(&code).is_ok() {
            reached += 1;
        }
    }
    assert_eq!(tried, 999);
    assert_eq!(reached, 0, "a thousand codes in sequence reached nobody");
}

#[test]
fn a_slip_is_told_apart_from_an_unknown_code_and_is_not_counted_as_a_guess() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), t(0)).unwrap();
    let own = store.add_learner("王秀英", None, t(0)).unwrap().code;
    drop(store);
    let mut d = driver_on(dir.path(), 0);
    // The last two digits swapped: the check digit catches it.
    let mut slip: Vec<u8> = own.clone().into_bytes();
    let n = slip.len();
    if slip[n - 1] == slip[n - 2] {
        slip[n - 1] = b'0' + (slip[n - 1] - b'0' + 1) % 10;
    } else {
        slip.swap(n - 1, n - 2);
    }
    let slip = String::from_utf8(slip).unwrap();
    assert!(is_mistyped(&slip));
    for _ in 0..8 {
        try_code(&mut d, &slip);
        assert_eq!(d.program.note, Some(Note::CodeMistyped));
    }
    assert_eq!(
        d.program.code_paused(),
        None,
        "slips say nothing about who exists"
    );
    assert!(screen_text(&d.program, 80, 24).contains("输错了一位"));
    // A well-formed code nobody has is "not found".
    let unknown = zhulao::progress::code::code_for(if own.starts_with('9') { 1 } else { 899_999 });
    try_code(&mut d, &unknown);
    assert_eq!(d.program.note, Some(Note::CodeUnknown));
    try_code(&mut d, &own);
    assert_eq!(d.program.screen, Screen::Lessons);
    // The codes from before keep working, and a new card's number is checked too.
    let mut store = Store::open(dir.path(), t(0)).unwrap();
    store.add_learner("李华", Some("1001"), t(0)).unwrap();
    drop(store);
    let mut d = driver_on(dir.path(), 0);
    try_code(&mut d, "1001");
    assert_eq!(d.program.screen, Screen::Lessons);
    let mut k = new_learner();
    apply(&mut k, pad(&slip));
    assert_eq!(k.note, Some(Note::CodeMistyped));
    assert!(matches!(k.screen, Screen::NewCode { .. }));
}

#[test]
fn signing_in_with_ones_own_card_does_not_reset_the_guessing_limit() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), t(0)).unwrap();
    let own = store.add_learner("王秀英", None, t(0)).unwrap().code;
    drop(store);
    let mut d = driver_on(dir.path(), 0);
    let mut guess = 0;
    let mut paused = 0;
    // 48 wrong guesses with one's own card after every fourth, over ten minutes.
    for i in 0..48 {
        d.send(Msg::Tick(t(i * 12)));
        if d.program.code_paused().is_some() {
            paused += 1;
            continue;
        }
        if !matches!(d.program.screen, Screen::SignIn(_)) {
            d.send(Msg::SignOut);
            d.send(Msg::Enter);
            d.send(Msg::Enter);
        }
        guess += 1;
        let wrong = zhulao::progress::code::code_for(guess * 7919 % 900_000);
        if wrong == own {
            continue;
        }
        try_code(&mut d, &wrong);
        if i % 4 == 3 {
            try_code(&mut d, &own);
        }
    }
    assert!(
        paused > 0,
        "the pad paused although the guesser used their own card"
    );
}

#[test]
fn the_limits_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let mut d = driver_on(dir.path(), 0);
    for _ in 0..5 {
        try_code(&mut d, "1234");
    }
    assert_eq!(d.program.code_paused(), Some(30));
    drop(d);
    // The kiosk killed and started again 5 s later: still paused.
    let mut d = driver_on(dir.path(), 5);
    assert_eq!(d.program.code_paused(), Some(25));
    try_code(&mut d, "1234");
    assert!(matches!(d.program.screen, Screen::SignIn(_)));
    // Wrong PINs too.
    let mut d = driver_on(dir.path(), 100);
    d.send(Msg::Back);
    d.send(Msg::Back);
    for _ in 0..3 {
        d.send(Msg::Staff);
        for m in pad("1111") {
            d.send(m);
        }
    }
    assert_eq!(d.program.pin_paused(), Some(60));
    let d = driver_on(dir.path(), 110);
    assert_eq!(d.program.pin_paused(), Some(50));
}
