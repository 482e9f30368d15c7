//! Drawing: `view(state) -> frame`, widgets and the theme. Nothing here changes state.

pub mod home;
pub mod phone;
pub mod picker;
pub mod player;
pub mod qr;
pub mod quiz;
pub mod scroll;
pub mod settings;
pub mod text;
pub mod theme;
