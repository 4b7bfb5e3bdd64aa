//! The component and the transport in headless Chromium, against the fake
//! Cognito that tools/test.sh starts (`FAKE_COGNITO_URL`, default port 4571).
#![cfg(target_arch = "wasm32")]

use std::sync::{Arc, Mutex};

use cognito_resend_code::cooldown::CooldownPolicy;
use cognito_resend_code::failure::Failure;
use cognito_resend_code::messages::{Locale, Messages};
use cognito_resend_code::protocol::{
    ClientMetadata, CodeDeliveryDetails, CognitoErrorKind, EndpointConfig, ResendError,
    ResendRequest, UserContextData,
};
use cognito_resend_code::transport::resend_confirmation_code;
use cognito_resend_code::ResendCode;
use leptos::mount::UnmountHandle;
use leptos::prelude::*;
use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{HtmlButtonElement, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

#[path = "support/fake_server.rs"]
mod fake_server;
use fake_server::FAKE;

#[path = "support/browser_time.rs"]
mod browser_time;
use browser_time::{sleep, wait_until};

/// A username no other test uses: `scenario+<random>` (the fake ignores the
/// part after `+`). Tests run concurrently and share the fake.
fn unique(scenario: &str) -> String {
    format!("{scenario}+{}", (js_sys::Math::random() * 1e9) as u64)
}

/// The requests the fake received for this username.
async fn fake_requests(username: &str) -> Vec<Value> {
    fake_server::received()
        .await
        .into_iter()
        .filter(|r| {
            let body: Value = serde_json::from_str(r["body"].as_str().unwrap()).unwrap_or_default();
            body["Username"] == username
        })
        .collect()
}

/// How to mount a widget for a test.
#[derive(Clone, Default)]
struct Options {
    username: String,
    user_pool_id: Option<String>,
    client_metadata: Option<ClientMetadata>,
    analytics_endpoint_id: Option<String>,
    ip_address: Option<String>,
    encoded_data: Option<String>,
    setup_error: Option<String>,
    endpoint: Option<String>,
    secret_hash: Option<String>,
    timeout_ms: Option<u32>,
    cooldown_secs: Option<u32>,
    locale: Option<String>,
    enumeration_safe: bool,
    start_cooldown: bool,
    help: bool,
    disabled: bool,
    language_metadata_key: Option<String>,
}

fn with_user(username: &str) -> Options {
    Options {
        username: username.to_owned(),
        ..Options::default()
    }
}

/// What the callbacks received.
#[derive(Clone, Default)]
struct Calls {
    sent: Arc<Mutex<Vec<CodeDeliveryDetails>>>,
    errors: Arc<Mutex<Vec<Failure>>>,
    changes: Arc<Mutex<u32>>,
    /// The app's context each callback found (`use_context`), in call order.
    contexts: Arc<Mutex<Vec<Option<AppContext>>>>,
}

/// Context the test app provides around the component, as apps provide a
/// router or their state.
#[derive(Clone, Copy, Debug, PartialEq)]
struct AppContext(u32);

fn seen_context(contexts: &Mutex<Vec<Option<AppContext>>>) {
    contexts.lock().unwrap().push(use_context::<AppContext>());
}

/// A mounted widget and the handles a person would use.
struct Widget {
    root: HtmlElement,
    calls: Calls,
    handle: Option<UnmountHandle<leptos::tachys::view::any_view::AnyViewState>>,
}

impl Widget {
    fn mount(options: Options) -> Self {
        let document = web_sys::window().unwrap().document().unwrap();
        let root: HtmlElement = document.create_element("div").unwrap().unchecked_into();
        document.body().unwrap().append_child(&root).unwrap();
        let calls = Calls::default();
        let (sent, errors, changes) = (
            calls.sent.clone(),
            calls.errors.clone(),
            calls.changes.clone(),
        );
        let contexts = calls.contexts.clone();
        let handle = leptos::mount::mount_to(root.clone(), move || {
            provide_context(AppContext(7));
            let options = options.clone();
            let (sent, errors) = (sent.clone(), errors.clone());
            let changes = changes.clone();
            let (on_sent, on_error, on_change) =
                (contexts.clone(), contexts.clone(), contexts.clone());
            view! {
                <ResendCode
                    client_id="webclient"
                    username=options.username
                    endpoint=options.endpoint.unwrap_or_else(|| FAKE.to_owned())
                    secret_hash=options.secret_hash
                    timeout_ms=options.timeout_ms
                    cooldown_secs=options.cooldown_secs
                    locale=options.locale
                    enumeration_safe=options.enumeration_safe
                    start_cooldown=options.start_cooldown
                    user_pool_id=options.user_pool_id
                    client_metadata=options.client_metadata
                    analytics_endpoint_id=options.analytics_endpoint_id
                    ip_address=options.ip_address
                    encoded_data=options.encoded_data
                    setup_error=options.setup_error
                    help=options.help
                    disabled=options.disabled
                    language_metadata_key=options.language_metadata_key
                    on_sent=move |details| {
                        seen_context(&on_sent);
                        sent.lock().unwrap().push(details)
                    }
                    on_error=move |failure: Failure| {
                        seen_context(&on_error);
                        errors.lock().unwrap().push(failure)
                    }
                    on_change_destination=move || {
                        seen_context(&on_change);
                        *changes.lock().unwrap() += 1
                    }
                />
            }
            .into_any()
        });
        Self {
            root,
            calls,
            handle: Some(handle),
        }
    }

    /// Unmounts and removes it, like leaving the page.
    fn remove(mut self) {
        drop(self.handle.take());
        self.root.remove();
    }

    /// "Change your email or phone number" in the help line.
    fn change_control(&self) -> HtmlElement {
        self.root
            .query_selector(".crc-change")
            .unwrap()
            .unwrap()
            .unchecked_into()
    }

    fn button(&self) -> HtmlButtonElement {
        self.root
            .query_selector("button")
            .unwrap()
            .unwrap()
            .unchecked_into()
    }

    /// The visible label.
    fn label(&self) -> String {
        self.text(".crc-label")
    }

    /// The button's accessible name (what a screen reader says).
    fn spoken(&self) -> String {
        let hidden = self.text(".crc-visually-hidden");
        if hidden.is_empty() {
            self.label()
        } else {
            hidden
        }
    }

    fn unavailable(&self) -> bool {
        self.button().get_attribute("aria-disabled").as_deref() == Some("true")
    }

    fn text(&self, selector: &str) -> String {
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap_or_default()
    }

    fn error_names(&self) -> Vec<String> {
        let errors = self.calls.errors.lock().unwrap();
        errors
            .iter()
            .map(|failure| failure.name().to_owned())
            .collect()
    }

    fn status(&self) -> String {
        self.text("[role=status]")
    }

    fn alert(&self) -> String {
        self.text("[role=alert]")
    }

    async fn press_and_wait_for_alert(&self) -> String {
        self.button().click();
        wait_until("an alert", 5_000, || !self.alert().is_empty()).await;
        self.alert()
    }

    async fn press_and_wait_for_status(&self) -> String {
        self.button().click();
        wait_until("a status", 5_000, || !self.status().is_empty()).await;
        self.status()
    }
}

fn english() -> Messages {
    Messages::new(Locale::En)
}

#[wasm_bindgen_test]
async fn a_press_sends_once_then_the_button_counts_down() {
    let username = unique("fake.slow");
    let widget = Widget::mount(with_user(&username));
    let button = widget.button();
    assert_eq!(widget.label(), "Resend code");
    assert!(!widget.unavailable());
    // Two presses in the same tick, before the DOM shows the sending state.
    button.click();
    button.click();
    wait_until("the sending state", 2_000, || widget.label() == "Sending…").await;
    assert!(widget.unavailable());
    assert_eq!(button.get_attribute("aria-busy").as_deref(), Some("true"));
    button.click();
    wait_until("the result", 5_000, || !widget.status().is_empty()).await;
    assert_eq!(widget.status(), "We emailed a code to s***@e***.");
    assert_eq!(widget.alert(), "");
    // The cooldown: visible, in the accessible name in words, and presses do nothing.
    assert!(widget.unavailable());
    assert!(
        widget.label() == "Resend code in 0:30" || widget.label() == "Resend code in 0:29",
        "{}",
        widget.label()
    );
    let name = widget.spoken();
    assert_eq!(
        widget
            .root
            .query_selector(".crc-label")
            .unwrap()
            .unwrap()
            .get_attribute("aria-hidden")
            .as_deref(),
        Some("true")
    );
    assert!(
        name.starts_with("Resend code, available in ") && name.ends_with(" seconds"),
        "{name}"
    );
    button.click();
    sleep(100).await;
    assert_eq!(fake_requests(&username).await.len(), 1);
    assert_eq!(widget.calls.sent.lock().unwrap().len(), 1);
    assert_eq!(
        widget.calls.sent.lock().unwrap()[0].destination.as_deref(),
        Some("s***@e***")
    );
}

/// A property taken away for a test, put back as it was when dropped. A
/// failed check aborts the wasm rather than unwinding, so a test drops it
/// before its checks.
struct Removed {
    object: js_sys::Object,
    name: JsValue,
    descriptor: JsValue,
}

impl Removed {
    fn new(object: JsValue, name: &str) -> Self {
        let object: js_sys::Object = object.unchecked_into();
        let name = JsValue::from(name);
        let descriptor = js_sys::Object::get_own_property_descriptor(&object, &name);
        js_sys::Reflect::delete_property(&object, &name).unwrap();
        Self {
            object,
            name,
            descriptor,
        }
    }
}

impl Drop for Removed {
    fn drop(&mut self) {
        if !self.descriptor.is_undefined() {
            js_sys::Object::define_property(
                &self.object,
                &self.name,
                self.descriptor.unchecked_ref(),
            );
        }
    }
}

#[wasm_bindgen_test]
async fn a_browser_without_abort_signal_any_still_sends() {
    // Safari before 17.4, Chromium before 116 and Firefox before 124 have no
    // `AbortSignal.any`: a press there must not stay "Sending…" for good.
    let abort_signal = js_sys::Reflect::get(&js_sys::global(), &"AbortSignal".into()).unwrap();
    let without_any = Removed::new(abort_signal, "any");
    let username = unique("fake.email");
    let widget = Widget::mount(with_user(&username));
    widget.button().click();
    let mut waited = 0;
    while widget.status().is_empty() && waited < 5_000 {
        sleep(20).await;
        waited += 20;
    }
    drop(without_any);
    assert!(
        !widget.status().is_empty(),
        "no answer; the label: {}",
        widget.label()
    );
    assert!(
        widget.status().starts_with("We emailed a code to "),
        "{}",
        widget.status()
    );
    assert_eq!(fake_requests(&username).await.len(), 1);
}

#[wasm_bindgen_test]
async fn the_countdown_ends_and_the_button_works_again() {
    let username = unique("fake.email");
    let widget = Widget::mount(Options {
        cooldown_secs: Some(1),
        ..with_user(&username)
    });
    widget.press_and_wait_for_status().await;
    assert_eq!(widget.label(), "Resend code in 0:01");
    assert!(widget.unavailable());
    wait_until("the end of the cooldown", 2_500, || {
        widget.label() == "Resend code"
    })
    .await;
    assert!(!widget.unavailable());
    assert_eq!(widget.spoken(), "Resend code");
    // The second send waits twice as long.
    widget.button().click();
    wait_until("the second cooldown", 2_000, || {
        widget.label() == "Resend code in 0:02"
    })
    .await;
    assert_eq!(fake_requests(&username).await.len(), 2);
}

#[wasm_bindgen_test]
async fn the_cooldown_survives_leaving_and_coming_back() {
    let username = unique("fake.email");
    let first = Widget::mount(with_user(&username));
    let status = first.press_and_wait_for_status().await;
    // Said here, not as a failed check in the first cycle below.
    assert!(
        first.unavailable(),
        "the first press started no cooldown; it showed {status:?} and {:?}",
        first.text("[role=alert]")
    );
    first.remove();
    let again = Widget::mount(with_user(&username));
    wait_until("the restored cooldown", 1_000, || {
        again.label().starts_with("Resend code in 0:")
    })
    .await;
    assert!(again.unavailable());
    again.button().click();
    sleep(100).await;
    assert_eq!(fake_requests(&username).await.len(), 1);
    // Another user of the same client is not held.
    let other = Widget::mount(with_user(&unique("fake.email")));
    assert_eq!(other.label(), "Resend code");
    // Storage holds no username.
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    for i in 0..storage.length().unwrap() {
        let key = storage.key(i).unwrap().unwrap();
        let value = storage.get_item(&key).unwrap().unwrap();
        assert!(
            !key.contains("fake.") && !value.contains("fake."),
            "{key} = {value}"
        );
    }
}

#[wasm_bindgen_test]
async fn leaving_mid_request_keeps_the_wait_its_code_may_have_started() {
    let username = unique("fake.slow");
    let first = Widget::mount(with_user(&username));
    first.button().click();
    wait_until("the sending state", 2_000, || first.label() == "Sending…").await;
    // The route changes before the answer comes.
    first.remove();
    let again = Widget::mount(with_user(&username));
    wait_until("the kept wait", 1_000, || {
        again.label().starts_with("Resend code in 0:")
    })
    .await;
    // The first request may or may not have left before it was aborted.
    sleep(100).await;
    let before = fake_requests(&username).await.len();
    again.button().click();
    assert_ne!(again.label(), "Sending…");
    sleep(800).await;
    assert_eq!(fake_requests(&username).await.len(), before);
    assert!(again.calls.sent.lock().unwrap().is_empty());
}

#[wasm_bindgen_test]
async fn two_widgets_for_one_user_send_once_though_both_were_idle() {
    let username = unique("fake.email");
    let first = Widget::mount(with_user(&username));
    let second = Widget::mount(with_user(&username));
    assert_eq!(second.label(), "Resend code");
    first.press_and_wait_for_status().await;
    // The second reads what the first stored when it is pressed.
    second.button().click();
    assert!(
        second.label().starts_with("Resend code in 0:"),
        "{}",
        second.label()
    );
    sleep(100).await;
    assert_eq!(fake_requests(&username).await.len(), 1);
    assert!(second.calls.sent.lock().unwrap().is_empty());
}

/// Two widgets for a new user of `scenario`: the first pressed, then the
/// second while the first's request is in flight (another tab, or another
/// widget), which its hold holds.
async fn second_pressed_mid_request(scenario: &str) -> (String, Widget, Widget) {
    let username = unique(scenario);
    let first = Widget::mount(with_user(&username));
    let second = Widget::mount(with_user(&username));
    first.button().click();
    wait_until("the sending state", 2_000, || first.label() == "Sending…").await;
    second.button().click();
    assert_counting_down(&second);
    (username, first, second)
}

fn assert_counting_down(widget: &Widget) {
    let label = widget.label();
    assert!(label.starts_with("Resend code in 0:"), "{label}");
}

#[wasm_bindgen_test]
async fn a_second_widget_pressed_while_the_first_request_is_in_flight_sends_nothing() {
    let (username, first, _second) = second_pressed_mid_request("fake.slow").await;
    wait_until("the answer", 3_000, || !first.status().is_empty()).await;
    sleep(100).await;
    assert_eq!(fake_requests(&username).await.len(), 1);
}

#[wasm_bindgen_test]
async fn a_page_left_mid_request_without_unmounting_keeps_the_wait() {
    let username = unique("fake.hang");
    let first = Widget::mount(with_user(&username));
    first.button().click();
    wait_until("the sending state", 2_000, || first.label() == "Sending…").await;
    // A reload: nothing of the widget runs on the way out.
    first.root.remove();
    std::mem::forget(first);
    assert_counting_down(&Widget::mount(with_user(&username)));
}

#[wasm_bindgen_test]
async fn an_answer_that_sent_nothing_takes_its_hold_back() {
    let (username, first, second) = second_pressed_mid_request("fake.slow-fault").await;
    wait_until("the alert", 3_000, || !first.alert().is_empty()).await;
    // A server fault sent nothing: a reload, the widget that sent and the
    // one that saw its hold may all try again at once.
    let again = Widget::mount(with_user(&username));
    assert_eq!(again.label(), "Resend code");
    assert_eq!(first.label(), "Resend code");
    // The one that saw the hold reads storage at its next second.
    wait_until("the second freed", 2_000, || {
        second.label() == "Resend code"
    })
    .await;
    second.button().click();
    assert_eq!(second.label(), "Sending…");
    wait_until("the second's alert", 3_000, || !second.alert().is_empty()).await;
    assert_eq!(fake_requests(&username).await.len(), 2);
}

#[wasm_bindgen_test]
async fn corrupt_or_foreign_stored_values_are_ignored() {
    let username = unique("fake.email");
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let key = cognito_resend_code::cooldown::storage_key("webclient", &username);
    for junk in [
        "garbage",
        "v1:99999999999999:s:1",
        "v9:1:s:1",
        "{\"until\":1}",
    ] {
        storage.set_item(&key, junk).unwrap();
        let widget = Widget::mount(with_user(&username));
        assert_eq!(widget.label(), "Resend code", "{junk}");
        assert!(!widget.unavailable(), "{junk}");
        widget.remove();
    }
    // The widget rewrites what it cannot read.
    let widget = Widget::mount(with_user(&username));
    widget.press_and_wait_for_status().await;
    assert!(storage.get_item(&key).unwrap().unwrap().starts_with("v1:"));
}

#[wasm_bindgen_test]
async fn start_cooldown_holds_the_button_from_the_start() {
    let widget = Widget::mount(Options {
        start_cooldown: true,
        cooldown_secs: Some(45),
        ..with_user(&unique("fake.email"))
    });
    wait_until("the initial cooldown", 1_000, || {
        widget.label() == "Resend code in 0:45"
    })
    .await;
    assert!(widget.unavailable());
}

#[wasm_bindgen_test]
async fn every_cognito_error_shows_its_own_message_and_no_developer_detail() {
    for kind in CognitoErrorKind::ALL {
        let name = kind.name();
        let widget = Widget::mount(with_user(&unique(&format!("fake.error.{name}"))));
        let shown = widget.press_and_wait_for_alert().await;
        let error = ResendError::Cognito {
            kind,
            message: Some(format!("Fake {name}")),
        };
        let wait = if kind == CognitoErrorKind::LimitExceeded {
            15 * 60 * 1000
        } else {
            0
        };
        if kind == CognitoErrorKind::LimitExceeded {
            // Said as the time of day it ends (the_attempt_limit_says_the_time_of_day...).
            assert!(
                shown.starts_with("Too many attempts. You can ask for a new code at "),
                "{shown}"
            );
        } else {
            assert_eq!(shown, english().error(&error, wait), "{name}");
        }
        assert!(
            !shown.contains("Fake") && !shown.contains("Exception"),
            "{name}: {shown}"
        );
        assert_eq!(widget.status(), "");
        // on_error gets the one failure value callers get everywhere.
        let failures = widget.calls.errors.lock().unwrap().clone();
        let [failure] = failures.as_slice() else {
            panic!("{name}: one on_error call, not {}", failures.len())
        };
        assert_eq!(failure.name(), name);
        assert_eq!(
            failure.cognito_message(),
            Some(format!("Fake {name}").as_str())
        );
        assert_eq!(failure.friendly_message, shown, "{name}");
        let hold = CooldownPolicy::default()
            .wait_after_error(&error)
            .map_or(0, |(wait, _)| wait);
        assert_eq!(failure.cooldown_ms, hold, "{name}");
        assert_eq!(
            failure.retryable(),
            error.class().retry_may_help(),
            "{name}"
        );
        assert_eq!(
            failure.setup_problem(),
            error.class().is_setup_problem(),
            "{name}"
        );
        widget.remove();
    }
}

#[wasm_bindgen_test]
async fn the_attempt_limit_holds_the_button_for_fifteen_minutes() {
    let widget = Widget::mount(with_user(&unique("fake.error.LimitExceededException")));
    let alert = widget.press_and_wait_for_alert().await;
    // Rounded up to the minute; the minute may turn meanwhile.
    let times: Vec<String> = [-60_000.0, 0.0, 60_000.0]
        .iter()
        .map(|shift| time_of_day(js_sys::Date::now() + 15.0 * 60_000.0 + shift, "en"))
        .collect();
    assert!(
        times.iter().any(
            |time| alert == format!("Too many attempts. You can ask for a new code at {time}.")
        ),
        "{alert}"
    );
    assert!(
        widget.label().starts_with("Resend code at "),
        "{}",
        widget.label()
    );
    assert!(widget.unavailable());
    let state = widget
        .root
        .query_selector(".cognito-resend-code")
        .unwrap()
        .unwrap();
    assert_eq!(state.get_attribute("data-state").as_deref(), Some("limit"));
}

#[wasm_bindgen_test]
async fn throttling_gives_a_short_wait_and_server_faults_none() {
    let throttled = Widget::mount(with_user(&unique("fake.error.TooManyRequestsException")));
    throttled.press_and_wait_for_alert().await;
    assert_eq!(throttled.label(), "Resend code in 0:10");
    let internal = Widget::mount(with_user(&unique("fake.error.InternalErrorException")));
    assert_eq!(
        internal.press_and_wait_for_alert().await,
        "Something went wrong on our side. Please try again in a moment."
    );
    assert_eq!(internal.label(), "Resend code");
    assert!(!internal.unavailable(), "usable again after a server fault");
}

#[wasm_bindgen_test]
async fn already_confirmed_tells_the_person_to_sign_in() {
    let widget = Widget::mount(with_user(&unique("fake.confirmed")));
    assert_eq!(
        widget.press_and_wait_for_alert().await,
        "Your account is already confirmed. You can sign in now."
    );
}

#[wasm_bindgen_test]
async fn enumeration_safe_mode_shows_an_unknown_user_exactly_like_a_success() {
    let known = Widget::mount(Options {
        enumeration_safe: true,
        ..with_user(&unique("fake.email"))
    });
    let unknown = Widget::mount(Options {
        enumeration_safe: true,
        ..with_user(&unique("fake.error.UserNotFoundException"))
    });
    let known_text = known.press_and_wait_for_status().await;
    let unknown_text = unknown.press_and_wait_for_status().await;
    assert_eq!(
        known_text,
        "If an account exists for this username, we've sent a code."
    );
    assert_eq!(unknown_text, known_text);
    assert_eq!(unknown.alert(), known.alert());
    assert_eq!(unknown.label(), known.label());
    assert_eq!(unknown.unavailable(), known.unavailable());
    let markup = |w: &Widget| {
        w.root.inner_html().replace(
            &w.button().get_attribute("aria-label").unwrap_or_default(),
            "",
        )
    };
    assert_eq!(markup(&unknown), markup(&known));
    // The page is told (on_error), but in the words the person was shown.
    let failures = unknown.calls.errors.lock().unwrap();
    assert_eq!(failures.len(), 1);
    assert_eq!(failures[0].name(), "UserNotFoundException");
    assert_eq!(failures[0].friendly_message, known_text);
}

#[wasm_bindgen_test]
async fn the_locale_comes_from_the_prop_then_the_page() {
    let german = Widget::mount(Options {
        locale: Some("de-DE".into()),
        ..with_user(&unique("fake.sms"))
    });
    assert_eq!(german.label(), "Code erneut senden");
    let text = german.press_and_wait_for_status().await;
    assert_eq!(
        text,
        Messages::new(Locale::De)
            .get(cognito_resend_code::messages::MessageKey::SentSms)
            .replace("{destination}", "+*******1234")
    );
    assert!(german.label().starts_with("Code erneut senden in 0:"));

    let html = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .document_element()
        .unwrap();
    html.set_attribute("lang", "ja").unwrap();
    let japanese = Widget::mount(with_user(&unique("fake.email")));
    html.set_attribute("lang", "en").unwrap();
    assert_eq!(
        japanese.label(),
        Locale::Ja.text(cognito_resend_code::messages::MessageKey::ResendButton)
    );
    let container = japanese
        .root
        .query_selector(".cognito-resend-code")
        .unwrap()
        .unwrap();
    assert_eq!(container.get_attribute("lang").as_deref(), Some("ja"));
}

#[wasm_bindgen_test]
async fn the_secret_hash_prop_goes_on_the_wire_and_nowhere_in_the_dom() {
    let username = unique("fake.email");
    let widget = Widget::mount(Options {
        secret_hash: Some("c2VjcmV0aGFzaA==".into()),
        ..with_user(&username)
    });
    widget.press_and_wait_for_status().await;
    let requests = fake_requests(&username).await;
    assert_eq!(
        requests[0]["body"].as_str().unwrap(),
        format!(
            r#"{{"ClientId":"webclient","Username":"{username}","SecretHash":"c2VjcmV0aGFzaA=="}}"#
        )
    );
    assert!(!widget.root.outer_html().contains("c2VjcmV0aGFzaA"));
}

#[wasm_bindgen_test]
async fn an_invalid_username_is_reported_without_a_request() {
    let username = format!("{}\tx", unique("fake.email"));
    let widget = Widget::mount(with_user(&username));
    assert_eq!(
        widget.press_and_wait_for_alert().await,
        "That username isn't valid. Check it and try again."
    );
    assert_eq!(fake_requests(&username).await.len(), 0);
    assert!(!widget.unavailable(), "the person can fix it and retry");
}

#[wasm_bindgen_test]
async fn a_server_that_never_answers_times_out() {
    let widget = Widget::mount(Options {
        timeout_ms: Some(300),
        ..with_user(&unique("fake.hang"))
    });
    assert_eq!(
        widget.press_and_wait_for_alert().await,
        "The server took too long to answer. Please try again."
    );
    assert!(!widget.unavailable());
    assert_eq!(widget.error_names(), ["TimeoutError"]);
}

#[wasm_bindgen_test]
async fn a_refused_connection_is_a_network_error() {
    // Port 9 (discard) has no listener here: the connection is refused.
    let widget = Widget::mount(Options {
        endpoint: Some("http://127.0.0.1:9/".into()),
        ..with_user(&unique("fake.email"))
    });
    assert_eq!(
        widget.press_and_wait_for_alert().await,
        "We couldn't reach the server. Check your connection and try again."
    );
}

#[wasm_bindgen_test]
async fn a_url_the_browser_refuses_is_the_pages_setup_not_the_network() {
    // Our check lets bracketed hosts through; the browser's URL parser does
    // not take this one.
    let widget = Widget::mount(Options {
        endpoint: Some("http://[1:2]:80/".into()),
        ..with_user(&unique("fake.email"))
    });
    assert_eq!(
        widget.press_and_wait_for_alert().await,
        "This sign-up form isn't set up correctly. Please contact support."
    );
    assert_eq!(widget.error_names(), ["InvalidEndpoint"]);
    assert!(!widget.unavailable(), "a setup problem holds nothing");
}

#[wasm_bindgen_test]
async fn a_server_without_cors_headers_is_told_apart_from_a_dead_one() {
    // The fake's /_nocors path answers without CORS headers.
    let widget = Widget::mount(Options {
        endpoint: Some(format!("{FAKE}_nocors")),
        ..with_user(&unique("fake.email"))
    });
    assert_eq!(
        widget.press_and_wait_for_alert().await,
        "This page isn't allowed to contact the sign-up service. Please contact support."
    );
    assert_eq!(widget.error_names(), ["CorsError"]);
}

/// What the browser actually sent for a request with every field set:
/// protocol.md's conformance vector 1, byte for byte, and the headers.
#[wasm_bindgen_test]
async fn wire_bytes_and_headers_match_the_conformance_vector() {
    // protocol.md's vector uses the username "ok"; only this test sends it.
    let request = ResendRequest::new("4example5client6id7abcdefg", "ok")
        .with_client_secret("s3cr3t")
        .with_user_context_data(UserContextData {
            ip_address: Some("192.0.2.1".into()),
            encoded_data: Some("enc-data".into()),
        })
        .with_analytics_endpoint_id("ep-123")
        .with_client_metadata([("source", "widget"), ("lang", "en")]);
    let endpoint = EndpointConfig {
        endpoint: Some(FAKE.into()),
        ..Default::default()
    };
    let details = resend_confirmation_code(&request, &endpoint, 5_000)
        .await
        .unwrap();
    assert_eq!(details.destination.as_deref(), Some("a***@e***"));

    let requests = fake_requests("ok").await;
    let sent = requests.last().expect("the fake saw the request");
    assert_eq!(sent["method"], "POST");
    assert_eq!(sent["path"], "/");
    assert_eq!(
        sent["body"],
        r#"{"ClientId":"4example5client6id7abcdefg","Username":"ok","SecretHash":"jk2Rnl4OIrVU4cAE+QcQlcB8n2/dQghm5Md/MIG76uc=","UserContextData":{"IpAddress":"192.0.2.1","EncodedData":"enc-data"},"AnalyticsMetadata":{"AnalyticsEndpointId":"ep-123"},"ClientMetadata":{"source":"widget","lang":"en"}}"#
    );
    let header = |name: &str| -> Vec<String> {
        sent["headers"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|pair| pair[0] == name)
            .map(|pair| pair[1].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(header("content-type"), ["application/x-amz-json-1.1"]);
    assert_eq!(
        header("x-amz-target"),
        ["AWSCognitoIdentityProviderService.ResendConfirmationCode"]
    );
    assert_eq!(
        header("x-amz-user-agent"),
        [concat!("cognito-resend-code/", env!("CARGO_PKG_VERSION"))]
    );
    assert!(
        header("authorization").is_empty(),
        "no Authorization header"
    );
    assert!(header("cookie").is_empty(), "no credentials");
}

/// Defines (or removes) a stand-in for Cognito's advanced-security script.
fn stand_in_collector(body: Option<&str>) {
    let global = js_sys::global();
    match body {
        Some(body) => {
            let collector = js_sys::Object::new();
            let get_data = js_sys::Function::new_with_args("username, userPoolId, clientId", body);
            js_sys::Reflect::set(&collector, &"getData".into(), &get_data).unwrap();
            js_sys::Reflect::set(
                &global,
                &"AmazonCognitoAdvancedSecurityData".into(),
                &collector,
            )
            .unwrap();
        }
        None => {
            js_sys::Reflect::delete_property(
                global.unchecked_ref::<js_sys::Object>(),
                &"AmazonCognitoAdvancedSecurityData".into(),
            )
            .unwrap();
        }
    }
}

async fn sent_body(options: Options) -> String {
    let username = options.username.clone();
    let widget = Widget::mount(options);
    widget.press_and_wait_for_status().await;
    let requests = fake_requests(&username).await;
    requests.last().unwrap()["body"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// Every field from the component's props, in the protocol's key order; the
/// advanced-security script present, absent and throwing. (One test: the
/// stand-in is page-global and tests run concurrently.)
#[wasm_bindgen_test]
async fn every_field_from_props_and_advanced_security_data() {
    let all = |username: &str| Options {
        user_pool_id: Some("us-east-1_Pool".into()),
        secret_hash: Some("aGFzaA==".into()),
        client_metadata: Some([("source", "widget"), ("lang", "de")].into_iter().collect()),
        analytics_endpoint_id: Some("ep-123".into()),
        ip_address: Some("192.0.2.1".into()),
        encoded_data: Some("from-the-page".into()),
        ..with_user(username)
    };
    let u = unique("fake.email");
    assert_eq!(
        sent_body(all(&u)).await,
        format!(
            r#"{{"ClientId":"webclient","Username":"{u}","SecretHash":"aGFzaA==","UserContextData":{{"IpAddress":"192.0.2.1","EncodedData":"from-the-page"}},"AnalyticsMetadata":{{"AnalyticsEndpointId":"ep-123"}},"ClientMetadata":{{"source":"widget","lang":"de"}}}}"#
        )
    );

    // The script is on the page: EncodedData comes from it, with the user,
    // the pool and the client, unless the caller set one.
    stand_in_collector(Some(
        "return 'asd|' + username + '|' + userPoolId + '|' + clientId;",
    ));
    let u = unique("fake.email");
    let collected = sent_body(Options {
        encoded_data: None,
        ..all(&u)
    })
    .await;
    assert!(collected.contains(&format!(r#""UserContextData":{{"IpAddress":"192.0.2.1","EncodedData":"asd|{u}|us-east-1_Pool|webclient"}}"#)), "{collected}");
    let u = unique("fake.email");
    assert!(sent_body(all(&u))
        .await
        .contains(r#""EncodedData":"from-the-page""#));
    // Without a user pool id it cannot ask: sent without.
    let u = unique("fake.email");
    assert_eq!(
        sent_body(with_user(&u)).await,
        format!(r#"{{"ClientId":"webclient","Username":"{u}"}}"#)
    );

    // The script throws: sent without EncodedData, nothing breaks.
    stand_in_collector(Some("throw new Error('collector broke');"));
    let u = unique("fake.email");
    let body = sent_body(Options {
        user_pool_id: Some("us-east-1_Pool".into()),
        ..with_user(&u)
    })
    .await;
    assert_eq!(
        body,
        format!(r#"{{"ClientId":"webclient","Username":"{u}"}}"#)
    );

    // Absent: the same.
    stand_in_collector(None);
    let u = unique("fake.email");
    let body = sent_body(Options {
        user_pool_id: Some("us-east-1_Pool".into()),
        ..with_user(&u)
    })
    .await;
    assert_eq!(
        body,
        format!(r#"{{"ClientId":"webclient","Username":"{u}"}}"#)
    );
}

#[wasm_bindgen_test]
async fn a_setup_error_is_said_and_nothing_is_sent() {
    let username = unique("fake.email");
    let widget = Widget::mount(Options {
        setup_error: Some("client-metadata: ClientMetadata is not valid JSON".into()),
        ..with_user(&username)
    });
    assert_eq!(
        widget.press_and_wait_for_alert().await,
        "This sign-up form isn't set up correctly. Please contact support."
    );
    assert_eq!(fake_requests(&username).await.len(), 0);
}

#[wasm_bindgen_test]
async fn the_server_render_is_what_the_widget_draws_and_hydration_adopts_it() {
    use cognito_resend_code::widget::{Callbacks, Widget as DomWidget};
    use cognito_resend_code::widget_markup::{before_hydration, render_html};
    use cognito_resend_code::widget_state::{Settings, WidgetState};

    let username = unique("markup");
    let settings = Settings {
        client_id: "webclient".into(),
        username: username.clone(),
        endpoint: Some(FAKE.to_owned()),
        ..Settings::default()
    };
    let now = js_sys::Date::now() as u64;
    let first_frame = WidgetState::load(&settings, None, true, now).view(&english(), false, now);

    // What the component draws in the browser is what a server renders.
    let widget = Widget::mount(with_user(&username));
    let root = widget
        .root
        .query_selector(".cognito-resend-code")
        .unwrap()
        .unwrap();
    // (Leptos leaves an empty comment after the nodes: a placeholder for the
    // root's declared-empty children.)
    assert_eq!(
        root.inner_html().replace("<!---->", ""),
        render_html(&first_frame)
    );
    widget.remove();

    // A root holding the server's render is taken over, not filled twice,
    // and the button becomes usable.
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    host.set_attribute("class", "cognito-resend-code").unwrap();
    host.set_inner_html(&render_html(&before_hydration(first_frame.clone())));
    document.body().unwrap().append_child(&host).unwrap();
    let server_button = host.query_selector("button").unwrap().unwrap();
    let widget = DomWidget::mount(host.clone(), settings, Callbacks::default()).unwrap();
    assert_eq!(
        host.child_element_count(),
        5,
        "button, status, alert, announcement and help line, once"
    );
    let button = host.query_selector("button").unwrap().unwrap();
    assert!(
        button.is_same_node(Some(&server_button)),
        "the server's button was replaced"
    );
    assert_eq!(host.inner_html(), render_html(&first_frame));
    drop(widget);
    host.remove();
}

#[wasm_bindgen_test]
async fn a_thousand_mounts_and_unmounts_leave_the_wasm_memory_as_it_was() {
    // During a cooldown, so every mount also restores a deadline and starts
    // (and its unmount clears) a timer. The first mount starts the cooldown
    // (`start_cooldown`), not a press: this test measures memory, and the
    // restore itself has tests of its own. (With a press, WebKitGTK failed
    // it about once in twenty runs: a mount showed the button free.)
    let username = unique("fake.email");
    let options = Options {
        start_cooldown: true,
        cooldown_secs: Some(3_600),
        ..with_user(&username)
    };
    // One cycle per turn of the event loop, as a person navigating would:
    // Leptos finishes an unmounted view's effects in tasks of their own.
    let cycles = |n: usize| {
        let options = options.clone();
        async move {
            for cycle in 0..n {
                let widget = Widget::mount(options.clone());
                assert!(
                    widget.unavailable(),
                    "cycle {cycle}: the button is free ({:?})",
                    widget.label()
                );
                widget.remove();
                let turn = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
                let _ = wasm_bindgen_futures::JsFuture::from(turn).await;
            }
        }
    };
    let memory = || {
        wasm_bindgen::memory()
            .unchecked_into::<js_sys::WebAssembly::Memory>()
            .buffer()
            .unchecked_into::<js_sys::ArrayBuffer>()
            .byte_length()
    };
    // Warm-up: the allocator and Leptos settle on their working sizes.
    cycles(100).await;
    let before = memory();
    cycles(1_000).await;
    let after = memory();
    // The stated bound: not one more 64 KiB page of wasm memory.
    assert!(
        after <= before + 65_536,
        "wasm memory grew from {before} to {after} bytes over 1 000 cycles"
    );
    let document = web_sys::window().unwrap().document().unwrap();
    assert!(document
        .query_selector(".cognito-resend-code")
        .unwrap()
        .is_none());
}

/// What `toLocaleTimeString` says for `at` in `language`: the time of day
/// the widget must show.
fn time_of_day(at: f64, language: &str) -> String {
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"hour".into(), &"numeric".into()).unwrap();
    js_sys::Reflect::set(&options, &"minute".into(), &"2-digit".into()).unwrap();
    js_sys::Date::new(&at.into())
        .to_locale_time_string_with_options(language, &options)
        .into()
}

#[wasm_bindgen_test]
async fn the_attempt_limit_says_the_time_of_day_in_the_persons_language() {
    let username = unique("fake.error.LimitExceededException");
    let widget = Widget::mount(Options {
        locale: Some("de".into()),
        ..with_user(&username)
    });
    let before = js_sys::Date::now();
    let alert = widget.press_and_wait_for_alert().await;
    let after = js_sys::Date::now();
    // The deadline is 15 minutes after the answer; the minute may turn between.
    // The widget rounds the deadline up to the minute.
    let candidates: Vec<String> = [before, after, after + 60_000.0]
        .iter()
        .map(|at| time_of_day(at + 15.0 * 60_000.0, "de"))
        .collect();
    assert!(
        candidates.iter().any(|time| alert
            == format!("Zu viele Versuche. Ab {time} können Sie einen neuen Code anfordern.")),
        "{alert} / {candidates:?}"
    );
    assert!(
        candidates
            .iter()
            .any(|time| widget.label() == format!("Code erneut senden ab {time}")),
        "{}",
        widget.label()
    );
    assert!(widget.unavailable());
    // The caller's failure carries the words shown.
    assert_eq!(
        widget.calls.errors.lock().unwrap()[0].friendly_message,
        alert
    );
    widget.remove();
}

#[wasm_bindgen_test]
async fn the_daily_email_cap_has_its_message_holds_the_button_and_tells_the_owner() {
    let console = web_sys::window().unwrap().get("console").unwrap();
    let warn = js_sys::Reflect::get(&console, &"warn".into()).unwrap();
    // Records what the widget warns, beside the real console.warn.
    let record = js_sys::Function::new_with_args(
        "message",
        "(globalThis.__warnings ??= []).push(String(message));",
    );
    js_sys::Reflect::set(&console, &"warn".into(), &record).unwrap();
    let username = unique("fake.daily-cap");
    let widget = Widget::mount(with_user(&username));
    let alert = widget.press_and_wait_for_alert().await;
    js_sys::Reflect::set(&console, &"warn".into(), &warn).unwrap();
    assert_eq!(
        alert,
        "We can't send more codes by email today. Please try again tomorrow or contact support."
    );
    assert!(widget.unavailable());
    assert!(
        widget.label().starts_with("Resend code at "),
        "{}",
        widget.label()
    );
    assert_eq!(
        widget
            .root
            .query_selector(".cognito-resend-code")
            .unwrap()
            .unwrap()
            .get_attribute("data-state")
            .as_deref(),
        Some("limit")
    );
    widget.button().click();
    sleep(100).await;
    assert_eq!(
        fake_requests(&username).await.len(),
        1,
        "held: no second request"
    );
    let warnings = js_sys::Reflect::get(&js_sys::global(), &"__warnings".into()).unwrap();
    let warnings: Vec<String> = js_sys::Array::from(&warnings)
        .iter()
        .filter_map(|w| w.as_string())
        .collect();
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("LimitExceededException") && w.contains("Amazon SES")),
        "{warnings:?}"
    );
    let failure = widget.calls.errors.lock().unwrap()[0].clone();
    assert!(failure.setup_problem() && !failure.retryable());
    assert_eq!(failure.cooldown_ms, 60 * 60 * 1000);
    widget.remove();
}

/// The widget calls back from its own listeners and tasks: each callback
/// still runs in the component's reactive owner, as Leptos's own event
/// handlers do, so `use_context` (a router's `use_navigate`, the app's state)
/// works inside it.
#[wasm_bindgen_test]
async fn the_callbacks_find_the_apps_context() {
    let widget = Widget::mount(Options {
        help: true,
        ..with_user(&unique("fake.email"))
    });
    widget.press_and_wait_for_status().await;
    let change = widget.change_control();
    change.click();
    let failing = Widget::mount(with_user(&unique("fake.error.InternalErrorException")));
    failing.press_and_wait_for_alert().await;
    let seen = |widget: &Widget| widget.calls.contexts.lock().unwrap().clone();
    assert_eq!(seen(&widget), [Some(AppContext(7)), Some(AppContext(7))]);
    assert_eq!(seen(&failing), [Some(AppContext(7))]);
    widget.remove();
    failing.remove();
}

#[wasm_bindgen_test]
async fn the_help_line_follows_a_result_and_the_change_control_calls_back() {
    let widget = Widget::mount(Options {
        help: true,
        ..with_user(&unique("fake.email"))
    });
    let help = widget.root.query_selector(".crc-help").unwrap().unwrap();
    assert!(
        help.has_attribute("hidden"),
        "nothing to help with before a result"
    );
    widget.press_and_wait_for_status().await;
    assert!(!help.has_attribute("hidden"));
    let text = widget.text(".crc-help-text");
    assert!(
        text.contains("spam") && text.contains("newest code"),
        "{text}"
    );
    let change = widget.change_control();
    assert!(!change.has_attribute("hidden"));
    assert_eq!(
        change.text_content().as_deref(),
        Some("Change your email or phone number")
    );
    change.click();
    assert_eq!(*widget.calls.changes.lock().unwrap(), 1);
    // Without `help`, no line (and without a handler no change control:
    // tests/asked_for.rs).
    let off = Widget::mount(with_user(&unique("fake.email")));
    off.press_and_wait_for_status().await;
    assert!(off
        .root
        .query_selector(".crc-help")
        .unwrap()
        .unwrap()
        .has_attribute("hidden"));
    widget.remove();
    off.remove();
}

#[wasm_bindgen_test]
async fn the_end_of_the_wait_is_announced_once() {
    let widget = Widget::mount(Options {
        cooldown_secs: Some(1),
        ..with_user(&unique("fake.email"))
    });
    widget.press_and_wait_for_status().await;
    let announce = || widget.text(".crc-announce");
    assert_eq!(announce(), "");
    wait_until("the end of the wait", 2_500, || {
        widget.label() == "Resend code"
    })
    .await;
    assert_eq!(announce(), "You can ask for a new code now.");
    // The same live region as before, not repeated: its node is unchanged.
    let node = widget
        .root
        .query_selector(".crc-announce")
        .unwrap()
        .unwrap();
    assert_eq!(node.get_attribute("aria-live").as_deref(), Some("polite"));
    assert_eq!(widget.status(), "We emailed a code to a***@e***.");
    widget.remove();
}

#[wasm_bindgen_test]
async fn the_language_goes_to_the_trigger_under_the_named_key_and_disabled_holds_the_button() {
    let username = unique("fake.email");
    let widget = Widget::mount(Options {
        locale: Some("fr".into()),
        language_metadata_key: Some("lang".into()),
        ..with_user(&username)
    });
    widget.press_and_wait_for_status().await;
    let requests = fake_requests(&username).await;
    let body: Value = serde_json::from_str(requests[0]["body"].as_str().unwrap()).unwrap();
    assert_eq!(body["ClientMetadata"], serde_json::json!({ "lang": "fr" }));

    let held = unique("fake.email");
    let disabled = Widget::mount(Options {
        disabled: true,
        ..with_user(&held)
    });
    assert!(disabled.unavailable());
    disabled.button().click();
    sleep(100).await;
    assert!(fake_requests(&held).await.is_empty());
    assert_eq!(disabled.status(), "");
    widget.remove();
    disabled.remove();
}
