//! The widget in the page, with no framework. [`render`] owns its nodes and
//! writes each [`crate::widget_state::View`] into them; [`controller`] owns
//! what runs: the state, the only timer (while a countdown runs), the
//! request in flight and the listeners, each a handle that ends when the
//! widget is dropped.
//!
//! The Leptos component, the custom element and the demo all mount this one
//! widget; none of them draws anything of its own.

mod controller;
mod render;

#[cfg(feature = "element")]
pub(crate) use controller::page_languages;
pub use controller::{Callbacks, OnError, OnSent, Widget};
