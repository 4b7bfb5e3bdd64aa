//! The functional core: plain Rust, no browser, tested natively with
//! `cargo test`. Time comes in as an argument; nothing here does I/O.

pub mod cooldown;
pub mod failure;
pub mod messages;
pub mod protocol;
pub mod settings;
pub mod widget_markup;
pub mod widget_state;
