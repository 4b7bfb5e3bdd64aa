//! Timers and event listeners as handles that cancel when dropped, the way
//! gloo's `Timeout` and `EventListener` are (private here: the gloo crates
//! would add bytes for the little the widget needs). Whoever holds the
//! handle decides how long the timer or listener lives.

use wasm_bindgen::prelude::*;
#[cfg(feature = "widget")]
use wasm_bindgen::JsCast;

// The global timer functions: one import each, shared by the countdown and
// the request timeout. The handle stays a JS value because Node's is an
// object, not a number.
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(callback: &JsValue, ms: u32) -> JsValue;
    #[wasm_bindgen(js_name = clearTimeout)]
    fn clear_timeout(handle: &JsValue);
}

/// A pending `setTimeout`; dropping it clears the timer.
#[must_use = "dropping a Timeout cancels it"]
pub(crate) struct Timeout(JsValue);

impl Timeout {
    /// Calls `callback` (a JS function; the caller keeps it alive) once,
    /// after `ms`.
    pub(crate) fn new(callback: &JsValue, ms: u32) -> Self {
        Self(set_timeout(callback, ms))
    }
}

impl Drop for Timeout {
    fn drop(&mut self) {
        clear_timeout(&self.0);
    }
}

/// A JS callback: every listener, observer and timer of the widget runs one
/// of these, so the wasm carries one closure type for all of them.
#[cfg(feature = "widget")]
pub(crate) type Callback = Closure<dyn FnMut(JsValue)>;

/// An event listener on a DOM target; dropping it removes the listener.
#[cfg(feature = "widget")]
#[must_use = "dropping an EventListener removes it"]
pub(crate) struct EventListener {
    target: web_sys::EventTarget,
    kind: &'static str,
    callback: Callback,
}

#[cfg(feature = "widget")]
impl EventListener {
    /// Calls `callback` with each `kind` event on `target`.
    pub(crate) fn new(
        target: &web_sys::EventTarget,
        kind: &'static str,
        callback: Callback,
    ) -> Self {
        crate::shell::infallible::listen(target, kind, callback.as_ref().unchecked_ref());
        Self {
            target: target.clone(),
            kind,
            callback,
        }
    }
}

#[cfg(feature = "widget")]
impl Drop for EventListener {
    fn drop(&mut self) {
        crate::shell::infallible::unlisten(
            &self.target,
            self.kind,
            self.callback.as_ref().unchecked_ref(),
        );
    }
}

/// Watches one attribute of an element; dropping it stops watching.
#[cfg(feature = "widget")]
#[must_use = "dropping an AttributeWatch stops it"]
pub(crate) struct AttributeWatch(web_sys::MutationObserver);

#[cfg(feature = "widget")]
impl AttributeWatch {
    /// Calls `callback` (with the mutation records; the caller keeps it
    /// alive) whenever `name` changes on `element`.
    pub(crate) fn new(element: &web_sys::Element, name: &str, callback: &js_sys::Function) -> Self {
        Self(crate::shell::infallible::observe_attribute(
            element, name, callback,
        ))
    }
}

#[cfg(feature = "widget")]
impl Drop for AttributeWatch {
    fn drop(&mut self) {
        self.0.disconnect();
    }
}
