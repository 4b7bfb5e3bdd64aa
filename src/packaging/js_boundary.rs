//! The npm package's JS boundary: the core's declared types cross it through
//! serde-wasm-bindgen (options in, delivery details and the failure out),
//! with no hand-written reading or building of JS objects.

use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

use crate::failure::Failure;

/// `value` as a plain JS object; a missing value is `null`, as the
/// `.d.ts` promises.
pub(crate) fn to_js<T: Serialize>(value: &T) -> JsValue {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    value.serialize(&serializer).unwrap_or(JsValue::NULL)
}

/// What a serde-wasm-bindgen error says.
pub(crate) fn problem(error: serde_wasm_bindgen::Error) -> String {
    let value = JsValue::from(error);
    match value.dyn_ref::<js_sys::Error>() {
        Some(error) => error.message().into(),
        None => value.as_string().unwrap_or_default(),
    }
}

/// An `Error` whose message is the developer's description, carrying the
/// failure's fields (`name`, `cognitoMessage`, `friendlyMessage`, ...).
#[cfg(feature = "headless")]
pub(crate) fn rejection(failure: &Failure) -> JsValue {
    let error = js_sys::Error::new(&failure.error.message());
    let fields = to_js(failure);
    js_sys::Object::assign(
        error.unchecked_ref::<js_sys::Object>(),
        fields.unchecked_ref(),
    )
    .into()
}

/// The `code-error` event's detail: the same fields as the rejection.
#[cfg(feature = "element")]
pub(crate) fn failure_detail(failure: &Failure) -> JsValue {
    to_js(failure)
}
