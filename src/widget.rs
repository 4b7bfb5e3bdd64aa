//! The widget in the page, with no framework: it creates its few nodes once
//! and, after every change, writes what [`WidgetState::view`] says into them
//! (only what differs, so a live region never repeats itself). It holds the
//! only timer (while a countdown runs), the request in flight and its
//! listeners; dropping it ends all three.
//!
//! The Leptos component, the custom element and the demo all mount this one
//! widget; none of them draws anything of its own.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    AbortController, Element, KeyboardEvent, MouseEvent, MutationObserver, MutationObserverInit,
};

use crate::catalogs;
use crate::messages::{is_configuration_problem, Locale, Messages};
use crate::protocol::{CodeDeliveryDetails, DeliveryMedium, ResendError};
use crate::storage;
use crate::transport::{clear_timeout, resend_cancellable, set_timeout};
use crate::widget_markup::{NODES, ROOT_CLASS};
use crate::widget_state::{Press, Settings, View, WidgetState};

/// Called with where the code went after each successful send.
pub type OnSent = Rc<dyn Fn(&CodeDeliveryDetails)>;
/// Called with the error after each failed send.
pub type OnError = Rc<dyn Fn(&ResendError)>;

/// What the widget tells its owner.
#[derive(Clone, Default)]
pub struct Callbacks {
    /// After each successful send.
    pub on_sent: Option<OnSent>,
    /// After each failed send (also for an unknown user in enumeration-safe
    /// mode, which the screen shows as a success).
    pub on_error: Option<OnError>,
}

/// A mounted "Resend code" widget.
///
/// ## Usage
/// ```no_run
/// use cognito_resend_code::widget::{Callbacks, Widget};
/// use cognito_resend_code::widget_state::Settings;
/// let root = web_sys::window().unwrap().document().unwrap().create_element("div").unwrap();
/// let settings = Settings { client_id: "1example23456789".into(), username: "ada".into(),
///     user_pool_id: Some("us-east-1_AbC123".into()), ..Settings::default() };
/// let widget = Widget::mount(root, settings, Callbacks::default()).unwrap();
/// widget.update(|settings| settings.locale = Some("de".into()));
/// drop(widget); // removes its listeners, timer and request in flight
/// ```
#[must_use = "dropping the widget unmounts it"]
pub struct Widget {
    inner: Rc<Inner>,
}

struct Nodes {
    root: Element,
    button: Element,
    label: Element,
    spoken: Element,
    sent: Element,
    failed: Element,
}

struct Inner {
    settings: RefCell<Settings>,
    callbacks: Callbacks,
    state: RefCell<WidgetState>,
    messages: RefCell<Messages>,
    key: RefCell<String>,
    nodes: Nodes,
    shown: RefCell<Option<View>>,
    timer: Cell<Option<JsValue>>,
    in_flight: RefCell<Option<AbortController>>,
    tick: Closure<dyn FnMut()>,
    /// Watches the page's `lang` (a page that switches language).
    page_lang: RefCell<Option<MutationObserver>>,
    on_page_lang: Closure<dyn FnMut()>,
    on_click: Closure<dyn FnMut(MouseEvent)>,
    on_keydown: Closure<dyn FnMut(KeyboardEvent)>,
}

/// Milliseconds since the epoch; the only clock the widget reads.
fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

impl Nodes {
    /// The widget's nodes inside `root`: the ones a server rendered there
    /// (hydration), else new ones. Created node by node rather than from
    /// markup, so the widget also works under a Trusted Types policy.
    fn build(root: Element) -> Result<Self, JsValue> {
        if !root.has_attribute("class") {
            root.set_attribute("class", ROOT_CLASS)?;
        }
        // Only the Leptos component is ever rendered on a server.
        #[cfg(feature = "leptos")]
        let adopted = Self::adopt(&root);
        #[cfg(not(feature = "leptos"))]
        let adopted = None;
        let nodes = match adopted {
            Some(nodes) => nodes,
            None => {
                root.set_text_content(None);
                Self::create(&root)?
            }
        };
        let [button, _spinner, label, spoken, sent, failed] = nodes;
        Ok(Self {
            root,
            button,
            label,
            spoken,
            sent,
            failed,
        })
    }

