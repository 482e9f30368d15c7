//! Read-aloud: the speech program gets exactly the step's text, never through a shell; a
//! new step stops the old speech; a missing program gives one calm message.

mod common;

use std::time::{Duration, Instant};

use chrono::Utc;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use zhulao::app::Home;
use zhulao::app::start::{AppRunner, with_store};
use zhulao::i18n::Lang;
use zhulao::lesson::Library;
use zhulao::player::{Msg, Player};
use zhulao::settings::SpeechInput;
use zhulao::speech::{Speaker, SpeechError, find_on_path};

fn wait_for(path: &std::path::Path) -> String {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(10) {
        if let Ok(text) = std::fs::read_to_string(path)
            && !text.is_empty()
        {
            return text;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("{} was never written", path.display());
}

fn step_text() -> String {
    Player::new(common::example_lesson(), Lang::Zh).speech_text()
}

#[test]
fn the_text_arrives_as_one_argument_untouched_by_any_shell() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("args.txt");
    // The fake speech program writes its arguments to a file: `--`, then the text.
    let script = format!("printf '%s|%s' \"$1\" \"$2\" > '{}'", out.display());
    let mut speaker = Speaker::with_command(
        vec!["sh".into(), "-c".into(), script, "fake-speech".into()],
        SpeechInput::Argument,
    );
    let text = format!(
        "{}；$(touch {}/pwned) `id` && rm -rf /",
        step_text(),
        dir.path().display()
    );
    speaker.speak(&text).unwrap();
    speaker.wait();
    assert_eq!(wait_for(&out), format!("--|{text}"));
    assert!(
        !dir.path().join("pwned").exists(),
        "the text was never run as a command"
    );
    // A step titled like an option comes after `--` too, so it is read, not obeyed.
    std::fs::remove_file(&out).unwrap();
    speaker.speak("--version").unwrap();
    speaker.wait();
    assert_eq!(wait_for(&out), "--|--version");
}

#[test]
fn the_text_can_go_on_standard_input() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("stdin.txt");
    let script = format!("cat > '{}'", out.display());
    let mut speaker =
        Speaker::with_command(vec!["sh".into(), "-c".into(), script], SpeechInput::Stdin);
    speaker.speak(&step_text()).unwrap();
    speaker.wait();
    assert_eq!(wait_for(&out), step_text());
}

#[test]
fn a_new_text_stops_the_old_speech() {
    let mut speaker = Speaker::with_command(
        vec!["sh".into(), "-c".into(), "sleep 30".into(), "fake".into()],
        SpeechInput::Argument,
    );
    speaker.speak("第一步").unwrap();
    let first = speaker.current_pid().unwrap();
    speaker.speak("第二步").unwrap();
    assert_ne!(speaker.current_pid(), Some(first));
    assert!(
        !std::path::Path::new(&format!("/proc/{first}")).exists(),
        "the first speech process is gone"
    );
    speaker.stop();
}

#[test]
fn a_missing_program_gives_one_calm_message_and_the_lesson_goes_on() {
    let mut speaker = Speaker::with_command(
        vec!["no-such-speech-program-zhulao".into()],
        SpeechInput::Argument,
    );
    let err = speaker.speak("你好").unwrap_err();
    assert!(matches!(err, SpeechError::CannotStart { .. }));
    assert!(err.message(Lang::Zh).contains("启动不了"));
    // In plain words, not the system's English ("No such file or directory (os error 2)").
    assert!(
        err.message(Lang::Zh).contains("没有装，或名字写错了"),
        "{}",
        err.message(Lang::Zh)
    );
    assert!(!err.message(Lang::Zh).contains("os error"));

    let mut home = Home::new(&Library::default(), Lang::Zh);
    home.lessons.push(common::example_lesson().into());
    let mut app = with_store(
        home,
        Err(zhulao::progress::StoreError::Other {
            detail: "test".into(),
        }),
    );
    app.program.home.notice = None;
    app.edge.speaker = Some(speaker);
    app.program.settings.auto_read = true;
    // A second between keys, as a person types.
    let start = Utc::now();
    let mut seconds = 0;
    let mut press = |app: &mut AppRunner, code| {
        seconds += 1;
        app.event(
            &Event::Key(KeyEvent::new(code, KeyModifiers::NONE)),
            start + chrono::TimeDelta::seconds(seconds),
        )
    };
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    assert!(app.program.player().is_some());
    let notice = app.program.home.notice.clone();
    assert!(notice.as_deref().unwrap().contains("启动不了"));
    // It stands in the title bar, over nothing of the step: the rest of the screen is
    // what it is without it.
    let draw = |app: &mut AppRunner| {
        let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
        app.draw_on(&mut t).unwrap();
        t.backend().buffer().clone()
    };
    let with = draw(&mut app);
    let notice = app.program.home.notice.take();
    let without = draw(&mut app);
    app.program.home.notice = notice;
    for y in 1..24 {
        for x in 0..80 {
            assert_eq!(with[(x, y)], without[(x, y)], "the notice covers {x},{y}");
        }
    }
    // The next step takes it away: said once, calmly.
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::F(5));
    assert_eq!(
        app.program.home.notice, None,
        "told once, not at every step"
    );
    assert_eq!(app.program.player().unwrap().step, 1);
}

#[test]
fn f5_asks_for_the_step_text() {
    let mut p = Player::new(common::example_lesson(), Lang::Zh);
    let effects = p.update(Msg::ReadAloud);
    let [zhulao::player::Effect::Speak(text)] = &effects[..] else {
        panic!("{effects:?}")
    };
    assert!(text.starts_with("打开“扫一扫”\n在首页右上角"));
    assert!(text.contains("小提示：找不到加号时"));
}

