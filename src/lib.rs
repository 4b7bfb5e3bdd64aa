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
//! - `transport` and `component` (wasm32 only): the gloo-net POST and the
//!   Leptos `<ResendCode/>` component that wire the core to the page.
//! - `element` and `js_api` (wasm32 only): the `<cognito-resend-code>` custom
//!   element's Rust half and the npm package's headless API, both thin
//!   translations onto the component and the core.
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

#[cfg(target_arch = "wasm32")]
mod advanced_security;
#[cfg(target_arch = "wasm32")]
mod component;
#[cfg(target_arch = "wasm32")]
pub mod element;
#[cfg(target_arch = "wasm32")]
pub mod js_api;
#[cfg(target_arch = "wasm32")]
mod storage;
#[cfg(target_arch = "wasm32")]
pub mod transport;

#[cfg(target_arch = "wasm32")]
pub use component::ResendCode;
