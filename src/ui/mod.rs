//! What every screen draws with: the tap map, the simulated phone and its QR codes, text
//! wrapping and the theme. Nothing here knows a screen's state; each screen's own view
//! lives with its state (`app::home::view`, `player::view`, `class::view`, `kiosk::view`).

pub mod buttons;
pub mod frame;
pub mod hits;
pub mod keypad;
pub mod paging;
pub mod phone;
pub mod qr;
pub mod target;
pub mod text;
pub mod theme;

pub use hits::Hits;
