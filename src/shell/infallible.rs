//! Browser calls that cannot throw for what we pass them (the widget's own
//! nodes and listeners, fixed valid names, plain objects we just made),
//! declared without the `catch` of web-sys's and js-sys's bindings: the
//! wasm then carries no error path for each call. A call declared here that
//! did throw would unwind through the wasm and leave its state half-changed,
//! so only calls that cannot throw for their arguments belong here.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// Any JS value, for the calls below.
    type Any;

    #[wasm_bindgen(method, structural, indexing_setter)]
    fn set(this: &Any, key: &str, value: &JsValue);

    #[wasm_bindgen(method, js_name = get)]
    fn get_header(this: &Any, name: &str) -> Option<String>;

    #[wasm_bindgen(method, js_name = addEventListener)]
    fn add_event_listener(this: &Any, kind: &str, listener: &js_sys::Function);

    #[wasm_bindgen(method, js_name = removeEventListener)]
    fn remove_event_listener(this: &Any, kind: &str, listener: &js_sys::Function);

    // Every engine we ship to, and Node, has `AbortController`.
    #[wasm_bindgen(js_name = AbortController)]
    type NewAbortController;

    #[wasm_bindgen(constructor, js_class = "AbortController")]
    fn new() -> NewAbortController;
}

#[cfg(feature = "widget")]
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(method, js_name = createElement)]
    fn create_element(this: &Any, tag: &str) -> web_sys::Element;

    #[wasm_bindgen(method, js_name = appendChild)]
    fn append_child(this: &Any, child: &web_sys::Node);

    #[wasm_bindgen(method, js_name = setAttribute)]
    fn set_attribute(this: &Any, name: &str, value: &str);

    #[wasm_bindgen(method, js_name = removeAttribute)]
    fn remove_attribute(this: &Any, name: &str);

    #[wasm_bindgen(method, js_name = dispatchEvent)]
    fn dispatch_event(this: &Any, event: &web_sys::Event);

    #[wasm_bindgen(method)]
    fn matches(this: &Any, selector: &str) -> bool;

    #[wasm_bindgen(method)]
    fn focus(this: &Any);

    #[wasm_bindgen(js_name = MutationObserver)]
    type NewMutationObserver;

    #[wasm_bindgen(constructor, js_class = "MutationObserver")]
    fn new(callback: &js_sys::Function) -> NewMutationObserver;

    #[wasm_bindgen(method)]
    fn observe(this: &Any, target: &web_sys::Node, options: &js_sys::Object);
}

#[cfg(feature = "element")]
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = CustomEvent)]
    type NewCustomEvent;

    #[wasm_bindgen(constructor, js_class = "CustomEvent")]
    fn new(kind: &str, init: &js_sys::Object) -> NewCustomEvent;
}

fn any(value: &JsValue) -> &Any {
    value.unchecked_ref()
}

/// `object[key] = value`, on a plain object we made.
pub(crate) fn set_property(object: &js_sys::Object, key: &str, value: &JsValue) {
    any(object).set(key, value);
}

/// `new AbortController()` (web-sys's binding catches, which costs a second
/// way to time out in the wasm).
pub(crate) fn abort_controller() -> web_sys::AbortController {
    NewAbortController::new().unchecked_into()
}

/// The header `name` (a valid header name) of `headers`.
pub(crate) fn header(headers: &web_sys::Headers, name: &str) -> Option<String> {
    any(headers).get_header(name)
}

/// `document.createElement(tag)`: `tag` is always one of the widget's.
#[cfg(feature = "widget")]
pub(crate) fn create(document: &web_sys::Document, tag: &str) -> web_sys::Element {
    any(document).create_element(tag)
}

/// `parent.appendChild(child)`: a node the widget created, into its own.
#[cfg(feature = "widget")]
pub(crate) fn append(parent: &web_sys::Node, child: &web_sys::Node) {
    any(parent).append_child(child);
}

/// `element.setAttribute(name, value)`: `name` is always a valid name.
#[cfg(feature = "widget")]
pub(crate) fn set_attribute(element: &web_sys::Element, name: &str, value: &str) {
    any(element).set_attribute(name, value);
}

/// `element.removeAttribute(name)`.
#[cfg(feature = "widget")]
pub(crate) fn remove_attribute(element: &web_sys::Element, name: &str) {
    any(element).remove_attribute(name);
}

/// `target.addEventListener(kind, listener)`.
pub(crate) fn listen(target: &web_sys::EventTarget, kind: &str, listener: &js_sys::Function) {
    any(target).add_event_listener(kind, listener);
}

/// `target.removeEventListener(kind, listener)`.
pub(crate) fn unlisten(target: &web_sys::EventTarget, kind: &str, listener: &js_sys::Function) {
    any(target).remove_event_listener(kind, listener);
}

/// Whether `element` has the focus.
#[cfg(feature = "widget")]
pub(crate) fn has_focus(element: &web_sys::Element) -> bool {
    any(element).matches(":focus")
}

/// Moves the focus to `element`, one of the widget's.
#[cfg(feature = "widget")]
pub(crate) fn focus(element: &web_sys::Element) {
    any(element).focus();
}

/// A `MutationObserver` calling `callback` whenever the attribute `name`
/// of `element` changes.
#[cfg(feature = "widget")]
pub(crate) fn observe_attribute(
    element: &web_sys::Element,
    name: &str,
    callback: &js_sys::Function,
) -> web_sys::MutationObserver {
    let observer = NewMutationObserver::new(callback);
    let options = js_sys::Object::new();
    set_property(
        &options,
        "attributeFilter",
        &js_sys::Array::of1(&name.into()),
    );
    any(&observer).observe(element, &options);
    observer.unchecked_into()
}

/// Dispatches a `kind` event on `target` that bubbles out of shadow roots
/// (`bubbles`, `composed`) and carries `detail`. A listener's exception is
/// reported by the browser, not thrown here.
#[cfg(feature = "element")]
pub(crate) fn dispatch_custom(target: &web_sys::EventTarget, kind: &str, detail: &JsValue) {
    let init = js_sys::Object::new();
    set_property(&init, "bubbles", &JsValue::TRUE);
    set_property(&init, "composed", &JsValue::TRUE);
    set_property(&init, "detail", detail);
    any(target).dispatch_event(NewCustomEvent::new(kind, &init).unchecked_ref());
}