    fn create(root: &Element) -> Result<[Element; 6], JsValue> {
        let document = root.owner_document().ok_or("no document")?;
        let mut created: Vec<Element> = Vec::with_capacity(NODES.len());
        for node in &NODES {
            let element = document.create_element(node.tag)?;
            for (name, value) in node.attributes {
                element.set_attribute(name, value)?;
            }
            let parent = node
                .parent
                .and_then(|index| created.get(index))
                .unwrap_or(root);
            parent.append_child(&element)?;
            created.push(element);
        }
        created.try_into().map_err(|_| "widget nodes".into())
    }

    /// The server-rendered nodes, if `root` holds exactly the widget's
    /// structure; their changing parts are reset to a new node's, so the
    /// first view writes everything.
    #[cfg(feature = "leptos")]
    fn adopt(root: &Element) -> Option<[Element; 6]> {
        let mut found: Vec<Element> = Vec::with_capacity(NODES.len());
        for node in &NODES {
            let parent = match node.parent {
                Some(index) => found.get(index)?,
                None => root,
            };
            let previous = found
                .iter()
                .zip(&NODES)
                .rev()
                .find(|(_, spec)| spec.parent == node.parent)
                .map(|(element, _)| element);
            let element = match previous {
                Some(previous) => previous.next_element_sibling(),
                None => parent.first_element_child(),
            }?;
            let class = node.attributes.first().map(|(_, class)| *class);
            if !element.tag_name().eq_ignore_ascii_case(node.tag)
                || element.get_attribute("class").as_deref() != class
            {
                return None;
            }
            found.push(element);
        }
        let [button, _, label, spoken, sent, failed] = found.as_slice() else {
            return None;
        };
        let _ = root.remove_attribute("data-state");
        for (element, name) in [
            (button, "aria-disabled"),
            (button, "aria-busy"),
            (label, "aria-hidden"),
        ] {
            let _ = element.remove_attribute(name);
        }
        for element in [spoken, sent, failed] {
            element.set_text_content(None);
        }
        found.try_into().ok()
    }
}

fn set_flag(element: &Element, name: &str, on: bool) {
    let _ = if on {
        element.set_attribute(name, "true")
    } else {
        element.remove_attribute(name)
    };
}

/// Server text goes in as text, never as markup.
fn set_text(element: &Element, text: &str) {
    element.set_text_content(Some(text));
}

impl Widget {
    /// Fills `root` with the widget and starts it: the stored deadline of
    /// this user is restored, and `start_cooldown` applies.
    pub fn mount(root: Element, settings: Settings, callbacks: Callbacks) -> Result<Self, JsValue> {
        let nodes = Nodes::build(root)?;
        let now = now_ms();
        let key = settings.storage_key();
        let state = WidgetState::load(&settings, storage::load(&key).as_deref(), true, now);
        let inner = Rc::new_cyclic(|weak: &Weak<Inner>| {
            let (tick, click, lang) = (weak.clone(), weak.clone(), weak.clone());
            Inner {
                messages: RefCell::new(Messages::default()),
                settings: RefCell::new(settings),
                callbacks,
                state: RefCell::new(state),
                key: RefCell::new(key),
                nodes,
                shown: RefCell::new(None),
                timer: Cell::new(None),
                in_flight: RefCell::new(None),
                tick: Closure::new(move || {
                    if let Some(inner) = tick.upgrade() {
                        inner.timer.set(None);
                        inner.refresh();
                    }
                }),
                page_lang: RefCell::new(None),
                on_page_lang: Closure::new(move || {
                    if let Some(inner) = lang.upgrade() {
                        Inner::choose_catalog(&inner);
                        inner.refresh();
                    }
                }),
                on_click: Closure::new(move |event: MouseEvent| {
                    // The second click of a double click; a keyboard press has detail 0.
                    if event.detail() <= 1 {
                        if let Some(inner) = click.upgrade() {
                            Inner::press(&inner);
                        }
                    }
                }),
                on_keydown: Closure::new(|event: KeyboardEvent| {
                    // Enter held down repeats key presses; only the first counts.
                    if event.repeat() {
                        event.prevent_default();
                    }
                }),
            }
        });
        let button = &inner.nodes.button;
        button
            .add_event_listener_with_callback("click", inner.on_click.as_ref().unchecked_ref())?;
        button.add_event_listener_with_callback(
            "keydown",
            inner.on_keydown.as_ref().unchecked_ref(),
        )?;
        inner.watch_page_lang();
        Inner::choose_catalog(&inner);
        inner.persist();
        inner.refresh();
        Ok(Self { inner })
    }

