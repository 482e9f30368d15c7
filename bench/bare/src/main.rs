//! The baseline for `bench/run`: the least a ratatui program does to show one frame —
//! enter the alternate screen in raw mode, draw a bordered block with a few lines of text,
//! and give the terminal back. zhulao's start-up is reported as a ratio to this.

use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};

fn main() -> std::io::Result<()> {
    let mut terminal = ratatui::try_init()?;
    let result = terminal.draw(|f| {
        let text = vec![
            Line::from("助老：智慧助老智能手机培训"),
            Line::from("a bare ratatui program that draws one frame"),
        ];
        f.render_widget(
            Paragraph::new(text).block(Block::bordered().title(" bare ")),
            f.area(),
        );
    });
    ratatui::restore();
    result.map(|_| ())
}
