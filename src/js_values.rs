//! The plain JS objects that events and the headless API hand to callers.

use wasm_bindgen::JsValue;

use crate::protocol::{CodeDeliveryDetails, ResendError};

fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in pairs {
        let _ = js_sys::Reflect::set(&object, &(*key).into(), value);
    }
    object.into()
}

fn text_or_null(value: Option<&str>) -> JsValue {
    value.map_or(JsValue::NULL, JsValue::from)
}

/// `{destination, deliveryMedium, attributeName}`.
pub(crate) fn sent_detail(details: &CodeDeliveryDetails) -> JsValue {
    object(&[
        ("destination", text_or_null(details.destination.as_deref())),
        (
            "deliveryMedium",
            text_or_null(details.delivery_medium.as_ref().map(|m| m.as_str())),
        ),
        (
            "attributeName",
            text_or_null(details.attribute_name.as_deref()),
        ),
    ])
}

/// `{name, message}`: the error's name and Cognito's message (or ours).
#[cfg_attr(not(feature = "element"), allow(dead_code))]
pub(crate) fn error_detail(error: &ResendError) -> JsValue {
    let message = error
        .service_message()
        .map_or_else(|| error.message(), str::to_owned);
    object(&[("name", error.name().into()), ("message", message.into())])
}
