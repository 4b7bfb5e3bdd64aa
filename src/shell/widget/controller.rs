//! The widget's controller: it holds the settings and the state, turns a
//! press into a request and an answer into a new state, and asks the
//! renderer to show each moment. Its timer, listeners and request in flight
//! are handles owned here, so dropping the widget ends all of them.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{AbortController, Element, KeyboardEvent, MouseEvent};

use super::render::Nodes;
use crate::catalogs;
use crate::failure::Failure;
use crate::messages::{Locale, Messages};
use crate::protocol::{CodeDeliveryDetails, DeliveryMedium, ResendError};
use crate::shell::storage;
use crate::shell::timers::{AttributeWatch, EventListener, Timeout};
use crate::shell::transport::resend_cancellable;
use crate::widget_state::{Press, Settings, View, WidgetState};

/// Called with where the code went after each successful send.
pub type OnSent = Rc<dyn Fn(&CodeDeliveryDetails)>;
/// Called with the failure after each failed send.
pub type OnError = Rc<dyn Fn(&Failure)>;

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

struct Inner {
    settings: RefCell<Settings>,
    callbacks: Callbacks,
    state: RefCell<WidgetState>,
    messages: RefCell<Messages>,
    /// The storage key of the current user (client id + username).
    key: RefCell<String>,
    nodes: Nodes,
    shown: RefCell<Option<View>>,
    /// Wakes the widget when the countdown's text next changes.
    timer: RefCell<Option<Timeout>>,
    tick: Closure<dyn FnMut()>,
    in_flight: RefCell<Option<AbortController>>,
    _listeners: [EventListener; 2],
    /// Follows the page's `lang` (a page that switches language).
    _page_lang: Option<AttributeWatch>,
    /// Refreshes when the tab is shown again.
    _on_shown: Option<EventListener>,
}

/// Milliseconds since the epoch; the only clock the widget reads.
fn now_ms() -> u64 {
    js_sys::Date::now() as u64
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
            let (tick, click, lang, shown) =
                (weak.clone(), weak.clone(), weak.clone(), weak.clone());
            let on_click = move |event: web_sys::Event| {
                // The second click of a double click; a keyboard press has detail 0.
                let detail = event.dyn_ref::<MouseEvent>().map_or(0, |e| e.detail());
                if detail <= 1 {
                    if let Some(inner) = click.upgrade() {
                        Inner::press(&inner);
                    }
                }
            };
            let on_keydown = |event: web_sys::Event| {
                // Enter held down repeats key presses; only the first counts.
                if event
                    .dyn_ref::<KeyboardEvent>()
                    .is_some_and(KeyboardEvent::repeat)
                {
                    event.prevent_default();
                }
            };
            let document = nodes.root.owner_document();
            // A hidden tab's timers are slowed down (to once a minute after a
            // while): shown again, it shows the right time at once.
            let on_shown = document.as_ref().map(|document| {
                EventListener::new(document, "visibilitychange", move |_| {
                    if let Some(inner) = shown.upgrade() {
                        inner.refresh();
                    }
                })
            });
            let html = document.and_then(|document| document.document_element());
            let page_lang = html.and_then(|html| {
                AttributeWatch::new(&html, "lang", move || {
                    if let Some(inner) = lang.upgrade() {
                        Inner::choose_catalog(&inner);
                        inner.refresh();
                    }
                })
            });
            Inner {
                messages: RefCell::new(Messages::default()),
                settings: RefCell::new(settings),
                callbacks,
                state: RefCell::new(state),
                key: RefCell::new(key),
                shown: RefCell::new(None),
                timer: RefCell::new(None),
                tick: Closure::new(move || {
                    if let Some(inner) = tick.upgrade() {
                        inner.timer.borrow_mut().take();
                        inner.refresh();
                    }
                }),
                in_flight: RefCell::new(None),
                _listeners: [
                    EventListener::new(&nodes.button, "click", on_click),
                    EventListener::new(&nodes.button, "keydown", on_keydown),
                ],
                _page_lang: page_lang,
                _on_shown: on_shown,
                nodes,
            }
        });
        Inner::choose_catalog(&inner);
        inner.persist();
        inner.refresh();
        Ok(Self { inner })
    }

    /// Changes settings. A new user (or client) starts over with their own
    /// stored deadline; any request in flight for the old one is abandoned.
    /// Returns what `change` returns.
    pub fn update<T>(&self, change: impl FnOnce(&mut Settings) -> T) -> T {
        let out = change(&mut self.inner.settings.borrow_mut());
        self.inner.settings_changed();
        out
    }

    /// Unmounts the widget (as dropping it does) and hands back its
    /// settings, for mounting again later.
    pub fn unmount(self) -> Settings {
        std::mem::take(&mut *self.inner.settings.borrow_mut())
    }
}

impl Drop for Widget {
    fn drop(&mut self) {
        // The timer and the listeners end with `Inner` (this is its only
        // strong reference); the request must be aborted, and the nodes go.
        self.inner.abort();
        self.inner.nodes.root.set_text_content(None);
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
    /// Carries a change of settings out (not generic, so each caller of
    /// [`Widget::update`] shares it).
    fn settings_changed(self: &Rc<Self>) {
        let settings = self.settings.borrow();
        let key = settings.storage_key();
        if *self.key.borrow() != key {
            self.abort();
            let stored = storage::load(&key);
            *self.state.borrow_mut() =
                WidgetState::load(&settings, stored.as_deref(), false, now_ms());
            *self.key.borrow_mut() = key;
        }
        drop(settings);
        Inner::choose_catalog(self);
        self.refresh();
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
        // A press from inside a settings change (a page's console hook that
        // clicks, say) is ignored rather than a panic.
        let Ok(settings) = this.settings.try_borrow() else {
            return;
        };
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
        let (request, endpoint, collected) = crate::shell::advanced_security::request(settings);
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
            let now = now_ms();
            let current = this.settings.borrow();
            this.state.borrow_mut().finish(&result, &current, now);
            drop(current);
            this.persist();
            this.refresh();
            match result {
                Ok(details) => {
                    if let Some(on_sent) = &this.callbacks.on_sent {
                        on_sent(&details);
                    }
                }
                Err(error) => {
                    if error.class().is_setup_problem() {
                        // For the developer; the person sees "contact support".
                        web_sys::console::warn_1(&error.message().into());
                    }
                    // The words the widget shows, and how long it now holds the button.
                    let hold = this.state.borrow().remaining_ms(now);
                    let failure = Failure::new(error, &this.messages.borrow(), hold);
                    if let Some(on_error) = &this.callbacks.on_error {
                        on_error(&failure);
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

    /// Shows the present moment and, while a countdown runs, wakes up when
    /// its text next changes. Read from the deadline each time, so a tab that
    /// slept shows the right time when it wakes.
    fn refresh(&self) {
        let now = now_ms();
        let state = self.state.borrow();
        let enumeration_safe = self.settings.borrow().enumeration_safe;
        let view = state.view(&self.messages.borrow(), enumeration_safe, now);
        let old = self.shown.borrow_mut().take();
        self.nodes.show(old, &view);
        *self.shown.borrow_mut() = Some(view);
        let next = state
            .next_tick_in(now)
            .map(|wait| Timeout::new(self.tick.as_ref(), (wait + 5) as u32));
        // Replacing the handle clears the timer it held.
        *self.timer.borrow_mut() = next;
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
