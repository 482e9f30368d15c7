//! The tap map: every control a view draws registers the message a tap on it sends, so
//! anything drawn as a button can be pressed with a finger as well as with its key.

use ratatui::layout::{Position, Rect};

/// Where tappable things were drawn on the current frame, each with its message. When two
/// regions overlap, the one registered first wins (a dialog registers before what it
/// covers, or clears the map first).
#[derive(Debug, Clone)]
pub struct Hits<M> {
    regions: Vec<(Rect, M)>,
}

impl<M> Default for Hits<M> {
    fn default() -> Self {
        Hits {
            regions: Vec::new(),
        }
    }
}

impl<M> Hits<M> {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }

    /// Registers `area` as sending `msg` when tapped. Empty areas are not kept.
    pub fn add(&mut self, area: Rect, msg: M) {
        if !area.is_empty() {
            self.regions.push((area, msg));
        }
    }

    /// The message a tap at column `x`, row `y` sends, if something is drawn there.
    pub fn at(&self, x: u16, y: u16) -> Option<&M> {
        self.regions
            .iter()
            .find(|(r, _)| r.contains(Position { x, y }))
            .map(|(_, m)| m)
    }

    /// Whether some region sends a message like this one.
    pub fn any(&self, f: impl Fn(&M) -> bool) -> bool {
        self.regions.iter().any(|(_, m)| f(m))
    }

    /// Forgets every region (a new frame is being drawn, or a dialog covers the screen).
    pub fn clear(&mut self) {
        self.regions.clear();
    }

    /// How many regions there are.
    pub fn len(&self) -> usize {
        self.regions.len()
    }

    /// Whether nothing is tappable.
    pub fn is_empty(&self) -> bool {
        self.regions.is_empty()
    }

    /// The regions in the order they were registered.
    pub fn iter(&self) -> impl Iterator<Item = &(Rect, M)> {
        self.regions.iter()
    }

    /// Takes the regions of a part drawn with its own messages (a player inside the kiosk),
    /// each wrapped into this map's message by `wrap`.
    pub fn absorb<N>(&mut self, inner: Hits<N>, wrap: impl Fn(N) -> M) {
        self.regions
            .extend(inner.regions.into_iter().map(|(r, m)| (r, wrap(m))));
    }
}

impl<M: PartialEq> Hits<M> {
    /// Whether some region sends exactly `msg`.
    pub fn contains(&self, msg: &M) -> bool {
        self.any(|m| m == msg)
    }
}

impl<M: Clone> Hits<M> {
    /// The message a tap at `x`, `y` sends, cloned.
    pub fn tap(&self, x: u16, y: u16) -> Option<M> {
        self.at(x, y).cloned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_region_registered_wins_and_edges_are_exact() {
        let mut hits = Hits::new();
        hits.add(Rect::new(2, 1, 4, 2), 'a');
        hits.add(Rect::new(0, 0, 10, 10), 'b');
        hits.add(Rect::new(0, 0, 0, 5), 'z');
        assert_eq!(hits.tap(2, 1), Some('a'));
        assert_eq!(hits.tap(5, 2), Some('a'));
        assert_eq!(hits.tap(6, 2), Some('b'));
        assert_eq!(hits.tap(10, 0), None);
        assert_eq!(hits.len(), 2, "an empty area is not tappable");
        assert!(hits.contains(&'b') && !hits.contains(&'z'));
    }

    #[test]
    fn an_inner_map_is_wrapped_into_the_outer_one() {
        let mut inner = Hits::new();
        inner.add(Rect::new(0, 0, 1, 1), 7u8);
        let mut outer: Hits<Option<u8>> = Hits::new();
        outer.add(Rect::new(5, 5, 1, 1), None);
        outer.absorb(inner, Some);
        assert_eq!(outer.tap(0, 0), Some(Some(7)));
        assert_eq!(outer.tap(5, 5), Some(None));
        outer.clear();
        assert!(outer.is_empty());
    }
}
