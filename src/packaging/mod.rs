//! One place per way of using the widget: the Leptos component (every
//! target), the custom element's Rust half and the headless JS API (wasm32).
//! Each only translates between its callers and the widget or the core.
//! (The fourth, the Trunk demo, is `src/main.rs`; the npm exports are in
//! `npm-wasm/`.)

#[cfg(feature = "leptos")]
pub(crate) mod component;
#[cfg(all(target_arch = "wasm32", feature = "element"))]
pub mod element;
#[cfg(all(target_arch = "wasm32", feature = "headless"))]
pub mod headless;
#[cfg(all(target_arch = "wasm32", any(feature = "element", feature = "headless")))]
mod js_boundary;
#[cfg(all(target_arch = "wasm32", feature = "headless"))]
mod js_reader;
