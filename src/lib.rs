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
//! - [`widget_markup`]: the widget's nodes, and its first frame as HTML for
//!   server rendering (pure).
//! - `transport` and `widget` (wasm32 only): the gloo-net POST, and the
//!   framework-free widget that carries `widget_state` out on the DOM.
//! - [`ResendCode`], the Leptos component (every target: the server renders
//!   the first frame, the browser mounts the widget), and, wasm32 only,
//!   `element` and `js_api`: the `<cognito-resend-code>` custom element's
//!   Rust half and the npm package's headless API, each a thin translation
//!   onto the widget and the core.
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

pub mod cooldown;
pub mod messages;
pub mod protocol;
pub mod widget_markup;
pub mod widget_state;

#[cfg(all(target_arch = "wasm32", any(feature = "widget", feature = "headless")))]
mod advanced_security;
#[cfg(all(target_arch = "wasm32", any(feature = "widget", feature = "headless")))]
pub mod catalogs;
#[cfg(feature = "leptos")]
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

#[cfg(feature = "leptos")]
pub use component::ResendCode;

/// The widget's stylesheet (`style/resend-code.css` without its comments):
/// colours, font, spacing and radius as `--crc-*` custom properties, light
/// and dark. `<ResendCode/>` includes it unless told not to
/// (`styles=false`); an app that serves its own CSS can serve this text.
pub const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/resend-code.min.css"));