    /// Changes settings. A new user (or client) starts over with their own
    /// stored deadline; any request in flight for the old one is abandoned.
    pub fn update(&self, change: impl FnOnce(&mut Settings)) {
        let inner = &self.inner;
        change(&mut inner.settings.borrow_mut());
        let settings = inner.settings.borrow();
        let key = settings.storage_key();
        if *inner.key.borrow() != key {
            inner.abort();
            let stored = storage::load(&key);
            *inner.state.borrow_mut() =
                WidgetState::load(&settings, stored.as_deref(), false, now_ms());
            *inner.key.borrow_mut() = key;
        }
        drop(settings);
        Inner::choose_catalog(inner);
        inner.refresh();
    }

    /// The settings in use.
    pub fn settings(&self) -> Settings {
        self.inner.settings.borrow().clone()
    }
}

impl Drop for Widget {
    fn drop(&mut self) {
        let inner = &self.inner;
        inner.abort();
        inner.clear_timer();
        let button = &inner.nodes.button;
        let _ = button
            .remove_event_listener_with_callback("click", inner.on_click.as_ref().unchecked_ref());
        let _ = button.remove_event_listener_with_callback(
            "keydown",
            inner.on_keydown.as_ref().unchecked_ref(),
        );
        if let Some(observer) = inner.page_lang.take() {
            observer.disconnect();
        }
        inner.nodes.root.set_text_content(None);
    }
}

/// The page's `lang` and the browser's language, for choosing the words.
pub(crate) fn page_languages() -> (String, String) {
    let window = web_sys::window();
    let page_lang = window
        .as_ref()
        .and_then(web_sys::Window::document)
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute("lang"))
        .unwrap_or_default();
    let browser = window
        .and_then(|w| w.navigator().language())
        .unwrap_or_default();
    (page_lang, browser)
}

impl Inner {
    /// Follows the page's `lang` after mount: the words change with it
    /// (unless the `locale` setting fixes them).
    fn watch_page_lang(&self) {
        let html = self
            .nodes
            .root
            .owner_document()
            .and_then(|document| document.document_element());
        let Some(html) = html else { return };
        let Ok(observer) = MutationObserver::new(self.on_page_lang.as_ref().unchecked_ref()) else {
            return;
        };
        let init = MutationObserverInit::new();
        init.set_attribute_filter(&js_sys::Array::of1(&"lang".into()));
        if observer.observe_with_options(&html, &init).is_ok() {
            *self.page_lang.borrow_mut() = Some(observer);
        }
    }

    /// Picks the words for the current settings. A catalog that is still
    /// loading is shown in English and swapped in when it arrives.
    fn choose_catalog(this: &Rc<Self>) {
        let settings = this.settings.borrow();
        let (page, browser) = page_languages();
        let locale = settings.language(&page, &browser);
        let messages = match catalogs::ready(locale) {
            Some(loaded) => settings.catalog(locale, &loaded),
            None => {
                let weak = Rc::downgrade(this);
                wasm_bindgen_futures::spawn_local(async move {
                    catalogs::load(locale).await;
                    if let Some(this) = weak.upgrade() {
                        Inner::choose_catalog(&this);
                        this.refresh();
                    }
                });
                settings.catalog(Locale::En, &[])
            }
        };
        drop(settings);
        *this.messages.borrow_mut() = messages;
    }

    fn press(this: &Rc<Self>) {
        let now = now_ms();
        let settings = this.settings.borrow();
        let press = this.state.borrow_mut().press(&settings, now);
        match press {
            Press::Ignore => return,
            Press::Refuse(problem) => web_sys::console::error_1(&problem.into()),
            Press::Send => Self::send(this, &settings),
        }
        drop(settings);
        this.refresh();
    }

