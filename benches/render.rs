//! One key press handled and the whole player redrawn into a TestBackend, at 80×24 and
//! 200×60 (target: under 1 ms each). Run with `cargo bench --bench render`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use zhulao::i18n::Lang;
use zhulao::lesson::Library;
use zhulao::player::view::render;
use zhulao::player::{Msg, Player};
use zhulao::ui::theme::Theme;

fn bench(c: &mut Criterion) {
    let library = Library::load(&[]);
    let lesson = library
        .lessons
        .iter()
        .map(|l| l.lesson.clone())
        .max_by_key(|l| l.steps.len())
        .expect("bundled lessons");
    let theme = Theme::high_contrast();
    let mut group = c.benchmark_group("player key + redraw");
    for (w, h) in [(80u16, 24u16), (200, 60)] {
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        let mut player = Player::new(lesson.clone(), Lang::Zh);
        group.bench_function(format!("{w}x{h}"), |b| {
            b.iter(|| {
                // Alternate focus moves so every frame differs from the last.
                black_box(player.update(Msg::FocusNext));
                terminal
                    .draw(|f| {
                        render(f, &player, &theme, &mut zhulao::ui::Hits::new());
                    })
                    .unwrap();
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
