//! # cognito-resend-code
//!
//! A "Resend code" control for Amazon Cognito sign-up, in Rust compiled to
//! WebAssembly. It calls Cognito's public, unsigned `ResendConfirmationCode`
//! API straight from the browser and tells the person where the code went.
//!
//! The crate is a pure core with a thin browser shell:
//!
//! - [`protocol`]: the wire format — request, validation, SecretHash,
//!   endpoints, response and error parsing. Plain Rust, tested natively.
//! - [`cooldown`]: when the button may be pressed again (a pure state machine).
//! - [`messages`]: the words shown for every outcome, in seven languages.
//! - [`widget_state`]: the widget's settings, what a press and an answer do,
//!   and what it shows at each moment (pure).
//! - `transport` and `widget` (wasm32 only): the gloo-net POST, and the
//!   framework-free widget that carries `widget_state` out on the DOM.
//! - `component`, `element` and `js_api` (wasm32 only): the Leptos
//!   `<ResendCode/>`, the `<cognito-resend-code>` custom element's Rust half
//!   and the npm package's headless API, each a thin translation onto the
//!   widget and the core.
//!
//! Cargo features pick the packaging, so each wasm carries only what it uses:
//! `headless` (the JS API), `element` (the custom element), `leptos` (the
//! component) and `all-locales` (every catalog compiled in; without it, the
//! `catalogs` module loads the other languages as JSON); all four by default.
#![warn(missing_docs)]
// A panic inside wasm kills the widget for good: no input may reach one.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented
    )
)]

pub mod cooldown;
pub mod messages;
pub mod protocol;
pub mod widget_state;

#[cfg(all(target_arch = "wasm32", any(feature = "widget", feature = "headless")))]
mod advanced_security;
#[cfg(all(target_arch = "wasm32", any(feature = "widget", feature = "headless")))]
pub mod catalogs;
#[cfg(all(target_arch = "wasm32", feature = "leptos"))]
mod component;
#[cfg(all(target_arch = "wasm32", feature = "element"))]
pub mod element;
#[cfg(all(target_arch = "wasm32", feature = "headless"))]
pub mod js_api;
#[cfg(all(target_arch = "wasm32", any(feature = "element", feature = "headless")))]
mod js_values;
#[cfg(all(target_arch = "wasm32", feature = "widget"))]
mod storage;
#[cfg(target_arch = "wasm32")]
pub mod transport;
#[cfg(all(target_arch = "wasm32", feature = "widget"))]
pub mod widget;

#[cfg(all(target_arch = "wasm32", feature = "leptos"))]
pub use component::ResendCode;

// The npm builds allocate little and rarely: a small free list instead of
// dlmalloc (7 KB of wasm). The Leptos build allocates a lot and keeps it.
#[cfg(all(target_arch = "wasm32", not(feature = "leptos")))]
#[global_allocator]
// SAFETY: wasm32-unknown-unknown without the atomics feature has one thread.
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
