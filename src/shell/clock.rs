//! Times of day in the person's language, from the browser's `Intl` (through
//! `Date.prototype.toLocaleTimeString`): `14:32`, `2:32 PM`, `14時32分`.

use js_sys::{Date, Object};
use wasm_bindgen::JsValue;

use crate::shell::infallible::set_property;

/// The time of day at `at_ms` (milliseconds since the epoch) in the page's
/// time zone, hours and minutes, as `language` (a BCP 47 tag) writes it.
pub(crate) fn time_of_day(at_ms: u64, language: &str) -> String {
    let options = Object::new();
    set_property(&options, "hour", &"numeric".into());
    set_property(&options, "minute", &"2-digit".into());
    Date::new(&JsValue::from_f64(at_ms as f64))
        .to_locale_time_string_with_options(language, &options)
        .into()
}
