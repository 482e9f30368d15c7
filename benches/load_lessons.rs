//! Loading and checking 1,000 lesson files from disk (target: well under a second).
//!
//! Run with `cargo bench --bench load_lessons`. Each generated lesson has 10 steps with a
//! screen, a task and a hint, and 5 check questions (about 6 KB, like a real lesson).

use std::fmt::Write as _;
use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use zhulao::lesson::{Library, check_paths};

const FILES: usize = 1000;

fn lesson_text(n: usize) -> String {
    let mut t = format!(
        "format_version = 1\nid = \"generated-{n}\"\nversion = 1\ntitle = \"第 {n} 课：扫码付款\"\n\
         summary = \"在小店里用手机扫商家的收款码付钱，付之前看清金额和收款人。\"\n\
         category = \"掌上金融\"\nlevel = \"入门\"\nestimated_minutes = 20\ntags = [\"支付\", \"扫码\"]\n"
    );
    for s in 0..10 {
        let _ = write!(
            t,
            "\n[[steps]]\nid = \"step-{s}\"\ntitle = \"第 {s} 步\"\n\
             instruction = \"点右上角的加号，再点“扫一扫”。对准商家的收款码，看清楚收款人的名字。\"\n\
             tip = \"找不到加号时，先回到首页。\"\nwarning = \"不要把付款码给陌生人看。\"\n\
             trainer_notes = \"请学员先说出按钮在哪里。\"\nhint = \"加号在右上角。\"\n\
             [steps.screen]\napp = \"微信\"\ntitle = \"付款\"\nelements = [\n\
               {{ kind = \"text\", text = \"付款给 张记水果店\" }},\n\
               {{ kind = \"input\", id = \"amount\", label = \"金额\" }},\n\
               {{ kind = \"amount\", label = \"应付\", value = \"25.00\" }},\n\
               {{ kind = \"button\", id = \"pay\", text = \"付款\" }},\n]\n\
             [steps.task]\nkind = \"tap\"\ntarget = \"pay\"\n"
        );
    }
    for q in 0..5 {
        let _ = write!(
            t,
            "\n[[quiz]]\nid = \"q{q}\"\nquestion = \"付款前要看什么？\"\n\
             options = [\"广告\", \"收款人和金额\", \"电量\"]\nanswer = 2\nexplanation = \"收款人和金额都对才付款。\"\n"
        );
    }
    t
}

fn write_lessons(dir: &Path) {
    for n in 0..FILES {
        std::fs::write(dir.join(format!("lesson-{n:04}.toml")), lesson_text(n)).unwrap();
    }
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    write_lessons(dir.path());
    let dirs = vec![dir.path().to_path_buf()];
    let checked = check_paths(&dirs);
    assert_eq!(checked.len(), FILES);
    assert!(
        checked.iter().all(|(_, r)| r.is_ok()),
        "generated lessons must be valid"
    );

    let mut group = c.benchmark_group("1000 lesson files");
    group.sample_size(20);
    group.bench_function("lesson check (read + parse + validate)", |b| {
        b.iter(|| black_box(check_paths(&dirs)))
    });
    group.bench_function("Library::load (bundled + folder)", |b| {
        b.iter(|| black_box(Library::load(&dirs)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
