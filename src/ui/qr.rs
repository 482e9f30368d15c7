//! A real, scannable QR code drawn with half blocks: each cell shows two modules, the
//! upper one as the foreground of "▀" and the lower one as the background. Colours are
//! set explicitly (black modules on white), so the code reads the same on dark and light
//! terminals.

use qrcode::{Color as Module, EcLevel, QrCode};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::widgets::Widget;

/// Light modules around the code; scanners need a margin, and 2 is enough on a screen.
pub const QUIET_ZONE: usize = 2;

/// The modules of a QR code, row by row, with the quiet zone included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrMatrix {
    /// Modules along each side, quiet zone included.
    pub size: usize,
    /// True for each dark module, row by row: `size * size` of them.
    pub dark: Vec<bool>,
}

impl QrMatrix {
    /// Encodes `data` with low error correction (the smallest code); None if it cannot.
    pub fn encode(data: &str) -> Option<QrMatrix> {
        let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::L).ok()?;
        let inner = code.width();
        let size = inner + 2 * QUIET_ZONE;
        let colors = code.to_colors();
        let mut dark = vec![false; size * size];
        for y in 0..inner {
            for x in 0..inner {
                dark[(y + QUIET_ZONE) * size + x + QUIET_ZONE] =
                    colors[y * inner + x] == Module::Dark;
            }
        }
        Some(QrMatrix { size, dark })
    }

    /// Cells needed to draw it: (columns, rows).
    pub fn cells(&self) -> (u16, u16) {
        (self.size as u16, self.size.div_ceil(2) as u16)
    }

    fn is_dark(&self, x: usize, y: usize) -> bool {
        y < self.size && self.dark[y * self.size + x]
    }
}

/// The phone width a screen's QR codes need to be drawn whole (the phone's borders and
/// margins included); 0 for a screen without one.
pub fn phone_width(screen: &crate::lesson::Screen) -> u16 {
    screen
        .elements
        .iter()
        .filter_map(|e| match e {
            crate::lesson::Element::Qr { data, .. } => {
                QrMatrix::encode(data).map(|m| m.cells().0 + 4)
            }
            _ => None,
        })
        .max()
        .unwrap_or(0)
}

/// Draws a [`QrMatrix`] at the top-left of its area, starting at cell row `skip_rows`
/// (two module rows per cell row) and stopping at the area's bottom. Draws nothing when
/// the area is narrower than the code: a cut code would not scan.
pub struct QrWidget<'a> {
    /// The code to draw.
    pub matrix: &'a QrMatrix,
    /// Cell rows of the code to leave out at the top (each cell row is two module rows).
    pub skip_rows: u16,
}

impl Widget for QrWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let m = self.matrix;
        let (w, h) = m.cells();
        if area.width < w {
            return;
        }
        let shade = |dark| if dark { Color::Black } else { Color::White };
        let rows = h.saturating_sub(self.skip_rows).min(area.height);
        for row in 0..rows {
            let y = usize::from(row + self.skip_rows) * 2;
            for x in 0..usize::from(w) {
                let cell = &mut buf[(area.x + x as u16, area.y + row)];
                let style = Style::new()
                    .fg(shade(m.is_dark(x, y)))
                    .bg(shade(m.is_dark(x, y + 1)));
                cell.set_symbol("▀").set_style(style);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads the modules back from the drawn cells and decodes them with a real QR reader.
    fn decode_drawn(data: &str) -> String {
        let m = QrMatrix::encode(data).unwrap();
        let (w, h) = m.cells();
        let area = Rect::new(0, 0, w + 3, h + 2);
        let mut buf = Buffer::empty(area);
        QrWidget {
            matrix: &m,
            skip_rows: 0,
        }
        .render(area, &mut buf);
        let scale = 4;
        let side = m.size * scale;
        let mut img = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
            let (mx, my) = (x / scale, y / scale);
            let cell = &buf[(mx as u16, (my / 2) as u16)];
            let colour = if my % 2 == 0 { cell.fg } else { cell.bg };
            if colour == Color::Black { 0 } else { 255 }
        });
        let grids = img.detect_grids();
        assert_eq!(grids.len(), 1, "one code found");
        grids[0].decode().unwrap().1
    }

    #[test]
    fn drawn_code_scans_back_to_its_data() {
        for data in [
            "zhulao 练习用收款码 不能付款",
            "https://example.org/pay?shop=12",
            "1",
        ] {
            assert_eq!(decode_drawn(data), data);
        }
    }

    #[test]
    fn draws_into_no_area_and_one_cell() {
        let m = QrMatrix::encode("https://example.org/pay").unwrap();
        for area in [
            Rect::new(0, 0, 0, 0),
            Rect::new(0, 0, 1, 1),
            Rect::new(3, 2, 1, 1),
        ] {
            let mut buf = Buffer::empty(area);
            for skip_rows in [0, 1, 500] {
                QrWidget {
                    matrix: &m,
                    skip_rows,
                }
                .render(area, &mut buf);
            }
        }
    }

    #[test]
    fn too_narrow_an_area_draws_nothing() {
        let m = QrMatrix::encode("abc").unwrap();
        let area = Rect::new(0, 0, m.cells().0 - 1, 40);
        let mut buf = Buffer::empty(area);
        QrWidget {
            matrix: &m,
            skip_rows: 0,
        }
        .render(area, &mut buf);
        assert_eq!(buf, Buffer::empty(area));
    }
}
