//! The Rust half of `<cognito-resend-code>`. wasm-bindgen cannot extend
//! `HTMLElement`, so a tiny JS class (`src/packaging/npm/element.js`)
//! forwards its lifecycle here: attributes and the `messages` property become
//! [`Settings`] (also after mount), the widget's callbacks become DOM events.
//! Nothing is re-implemented: it is the same widget the Leptos component
//! mounts. The npm build's own crate (`npm-wasm/`) exports it to JavaScript.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Function, Promise};
use wasm_bindgen::JsValue;
use web_sys::{HtmlElement, ShadowRoot};

use super::js_boundary::{rejection, to_js};
use crate::messages::Locale;
use crate::settings::{Settings, ATTRIBUTE_LIST};
use crate::shell::infallible::{append, create, dispatch_custom};
use crate::widget::{Callbacks, Widget};

/// The attributes the element observes, comma-separated, flags marked with
/// a leading `?` (one string crosses into JS more cheaply than an array).
pub fn observed_attributes() -> JsValue {
    // A JS string straight from the constant: no Rust `String` to hand over.
    JsValue::from_str(ATTRIBUTE_LIST)
}

/// Loads the catalog of the page's language (when this wasm does not carry
/// it) before the first element appears, so none shows English first: a
/// promise that resolves (never rejects) once it is ready, or known missing;
/// `undefined` when it is ready already.
pub fn preload_page_catalog() -> JsValue {
    let (page, browser) = crate::widget::page_languages();
    // The language of an element with no `locale` attribute.
    let locale = Locale::negotiate([page.as_str(), &browser]);
    // Ready (built in, or loaded): no task, so a page in a built-in language
    // starts without the async executor's code, which V8 would compile on
    // this first call before the element can be ready.
    if crate::catalogs::ready(locale).is_some() {
        return JsValue::UNDEFINED;
    }
    // The widgets' own loading task, not a second future of its own.
    Promise::new(&mut |resolve, _reject| crate::catalogs::load_then(locale, resolve)).into()
}

/// One element: its settings until it is mounted, then its widget, which
/// owns them.
pub struct ElementHandle {
    host: HtmlElement,
    // Behind a cell so `set` takes `&self`: a page's listener that calls the
    // element's `send()` while a `set` moves the focus shares the handle
    // instead of meeting wasm-bindgen's "recursive use" exception.
    settings: RefCell<Option<Settings>>,
    widget: Option<Widget>,
}

impl ElementHandle {
    /// Settings for `host`, not yet mounted.
    pub fn new(host: HtmlElement) -> ElementHandle {
        ElementHandle {
            host,
            settings: RefCell::new(Some(Settings::default())),
            widget: None,
        }
    }

    /// An attribute's new value (`None`: removed), or, under the name
    /// `messages` (which no attribute has), the `messages` property (an
    /// object of message key to text, over the catalog) as JSON text, as the
    /// element's JS class writes it. Unknown names are ignored. A value that
    /// cannot be read is a setup problem, said at once.
    pub fn set(&self, name: &str, value: Option<String>) {
        let problem = self.change(|settings| {
            let problem = if name == "messages" {
                settings.apply_messages_json(value.as_deref())
            } else {
                settings.set_attribute(name, value.as_deref())
            };
            problem.map(JsValue::from_str)
        });
        // Said now, and again on every press: never a silent drop. Said once
        // the settings are let go, as a page's console hook may set another.
        if let Some(problem) = problem {
            web_sys::console::error_1(&problem);
        }
    }

    /// Changes the settings, mounted or not (nothing to change after a
    /// mount that failed).
    fn change<T>(&self, change: impl FnOnce(&mut Settings) -> Option<T>) -> Option<T> {
        match &self.widget {
            Some(widget) => widget.update(change),
            // Not mounted: the change is pure code, so nothing can come
            // back in while the cell is borrowed.
            None => self.settings.borrow_mut().as_mut().and_then(change),
        }
    }

    /// Renders the widget into `root` (the element's shadow root);
    /// `set_states` is called with its custom states, space-separated. A
    /// handle mounts once (the JS class makes one per connect): a second
    /// call does nothing.
    pub fn mount(&mut self, root: ShadowRoot, set_states: Function) -> Result<(), JsValue> {
        let Some(settings) = self.settings.get_mut().take() else {
            return Ok(());
        };
        root.set_text_content(None);
        let document = self.host.owner_document().ok_or("no document")?;
        let container = create(&document, "div");
        append(&root, &container);
        let (sent_host, error_host, change_host) =
            (self.host.clone(), self.host.clone(), self.host.clone());
        let callbacks = Callbacks {
            on_sent: Some(Rc::new(move |details| {
                dispatch_custom(&sent_host, "code-sent", &to_js(details));
            })),
            on_error: Some(Rc::new(move |failure| {
                dispatch_custom(&error_host, "code-error", &to_js(failure));
            })),
            on_change_destination: Some(Rc::new(move || {
                dispatch_custom(&change_host, "change-destination", &JsValue::NULL);
            })),
            on_states: Some(Rc::new(move |states| {
                let _ = set_states.call1(&JsValue::UNDEFINED, &states.into());
            })),
        };
        self.widget = Some(Widget::mount_with_slots(
            container, settings, callbacks, true,
        )?);
        Ok(())
    }

    /// The element's `send()`: a promise of the outcome the events carry
    /// (the delivery details, or an `Error` with the failure's fields).
    pub fn send(&self) -> Promise {
        Promise::new(&mut |resolve, reject| match &self.widget {
            Some(widget) => widget.send(move |outcome| {
                let _ = match outcome {
                    Ok(details) => resolve.call1(&JsValue::UNDEFINED, &to_js(details)),
                    Err(failure) => reject.call1(&JsValue::UNDEFINED, &rejection(failure)),
                };
            }),
            None => {
                // Only after a mount that failed (the JS class answers for
                // an element that is not in the document).
                let error = js_sys::Error::new("not mounted");
                let _ = reject.call1(&JsValue::UNDEFINED, &error);
            }
        })
    }
}
