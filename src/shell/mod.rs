//! The browser shell (wasm32 only): it carries the core out on the page and
//! holds no decisions of its own.

#[cfg(any(feature = "widget", feature = "headless"))]
pub(crate) mod advanced_security;
#[cfg(any(feature = "widget", feature = "headless"))]
pub mod catalogs;
#[cfg(feature = "widget")]
pub(crate) mod clock;
#[cfg(feature = "widget")]
pub(crate) mod storage;
pub(crate) mod timers;
pub mod transport;
#[cfg(feature = "widget")]
pub mod widget;
