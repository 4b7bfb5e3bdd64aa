//! What the widget does and shows, as pure data: its settings (re-exported
//! from [`crate::settings`]), the state machine of presses and answers
//! ([`WidgetState`]) and the text and attributes of every moment ([`View`]).
//! Time is passed in. The browser shell only carries these out on the DOM,
//! so everything a person sees is tested here natively.

mod machine;
mod view;

pub use crate::settings::{OptionSpec, Settings, ATTRIBUTE_LIST, OPTIONS};
pub use machine::{Press, Status, WidgetState};
pub use view::{View, ViewOptions, CLOCK_AFTER_MS};
