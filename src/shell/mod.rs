//! The browser shell (wasm32 only): it carries the core out on the page and
//! holds no decisions of its own.

#[cfg(any(feature = "widget", feature = "headless"))]
pub(crate) mod advanced_security;
#[cfg(any(feature = "widget", feature = "headless"))]
pub mod catalogs;
#[cfg(feature = "widget")]
pub(crate) mod clock;
pub(crate) mod infallible;
#[cfg(feature = "widget")]
pub(crate) mod storage;
pub(crate) mod timers;
pub mod transport;
#[cfg(feature = "widget")]
pub mod widget;

/// Whether the browser says it is offline.
pub(crate) fn is_offline() -> bool {
    // The element's wasm only runs in a window; other builds may also run
    // in workers and Node, whose global object is no `Window`.
    #[cfg(feature = "element")]
    let window = Some(window());
    #[cfg(not(feature = "element"))]
    let window = web_sys::window();
    window.is_some_and(|w| !w.navigator().on_line())
}

/// The page's window: the widget only ever runs in one (it needs a
/// document), so the global object is read as it is, without the
/// `instanceof Window` check of `web_sys::window()`.
#[cfg(feature = "widget")]
pub(crate) fn window() -> web_sys::Window {
    use wasm_bindgen::JsCast;
    js_sys::global().unchecked_into()
}