#[test]
fn espeak_ng_reads_a_step_into_a_wav_file() {
    if find_on_path("espeak-ng").is_none() {
        println!("skipped: espeak-ng is not installed (CI installs it with apt-get)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let wav = dir.path().join("step.wav");
    let command = ["espeak-ng", "-v", "cmn", "-w", wav.to_str().unwrap()]
        .map(String::from)
        .to_vec();
    let mut speaker = Speaker::with_command(command, SpeechInput::Argument);
    speaker
        .speak(&common::example_lesson().steps[0].instruction)
        .unwrap();
    speaker.wait();
    let bytes = std::fs::read(&wav).unwrap();
    assert!(bytes.len() > 1000, "a WAV of {} bytes", bytes.len());
    assert_eq!(&bytes[..4], b"RIFF");
}

/// An app whose speech program writes what it is given to `out` (and, with `pinyin`, says
/// it has a pinyin voice), on the example lesson.
fn app_speaking_into(out: &std::path::Path, pinyin: bool) -> AppRunner {
    let script = format!("cat > '{}'", out.display());
    let mut command = vec!["sh".into(), "-c".into(), script];
    if pinyin {
        command.push("voice-cmn-latn-pinyin".into());
    }
    let mut home = Home::new(&Library::default(), Lang::Zh);
    home.lessons.push(common::example_lesson().into());
    let mut app = with_store(
        home,
        Err(zhulao::progress::StoreError::Other {
            detail: "test".into(),
        }),
    );
    app.program.home.notice = None;
    app.edge.speaker = Some(Speaker::with_command(command, SpeechInput::Stdin));
    app
}

/// Sends keys a second apart, from `start`.
fn keys(app: &mut AppRunner, start: &mut i64, codes: &[KeyCode]) {
    let t0 = chrono::DateTime::from_timestamp(1_800_000_000, 0).unwrap();
    for code in codes {
        *start += 1;
        let ev = Event::Key(KeyEvent::new(*code, KeyModifiers::NONE));
        app.event(&ev, t0 + chrono::TimeDelta::seconds(*start));
    }
}

/// Waits until the app's edge says the speech program has finished.
fn until_quiet(app: &mut AppRunner) {
    let start = Instant::now();
    while app.program.player().is_some_and(|p| p.speaking) {
        assert!(start.elapsed() < Duration::from_secs(10), "still reading");
        app.after_frame();
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn f5_hands_the_engine_the_options_the_hint_and_the_feedback() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("spoken.txt");
    let mut app = app_speaking_into(&out, false);
    let mut t = 0;
    // Open the lesson, skip to the choose step, pick the wrong option, press F5.
    keys(&mut app, &mut t, &[KeyCode::Enter, KeyCode::Enter]);
    keys(
        &mut app,
        &mut t,
        &[KeyCode::Right, KeyCode::Right, KeyCode::Char('1')],
    );
    assert_eq!(app.program.player().unwrap().step, 2);
    keys(&mut app, &mut t, &[KeyCode::F(5)]);
    until_quiet(&mut app);
    let spoken = wait_for(&out);
    let player = app.program.player().unwrap();
    let step = &player.lesson.steps[2];
    let zhulao::lesson::Task::Choose { options, .. } = &step.task else {
        panic!("step 3 is the choose step")
    };
    assert!(spoken.starts_with(&step.title), "{spoken}");
    for (n, option) in options.iter().enumerate() {
        assert!(
            spoken.contains(&format!("第{}个：{option}", n + 1)),
            "{spoken}"
        );
    }
    assert!(
        spoken.contains("手机上写着："),
        "what the phone shows: {spoken}"
    );
    assert!(
        spoken.contains(&format!("再试试：{}", step.hint.as_ref().unwrap())),
        "{spoken}"
    );
    // Now the right one: with F5 the verdict is read too.
    std::fs::remove_file(&out).unwrap();
    keys(&mut app, &mut t, &[KeyCode::Char('2'), KeyCode::F(5)]);
    until_quiet(&mut app);
    assert!(wait_for(&out).ends_with("做对了！可以点下一步了。"));
}

#[test]
fn the_bar_says_it_is_reading_and_f5_stops_it() {
    let mut home = Home::new(&Library::default(), Lang::Zh);
    home.lessons.push(common::example_lesson().into());
    let mut app = with_store(
        home,
        Err(zhulao::progress::StoreError::Other {
            detail: "test".into(),
        }),
    );
    app.edge.speaker = Some(Speaker::with_command(
        vec!["sh".into(), "-c".into(), "sleep 30".into()],
        SpeechInput::Stdin,
    ));
    let mut t = 0;
    keys(
        &mut app,
        &mut t,
        &[KeyCode::Enter, KeyCode::Enter, KeyCode::F(5)],
    );
    assert!(app.program.player().unwrap().speaking);
    let pid = app.edge.speaker.as_ref().unwrap().current_pid().unwrap();
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
    app.draw_on(&mut terminal).unwrap();
    let buf = terminal.backend().buffer().clone();
    let (x, y) = common::find(&buf, "正在朗读").expect("the bar says it is reading");
    // A tap on it stops the voice, and the bar says 朗读 again.
    app.event(&common::tap_at(x, y), chrono::Utc::now());
    assert!(!app.program.player().unwrap().speaking);
    assert!(
        !std::path::Path::new(&format!("/proc/{pid}")).exists(),
        "the voice stopped"
    );
    app.draw_on(&mut terminal).unwrap();
    assert!(common::find(terminal.backend().buffer(), "正在朗读").is_none());
    // F5 starts it again, and F5 stops it.
    keys(&mut app, &mut t, &[KeyCode::F(5)]);
    assert!(app.program.player().unwrap().speaking);
    keys(&mut app, &mut t, &[KeyCode::F(5)]);
    assert!(!app.program.player().unwrap().speaking);
}
