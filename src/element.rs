//! The Rust half of `<cognito-resend-code>`. wasm-bindgen cannot extend
//! `HTMLElement`, so a tiny JS class (`pkg/element.js`) forwards its lifecycle
//! here: attributes become [`Settings`] (also after mount), the widget's
//! callbacks become DOM events. Nothing is re-implemented: it is the same
//! widget the Leptos component mounts. The npm build's own crate
//! (`npm-wasm/`) exports it to JavaScript.

use std::rc::Rc;

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement, ShadowRoot};

use crate::js_values::{error_detail, sent_detail};
use crate::widget::{Callbacks, Widget};
use crate::widget_state::{Settings, ATTRIBUTE_LIST};

/// The attributes the element observes, comma-separated (one string
/// crosses into JS more cheaply than an array).
pub fn observed_attributes() -> String {
    ATTRIBUTE_LIST.into()
}

/// Loads the catalog of the page's language (when this wasm does not carry
/// it) before the first element appears, so none shows English first.
pub async fn preload_page_catalog() {
    let (page, browser) = crate::widget::page_languages();
    crate::catalogs::load(Settings::default().language(&page, &browser)).await;
}

/// One element: its settings and, while it is in the document, its widget.
pub struct ElementHandle {
    host: HtmlElement,
    settings: Settings,
    widget: Option<Widget>,
}

impl ElementHandle {
    /// Settings for `host`, not yet mounted.
    pub fn new(host: HtmlElement) -> ElementHandle {
        ElementHandle {
            host,
            settings: Settings::default(),
            widget: None,
        }
    }

    /// An attribute's new value (`None`: removed). Unknown names are ignored.
    pub fn set(&mut self, name: &str, value: Option<String>) {
        let mut problem = None;
        let mut apply = |settings: &mut Settings| {
            problem = settings.apply_attribute(name, value.as_deref());
        };
        match &self.widget {
            Some(widget) => widget.update(apply),
            None => apply(&mut self.settings),
        }
        if let Some(problem) = problem {
            // Said now, and again on every press: never a silent drop.
            web_sys::console::error_1(&problem.into());
        }
    }

    /// Renders the widget into `root` (the element's shadow root).
    pub fn mount(&mut self, root: ShadowRoot) -> Result<(), JsValue> {
        self.unmount();
        let document = self.host.owner_document().ok_or("no document")?;
        let container = document.create_element("div")?;
        root.append_child(&container)?;
        let (sent_host, error_host) = (self.host.clone(), self.host.clone());
        let callbacks = Callbacks {
            on_sent: Some(Rc::new(move |details| {
                dispatch(&sent_host, "code-sent", &sent_detail(details));
            })),
            on_error: Some(Rc::new(move |error| {
                dispatch(&error_host, "code-error", &error_detail(error));
            })),
        };
        self.widget = Some(Widget::mount(container, self.settings.clone(), callbacks)?);
        Ok(())
    }

    /// Removes the widget: its timer, listeners and any request in flight
    /// end with it.
    pub fn unmount(&mut self) {
        if let Some(widget) = self.widget.take() {
            self.settings = widget.settings();
            drop(widget);
            if let Some(root) = self.host.shadow_root() {
                root.set_text_content(None);
            }
        }
    }
}

impl Drop for ElementHandle {
    fn drop(&mut self) {
        self.unmount();
    }
}

/// A `bubbles` + `composed` event, so frameworks and plain listeners outside
/// the shadow root see it.
fn dispatch(host: &HtmlElement, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}
