//! Paging a column taller than its room, for huge fonts on small screens: nothing is cut
//! off, the column is shown a page at a time with a "more above / below" line at the edge.

/// What part of a tall column is on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    /// Index of the first line shown.
    pub first: usize,
    /// How many of the text's lines are shown.
    pub shown: usize,
    /// Whether a "more above" line is drawn first (so text starts one row lower).
    pub above: bool,
    /// Whether a "more below" line is drawn last.
    pub below: bool,
}

impl Window {
    /// The screen row (relative to the column's top) of text line `line`, when shown.
    pub fn row_of(&self, line: usize) -> Option<usize> {
        (line >= self.first && line < self.first + self.shown)
            .then(|| line - self.first + usize::from(self.above))
    }
}

/// Which lines of a `total`-line text fit into `room` rows on page `page` (0 = top). The
/// page is clamped to the last one, so a stale page number never shows an empty screen.
pub fn window(total: usize, room: usize, page: u16) -> Window {
    if total <= room || room < 3 {
        return Window {
            first: 0,
            shown: total.min(room),
            above: false,
            below: total > room,
        };
    }
    let first_page = room - 1;
    let later_page = room - 2;
    let pages = page_count(total, room);
    let page = usize::from(page).min(pages - 1);
    let first = if page == 0 {
        0
    } else {
        first_page + (page - 1) * later_page
    };
    let below = page + 1 < pages;
    let room_for_text = room - usize::from(page > 0) - usize::from(below);
    Window {
        first,
        shown: room_for_text.min(total - first),
        above: page > 0,
        below,
    }
}

/// How many pages a `total`-line text needs in `room` rows. Page 0 gives up one row to
/// the "more below" line; later pages also give one to "more above". With fewer than 3
/// rows nothing is paged (the text is cut with "…").
pub fn page_count(total: usize, room: usize) -> usize {
    if total <= room || room < 3 {
        return 1;
    }
    1 + (total - (room - 1)).div_ceil(room - 2)
}

/// The page on which line `line` of a `total`-line column in `room` rows is shown.
pub fn page_of(total: usize, room: usize, line: usize) -> u16 {
    let mut page = 0u16;
    loop {
        let w = window(total, room, page);
        let last = w.first + w.shown;
        if line < last || last >= total || w == window(total, room, page.saturating_add(1)) {
            return page;
        }
        page += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_not_paged() {
        let w = window(5, 10, 3);
        assert_eq!((w.first, w.shown, w.above, w.below), (0, 5, false, false));
    }

    #[test]
    fn every_line_is_on_exactly_one_page() {
        for total in 1..60 {
            for room in 3..20 {
                let mut seen = vec![0; total];
                for page in 0..100u16 {
                    let w = window(total, room, page);
                    let rows = w.shown + usize::from(w.above) + usize::from(w.below);
                    assert!(
                        rows <= room,
                        "{total} lines in {room}: page {page} overflows"
                    );
                    if page > 0 && w == window(total, room, page - 1) {
                        break;
                    }
                    for s in &mut seen[w.first..w.first + w.shown] {
                        *s += 1;
                    }
                }
                assert!(
                    seen.iter().all(|&n| n == 1),
                    "{total} lines in {room}: {seen:?}"
                );
            }
        }
    }

    #[test]
    fn the_page_of_a_line_shows_it() {
        for total in 1..40 {
            for room in 3..12 {
                for line in 0..total {
                    let w = window(total, room, page_of(total, room, line));
                    assert!(w.row_of(line).is_some(), "{total} {room} {line}");
                }
            }
        }
    }

    #[test]
    fn page_count_is_the_pages_window_shows() {
        for total in 1..60 {
            for room in 3..20 {
                let last = window(total, room, u16::MAX);
                let n = page_count(total, room);
                assert_eq!(window(total, room, (n - 1) as u16), last, "{total} {room}");
                if n > 1 {
                    assert_ne!(window(total, room, (n - 2) as u16), last, "{total} {room}");
                }
            }
        }
    }

    #[test]
    fn a_stale_page_number_shows_the_last_page() {
        let last = window(30, 10, 99);
        assert!(last.above && !last.below);
        assert_eq!(last.first + last.shown, 30);
        assert_eq!(last.row_of(last.first), Some(1));
        assert_eq!(last.row_of(0), None);
    }
}
