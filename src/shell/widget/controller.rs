//! The widget's controller: it holds the settings and the state, turns a
//! press into a request and an answer into a new state, and asks the
//! renderer to show each moment. Its timer, listeners and request in flight
//! are handles owned here, so dropping the widget ends all of them.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{AbortController, Element, KeyboardEvent, MouseEvent};

use super::render::Nodes;
use crate::catalogs;
use crate::failure::Failure;
use crate::messages::{Locale, Messages};
use crate::protocol::{
    CodeDeliveryDetails, DeliveryMedium, EndpointConfig, ResendError, ResendRequest,
};
use crate::shell::infallible::abort_controller;
use crate::shell::storage;
use crate::shell::timers::{AttributeWatch, Callback, EventListener, Timeout};
use crate::shell::transport::resend_cancellable;
use crate::widget_state::{Press, Settings, Status, View, ViewOptions, WidgetState};

/// Called with where the code went after each successful send.
pub type OnSent = Rc<dyn Fn(&CodeDeliveryDetails)>;
/// Called with the failure after each failed send.
pub type OnError = Rc<dyn Fn(&Failure)>;
/// Called with no arguments.
pub type OnEvent = Rc<dyn Fn()>;
/// Called with the widget's custom states, space-separated (`sent cooldown`).
pub type OnStates = Rc<dyn Fn(&str)>;

/// What the widget tells its owner.
#[derive(Clone, Default)]
pub struct Callbacks {
    /// After each successful send.
    pub on_sent: Option<OnSent>,
    /// After each failed send (also for an unknown user in enumeration-safe
    /// mode, which the screen shows as a success).
    pub on_error: Option<OnError>,
    /// The person wants to fix their email or phone number. Set, the help
    /// line offers it.
    pub on_change_destination: Option<OnEvent>,
    /// The states changed (for the element's `:state()`).
    pub on_states: Option<OnStates>,
}

/// How one asked-for send ended: the code went out, or a failure (also
/// when nothing was sent: `CooldownActive`, `Disabled`, a setup problem).
pub type Outcome = Result<CodeDeliveryDetails, Failure>;

type Waiter = Box<dyn FnOnce(&Outcome)>;

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
    /// `start_cooldown` is still owed: mounted before its settings named a
    /// user.
    start_pending: Cell<bool>,
    nodes: Nodes,
    shown: RefCell<Option<View>>,
    /// Wakes the widget when the countdown's text next changes.
    timer: RefCell<Option<Timeout>>,
    tick: Callback,
    in_flight: RefCell<Option<AbortController>>,
    /// Told how the request in flight ends ([`Widget::send`]).
    waiters: RefCell<Vec<Waiter>>,
    _listeners: [EventListener; 3],
    /// Follows the page's `lang` (a page that switches language).
    _page_lang: Option<AttributeWatch>,
    /// Picks the words again: when the page's `lang` changes, and when a
    /// catalog the widget waited for has loaded. Declared after the watch
    /// that calls it, so it is dropped after the watch has stopped.
    language_changed: Callback,
    /// Refreshes when the tab is shown again.
    _on_shown: Option<EventListener>,
}

/// Milliseconds since the epoch; the only clock the widget reads.
fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

impl Widget {
    /// Fills `root` with the widget and starts it: the stored deadline of
    /// this user is restored, and `start_cooldown` applies (mounted before
    /// its settings name a user: to the first they name).
    pub fn mount(root: Element, settings: Settings, callbacks: Callbacks) -> Result<Self, JsValue> {
        Self::mount_with_slots(root, settings, callbacks, false)
    }