    fn send(this: &Rc<Self>, settings: &Settings) {
        let (mut request, endpoint) = settings.request();
        let collected =
            crate::advanced_security::fill(&mut request, settings.user_pool_id.as_deref());
        let (timeout, debug) = (settings.timeout_ms(), settings.debug);
        if debug {
            log_debug("advanced security", &collected);
            log_debug("request", &request.to_redacted_json());
        }
        let controller = AbortController::new().ok();
        let cancel = controller.as_ref().map(AbortController::signal);
        *this.in_flight.borrow_mut() = controller;
        let weak = Rc::downgrade(this);
        let sent_for = this.key.borrow().clone();
        wasm_bindgen_futures::spawn_local(async move {
            let result = resend_cancellable(&request, &endpoint, timeout, cancel.as_ref()).await;
            // Unmounted, or moved on to another user, while it ran (the
            // answer may have arrived just before the abort).
            let Some(this) = weak.upgrade() else { return };
            if matches!(result, Err(ResendError::Aborted)) || *this.key.borrow() != sent_for {
                return;
            }
            this.in_flight.borrow_mut().take();
            if debug {
                match &result {
                    Ok(details) => log_debug("sent", &describe(details)),
                    Err(error) => log_debug("error", &error.message()),
                }
            }
            let current = this.settings.borrow();
            this.state.borrow_mut().finish(&result, &current, now_ms());
            drop(current);
            this.persist();
            this.refresh();
            match &result {
                Ok(details) => {
                    if let Some(on_sent) = &this.callbacks.on_sent {
                        on_sent(details);
                    }
                }
                Err(error) => {
                    if is_configuration_problem(error) {
                        // For the developer; the person sees "contact support".
                        web_sys::console::warn_1(&error.message().into());
                    }
                    if let Some(on_error) = &this.callbacks.on_error {
                        on_error(error);
                    }
                }
            }
        });
    }

    fn abort(&self) {
        if let Some(controller) = self.in_flight.borrow_mut().take() {
            controller.abort();
        }
    }

    fn persist(&self) {
        let stored = self.state.borrow().stored(now_ms());
        storage::save(&self.key.borrow(), stored.as_deref());
    }

    fn clear_timer(&self) {
        if let Some(handle) = self.timer.take() {
            clear_timeout(&handle);
        }
    }

    /// Shows the present moment and, while a countdown runs, wakes up when
    /// its text next changes. Read from the deadline each time, so a tab that
    /// slept shows the right time when it wakes.
    fn refresh(&self) {
        let now = now_ms();
        let state = self.state.borrow();
        let enumeration_safe = self.settings.borrow().enumeration_safe;
        let view = state.view(&self.messages.borrow(), enumeration_safe, now);
        self.show(view);
        self.clear_timer();
        if let Some(wait) = state.next_tick_in(now) {
            let handle = set_timeout(self.tick.as_ref(), (wait + 5) as u32);
            self.timer.set(Some(handle));
        }
    }

    /// Writes what changed since the last view.
    fn show(&self, view: View) {
        let mut shown = self.shown.borrow_mut();
        let old = shown.take().unwrap_or_else(|| View {
            lang: "",
            label: "\u{0}".into(),
            ..View::default()
        });
        let nodes = &self.nodes;
        if old.lang != view.lang {
            let _ = nodes.root.set_attribute("lang", view.lang);
        }
        if old.state != view.state {
            let _ = match view.state {
                Some(state) => nodes.root.set_attribute("data-state", state),
                None => nodes.root.remove_attribute("data-state"),
            };
        }
        if old.unavailable != view.unavailable {
            set_flag(&nodes.button, "aria-disabled", view.unavailable);
        }
        if old.sending != view.sending {
            set_flag(&nodes.button, "aria-busy", view.sending);
        }
        if old.label != view.label {
            set_text(&nodes.label, &view.label);
        }
        if old.accessible_name != view.accessible_name {
            set_flag(&nodes.label, "aria-hidden", view.accessible_name.is_some());
            set_text(
                &nodes.spoken,
                view.accessible_name.as_deref().unwrap_or_default(),
            );
        }
        if old.sent != view.sent {
            set_text(&nodes.sent, &view.sent);
        }
        if old.failed != view.failed {
            set_text(&nodes.failed, &view.failed);
        }
        *shown = Some(view);
    }
}

fn describe(details: &CodeDeliveryDetails) -> String {
    let mut text = String::new();
    for part in [
        details.delivery_medium.as_ref().map(DeliveryMedium::as_str),
        details.destination.as_deref(),
        details.attribute_name.as_deref(),
    ]
    .into_iter()
    .flatten()
    {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(part);
    }
    text
}

fn log_debug(what: &str, detail: &str) {
    web_sys::console::debug_3(
        &"[cognito-resend-code]".into(),
        &what.into(),
        &detail.into(),
    );
}
