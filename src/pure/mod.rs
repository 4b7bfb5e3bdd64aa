//! The functional core: plain Rust, no browser, tested natively with
//! `cargo test`. Time comes in as an argument; nothing here does I/O.

// A character pattern is written as a one-character array (`split([':'])`,
// not `split(':')`): every such call then shares one small searcher, where a
// `char` brings core's memchr-based one (0.2-0.3 KiB brotli per npm wasm).

pub mod cooldown;
pub mod failure;
pub mod messages;
pub mod protocol;
pub mod settings;
pub mod widget_markup;
pub mod widget_state;
