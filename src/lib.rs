//! # cognito-resend-code
//!
//! A "Resend code" control for Amazon Cognito sign-up, in Rust compiled to
//! WebAssembly. It calls Cognito's public, unsigned `ResendConfirmationCode`
//! API straight from the browser and tells the person where the code went.
//!
//! The crate is a pure core with a thin browser shell, and the tree says so:
//!
//! - `src/pure/`, the functional core (plain Rust, tested natively):
//!   [`protocol`] (the wire format: request, validation, SecretHash,
//!   endpoints, response and error parsing, error classes), [`cooldown`]
//!   (when the button may be pressed again), [`messages`] (the words, in
//!   seven languages), [`settings`] (every option, declared once, and how
//!   attributes and JS options are read), [`failure`] (the one error value
//!   callers get), [`widget_state`] (what a press and an answer do, and what
//!   is shown) and [`widget_markup`] (the widget's nodes and its first frame
//!   as HTML).
//! - `src/shell/` (wasm32 only), the browser shell: `transport` (the
//!   gloo-net POST), `storage`, `timers` (timer and listener handles that
//!   cancel when dropped), `catalogs`, and `widget` (the framework-free DOM
//!   widget: its rendering and its controller).
//! - `src/packaging/`, one place per packaging: [`ResendCode`] (the Leptos
//!   component, every target), and on wasm32 `element` (the
//!   `<cognito-resend-code>` custom element's Rust half) and `headless` (the
//!   npm package's headless API). The Trunk demo is `src/main.rs`; the npm
//!   wasm exports live in `npm-wasm/`.
//!
//! Cargo features pick the packaging, so each build carries only what it
//! uses: `leptos` (the component; the default), with the app's rendering mode
//! through `csr`, `hydrate` or `ssr` (forwarded to Leptos); `element` and
//! `headless` for the npm package's wasm files (built by `npm-wasm/`, which
//! adds their allocator and JS exports); `all-locales` (every catalog
//! compiled in; without it, the `catalogs` module loads the other languages
//! as JSON).
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

mod packaging;
mod pure;
#[cfg(target_arch = "wasm32")]
mod shell;

pub use pure::{cooldown, failure, messages, protocol, settings, widget_markup, widget_state};

#[cfg(all(target_arch = "wasm32", any(feature = "widget", feature = "headless")))]
pub use shell::catalogs;
#[cfg(target_arch = "wasm32")]
pub use shell::transport;
#[cfg(all(target_arch = "wasm32", feature = "widget"))]
pub use shell::widget;

#[cfg(feature = "leptos")]
pub use packaging::component::ResendCode;
#[cfg(all(target_arch = "wasm32", feature = "element"))]
pub use packaging::element;
#[cfg(all(target_arch = "wasm32", feature = "headless"))]
pub use packaging::headless;

/// The widget's stylesheet (`style/resend-code.css` without its comments):
/// colours, font, spacing and radius as `--crc-*` custom properties, light
/// and dark. `<ResendCode/>` includes it unless told not to
/// (`styles=false`); an app that serves its own CSS can serve this text.
pub const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/resend-code.min.css"));