    /// [`Widget::mount`] into a shadow root, each text in a `<slot>` named
    /// after its message key (the custom element).
    pub fn mount_with_slots(
        root: Element,
        settings: Settings,
        callbacks: Callbacks,
        slots: bool,
    ) -> Result<Self, JsValue> {
        let nodes = Nodes::build(root, slots)?;
        let now = now_ms();
        let key = settings.storage_key();
        let state = WidgetState::load(&settings, storage::load(&key).as_deref(), true, now);
        let start_pending = settings.start_cooldown && !settings.names_a_user();
        let inner = Rc::new_cyclic(|weak: &Weak<Inner>| {
            let call = |cue| Inner::callback(weak, cue);
            let document = nodes.root.owner_document();
            // A hidden tab's timers are slowed down (to once a minute after a
            // while): shown again, it shows the right time at once.
            let on_shown = document
                .as_ref()
                .map(|document| EventListener::new(document, "visibilitychange", call(Cue::Shown)));
            let html = document.and_then(|document| document.document_element());
            let language_changed = call(Cue::Language);
            let page_lang = html.map(|html| {
                AttributeWatch::new(&html, "lang", language_changed.as_ref().unchecked_ref())
            });
            Inner {
                messages: RefCell::new(Messages::default()),
                settings: RefCell::new(settings),
                callbacks,
                state: RefCell::new(state),
                key: RefCell::new(key),
                start_pending: Cell::new(start_pending),
                shown: RefCell::new(None),
                timer: RefCell::new(None),
                tick: call(Cue::Tick),
                language_changed,
                in_flight: RefCell::new(None),
                waiters: RefCell::default(),
                _listeners: [
                    EventListener::new(&nodes.button, "click", call(Cue::Click)),
                    EventListener::new(&nodes.button, "keydown", call(Cue::KeyDown)),
                    EventListener::new(
                        &nodes.change_destination,
                        "click",
                        call(Cue::ChangeDestination),
                    ),
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

    /// Sends as a press does (the cooldown, the in-flight guard and
    /// `disabled` apply), and calls `done` with how it ended. While a
    /// request is in flight, `done` waits for that one: one intent, one
    /// send. When nothing can be sent, `done` is called at once with a
    /// failure that says why (`CooldownActive`, `Disabled` or the setup
    /// problem; `Aborted` when the page's own code, run before the request
    /// leaves, moved the widget to another user).
    pub fn send(&self, done: impl FnOnce(&Outcome) + 'static) {
        let inner = &self.inner;
        if *inner.state.borrow().status() != Status::Sending {
            if let Some(refused) = Inner::press(inner) {
                let hold = inner.state.borrow().remaining_ms(now_ms());
                let failure = Failure::new(refused, &inner.messages.borrow(), hold);
                return done(&Err(failure));
            }
        }
        inner.waiters.borrow_mut().push(Box::new(done));
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
        let orphaned = self.inner.abort();
        self.inner.nodes.root.set_text_content(None);
        self.inner.reject_aborted(orphaned);
    }
}

/// The page's `lang` and the browser's language, for choosing the words.
pub(crate) fn page_languages() -> (String, String) {
    let window = crate::shell::window();
    let page_lang = window
        .document()
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute("lang"))
        .unwrap_or_default();
    let browser = window.navigator().language().unwrap_or_default();
    (page_lang, browser)
}

/// What woke the widget: each of its listeners, its observer and its timer
/// is a [`Callback`] that says which.
#[derive(Clone, Copy)]
enum Cue {
    /// A click on the button.
    Click,
    /// A key pressed on the button.
    KeyDown,
    /// A click on "Change your email or phone number".
    ChangeDestination,
    /// The tab was shown again.
    Shown,
    /// The page's `lang` changed, or a catalog the widget waited for loaded.
    Language,
    /// The countdown's text is due to change.
    Tick,
}

impl Inner {
    /// The one closure type behind every listener, the observer and the
    /// timer: one copy of wasm-bindgen's closure code in the wasm, not six.
    fn callback(weak: &Weak<Self>, cue: Cue) -> Callback {
        let weak = weak.clone();
        Closure::new(move |event: JsValue| {
            if let Some(inner) = weak.upgrade() {
                Inner::on(&inner, cue, event.unchecked_ref());
            }
        })
    }

    /// Handles `cue`; `event` is the DOM event of a listener's cue (for the
    /// observer and the timer, whatever they pass).
    fn on(this: &Rc<Self>, cue: Cue, event: &web_sys::Event) {
        match cue {
            // The second click of a double click is ignored; a keyboard
            // press has detail 0. Read unchecked: a synthetic `Event` has
            // no `detail`, read as 0.
            Cue::Click => {
                if event.unchecked_ref::<MouseEvent>().detail() <= 1 {
                    let _ = Inner::press(this);
                }
            }
            // Enter held down repeats key presses; only the first counts.
            // Read unchecked: a synthetic `Event` has no `repeat` (false).
            Cue::KeyDown => {
                if event.unchecked_ref::<KeyboardEvent>().repeat() {
                    event.prevent_default();
                }
            }
            Cue::ChangeDestination => {
                if let Some(on_change) = &this.callbacks.on_change_destination {
                    on_change();
                }
            }
            // Shown again: what another tab has stored since shows too.
            Cue::Shown => {
                this.persist();
                this.refresh();
            }
            Cue::Language => {
                Inner::choose_catalog(this);
                this.refresh();
            }
            // Storage is read again too: a wait held by another's request
            // ends as soon as its answer takes the hold back.
            Cue::Tick => {
                this.timer.borrow_mut().take();
                this.persist();
                this.refresh();
            }
        }
    }

    /// Carries a change of settings out (not generic, so each caller of
    /// [`Widget::update`] shares it).
    fn settings_changed(self: &Rc<Self>) {
        let settings = self.settings.borrow();
        let key = settings.storage_key();
        let mut orphaned = Vec::new();
        if *self.key.borrow() != key {
            orphaned = self.abort();
            let stored = storage::load(&key);
            // The first user of a widget mounted without one gets the
            // `start_cooldown` wait that mounting could not give.
            let first_user = self.start_pending.get() && settings.names_a_user();
            if first_user {
                self.start_pending.set(false);
            }
            *self.state.borrow_mut() =
                WidgetState::load(&settings, stored.as_deref(), first_user, now_ms());
            *self.key.borrow_mut() = key;
            if first_user {
                self.persist();
            }
        }
        let mut state = self.state.borrow_mut();
        state.set_disabled(settings.disabled, now_ms());
        // The next wait's length (and the next send's hold).
        state.set_policy(settings.policy());
        drop((state, settings));
        Inner::choose_catalog(self);
        self.refresh();
        // Told last, with nothing borrowed: a waiter may use the widget again.
        self.reject_aborted(orphaned);
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
                catalogs::load_then(
                    locale,
                    this.language_changed.as_ref().clone().unchecked_into(),
                );
                settings.catalog(Locale::En, &[])
            }
        };
        drop(settings);
        *this.messages.borrow_mut() = messages;
    }

    /// A press: sends, or returns why nothing was sent.
    fn press(this: &Rc<Self>) -> Option<ResendError> {
        let now = now_ms();
        // A press from inside a settings change (a page's console hook that
        // clicks, say) is ignored rather than a panic.
        let Ok(settings) = this.settings.try_borrow() else {
            return Some(ResendError::CooldownActive);
        };
        // Another tab may have sent for this user since.
        this.persist();
        let press = this.state.borrow_mut().press(&settings, now);
        let mut refused = match press {
            Press::Ignore if settings.disabled => Some(ResendError::Disabled),
            // Shown too: the wait may be one another tab started.
            Press::Ignore => Some(ResendError::CooldownActive),
            Press::Refuse(problem) => Some(ResendError::Setup(problem)),
            Press::Send => None,
        };
        // Built while the settings are borrowed (the page's language is read,
        // which runs no page code).
        let outgoing = refused.is_none().then(|| {
            // The language the widget speaks, also while its catalog loads.
            let (page, browser) = page_languages();
            let (request, endpoint) = settings.request(settings.language(&page, &browser));
            (request, endpoint, settings.timeout_ms(), settings.debug)
        });
        drop(settings);
        // Said with nothing borrowed: a page's console hook may change the
        // settings from inside it.
        if let Some(ResendError::Setup(problem)) = &refused {
            web_sys::console::error_1(&problem.as_str().into());
        }
        if let Some(outgoing) = outgoing {
            refused = Self::send(this, outgoing);
        }
        this.refresh();
        refused
    }

    /// Sends what a press built. Returns `Aborted` when the page, from inside
    /// its own code that this runs before the request leaves (its
    /// advanced-security script, a `console.debug` hook), moved the widget
    /// to another user (who may have a request of their own by then), even
    /// if back again: then nothing is sent or stored for this press.
    /// (Removed there, the element drops its widget a microtask later: the
    /// request is aborted, usually before it leaves, and its hold stays, as
    /// for any removal mid-request.)
    fn send(
        this: &Rc<Self>,
        (mut request, endpoint, timeout, debug): (ResendRequest, EndpointConfig, u32, bool),
    ) -> Option<ResendError> {
        let controller = abort_controller();
        let cancel = Some(controller.signal());
        // Set first: a change of user, or an unmount, aborts it from here on.
        *this.in_flight.borrow_mut() = Some(controller);
        let sent_for = this.key.borrow().clone();
        // The page's code runs here, with nothing borrowed.
        let collection = crate::shell::advanced_security::fill(&mut request, &endpoint);
        if debug {
            log_debug("advanced security", &collection.note());
            log_debug("request", &request.to_redacted_json());
        }
        // This request's own signal: aborted when the page moved the widget to
        // another user (even if back again, or on to a request of its own).
        if cancel.as_ref().is_some_and(web_sys::AbortSignal::aborted) {
            return Some(ResendError::Aborted);
        }
        // Its hold, stored until the answer.
        this.persist();
        let weak = Rc::downgrade(this);
        wasm_bindgen_futures::spawn_local(async move {
            let result = resend_cancellable(&request, &endpoint, timeout, cancel.as_ref()).await;
            // Unmounted, or moved on to another user, while it ran (the
            // answer may have arrived just before the abort).
            let Some(this) = weak.upgrade() else { return };
            if matches!(result, Err(ResendError::Aborted)) || *this.key.borrow() != sent_for {
                return;
            }
            this.in_flight.borrow_mut().take();
            let now = now_ms();
            let current = this.settings.borrow();
            this.state.borrow_mut().finish(&result, &current, now);
            drop(current);
            // The callers of this request only: a listener below may start
            // the next one.
            let waiters = std::mem::take(&mut *this.waiters.borrow_mut());
            this.persist();
            this.refresh();
            let outcome = result.map_err(|error| {
                if error.class().is_setup_problem() {
                    // For the developer; the person sees "contact support".
                    let mut warning = error.message();
                    if let Some(advice) = error.owner_advice() {
                        warning.push_str(". ");
                        warning.push_str(advice);
                    }
                    web_sys::console::warn_1(&warning.into());
                }
                // The words the widget shows, and how long it now holds the button.
                let hold = this.state.borrow().remaining_ms(now);
                let mut failure = Failure::new(error, &this.messages.borrow(), hold);
                // The sentence on the screen: the alert, or in
                // enumeration-safe mode the success an unknown user is shown
                // (a page that echoes it must not tell the two apart).
                if let Some(shown) = this.shown.borrow().as_ref() {
                    let words = if shown.failed.is_empty() {
                        &shown.sent
                    } else {
                        &shown.failed
                    };
                    if !words.is_empty() {
                        failure.friendly_message.clone_from(words);
                    }
                }
                failure
            });
            // The answer is in: the page's listeners may change the widget.
            match &outcome {
                Ok(details) => {
                    if let Some(on_sent) = &this.callbacks.on_sent {
                        on_sent(details);
                    }
                }
                Err(failure) => {
                    if let Some(on_error) = &this.callbacks.on_error {
                        on_error(failure);
                    }
                }
            }
            if debug {
                match &outcome {
                    Ok(details) => log_debug("sent", &describe(details)),
                    Err(failure) => log_debug("error", &failure.error.message()),
                }
            }
            tell(waiters, &outcome);
        });
        None
    }

    /// Aborts the request in flight; returns its waiting `send()` callers,
    /// to be told once nothing is borrowed ([`Inner::reject_aborted`]).
    #[must_use]
    fn abort(&self) -> Vec<Waiter> {
        // Its hold stays stored: the code may have gone out.
        let in_flight = self.in_flight.borrow_mut().take();
        if let Some(controller) = in_flight {
            controller.abort();
        }
        std::mem::take(&mut *self.waiters.borrow_mut())
    }

    /// Tells `waiters` their request was abandoned (`AbortError`).
    fn reject_aborted(&self, waiters: Vec<Waiter>) {
        if !waiters.is_empty() {
            let failure = Failure::new(ResendError::Aborted, &self.messages.borrow(), 0);
            tell(waiters, &Err(failure));
        }
    }

    /// Keeps a running wait, or the hold of a request in flight, for
    /// reloads and other tabs, merged with what they stored, so the longer
    /// wait holds ([`WidgetState::sync_stored`]).
    fn persist(&self) {
        let now = now_ms();
        let key = self.key.borrow();
        let mut state = self.state.borrow_mut();
        if let Some(stored) = state.sync_stored(storage::load(&key).as_deref(), now) {
            storage::save(&key, &stored);
        }
    }

    /// Shows the present moment and, while a countdown runs, wakes up when
    /// its text next changes. Read from the deadline each time, so a tab that
    /// slept shows the right time when it wakes.
    fn refresh(&self) {
        let now = now_ms();
        let state = self.state.borrow();
        let messages = self.messages.borrow();
        let language = messages.locale().tag();
        let clock = |at: u64| crate::shell::clock::time_of_day(at, language);
        let settings = self.settings.borrow();
        let options = ViewOptions {
            enumeration_safe: settings.enumeration_safe,
            help: settings.help,
            change_destination: settings.change_destination
                && self.callbacks.on_change_destination.is_some(),
            disabled: settings.disabled,
            clock: Some(&clock),
        };
        drop(settings);
        let view = state.view_with(&messages, &options, now);
        let next = state.next_tick_in(now);
        // Nothing stays borrowed past here: moving the focus (at the end)
        // fires focus events at once, and a page's listener may press or
        // change the widget from inside them.
        drop((messages, state));
        let old = self.shown.borrow_mut().take();
        let states_changed = old
            .as_ref()
            .is_none_or(|old| (old.state, old.outcome) != (view.state, view.outcome));
        let refocus = self.nodes.show(old, &view);
        if let Some(on_states) = self.callbacks.on_states.as_ref().filter(|_| states_changed) {
            on_states(&spaced(&[view.state, view.outcome]));
        }
        *self.shown.borrow_mut() = Some(view);
        let next = next.map(|wait| Timeout::new(self.tick.as_ref(), (wait + 5) as u32));
        // Replacing the handle clears the timer it held.
        *self.timer.borrow_mut() = next;
        // Last: a page's focus listener may press or change the widget.
        if refocus {
            self.nodes.focus_button();
        }
    }
}

/// Tells each `send()` caller how its request ended.
fn tell(waiters: Vec<Waiter>, outcome: &Outcome) {
    for done in waiters {
        done(outcome);
    }
}

fn describe(details: &CodeDeliveryDetails) -> String {
    spaced(&[
        details.delivery_medium.as_ref().map(DeliveryMedium::as_str),
        details.destination.as_deref(),
        details.attribute_name.as_deref(),
    ])
}

/// The words that are there, with a space between each two.
fn spaced(words: &[Option<&str>]) -> String {
    let mut text = String::new();
    for word in words.iter().flatten() {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(word);
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
