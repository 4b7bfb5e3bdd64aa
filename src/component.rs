//! The Leptos `<ResendCode/>` component: props in, a button and a message out.
//! It holds no protocol, timing or wording logic of its own: it asks the
//! cooldown whether it may send, the transport to send, and the catalog what
//! to say, and keeps the deadline in storage.

use leptos::leptos_dom::helpers::{set_timeout_with_handle, TimeoutHandle};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::time::Duration;

use crate::cooldown::{storage_key, Cooldown, CooldownPolicy, CooldownReason};
use crate::messages::{hidden_as_success, is_configuration_problem, Locale, MessageKey, Messages};
use crate::protocol::{
    AnalyticsMetadata, ClientMetadata, CodeDeliveryDetails, EndpointConfig, ResendError,
    ResendRequest, UserContextData,
};
use crate::storage;
use crate::transport::{resend_cancellable, DEFAULT_TIMEOUT_MS};

/// What the last press led to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
enum Status {
    #[default]
    Idle,
    Sending,
    Sent(CodeDeliveryDetails),
    /// An unknown user in enumeration-safe mode: shown as a neutral success.
    SentHidden,
    /// The error and the cooldown it started (for "please wait {wait}").
    Failed(ResendError, u64),
}

/// Milliseconds since the epoch; the only clock the widget reads.
fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// A "Resend code" button for Cognito sign-up confirmation.
///
/// Pressing it calls `ResendConfirmationCode` for `username`, then says where
/// the code went ("We emailed a code to a***@e***.") or, in plain words, what
/// went wrong, through a polite live region (`role="status"`) or an alert.
/// While the request is in flight the button says so; after each send it
/// counts down ("Resend code in 0:27") and ignores presses until the time is
/// up. The wait grows with repeated sends, Cognito's attempt limit gives a
/// long wait, and the deadline survives a reload (see [`crate::cooldown`]).
/// Double clicks, key repeat and Enter held down send one request; nothing is
/// retried automatically.
///
/// Set one of `endpoint`, `region` or `user_pool_id` to say where Cognito is.
/// Include `style/resend-code.css` for the default look.
///
/// ## Usage
/// ```no_run
/// use cognito_resend_code::ResendCode;
/// use leptos::prelude::*;
///
/// #[component]
/// fn ConfirmSignUp(username: String) -> impl IntoView {
///     view! {
///         <p>"Enter the code we sent you."</p>
///         <ResendCode
///             client_id="1example23456789"
///             user_pool_id="us-east-1_AbC123"
///             username=username
///             start_cooldown=true
///             on_sent=move |details| leptos::logging::log!("sent: {details:?}")
///         />
///     }
/// }
/// ```
#[component]
pub fn ResendCode(
    /// The app client id (`ClientId`). Use a public client, without a secret.
    #[prop(into)]
    client_id: Signal<String>,
    /// The user to resend the code to: user name or alias (email, phone).
    /// Changing it starts over for that user (their own stored cooldown).
    #[prop(into)]
    username: Signal<String>,
    /// The AWS region of the user pool, such as `us-east-1`.
    #[prop(optional, into)]
    region: MaybeProp<String>,
    /// The user pool id, such as `us-east-1_AbC123`; gives the region.
    #[prop(optional, into)]
    user_pool_id: MaybeProp<String>,
    /// A URL that replaces the AWS endpoint: an emulator or a proxy.
    #[prop(optional, into)]
    endpoint: MaybeProp<String>,
    /// Use the FIPS endpoint (US regions only).
    #[prop(optional, into)]
    fips: Signal<bool>,
    /// A SecretHash computed on your server, for app clients with a secret.
    /// Never put the client secret itself in a page.
    #[prop(optional, into)]
    secret_hash: MaybeProp<String>,
    /// `ClientMetadata` for the custom-message Lambda trigger, in order; e.g.
    /// the page's language, so the code's email is written in it.
    #[prop(optional, into)]
    client_metadata: MaybeProp<ClientMetadata>,
    /// `AnalyticsMetadata.AnalyticsEndpointId` (Amazon Pinpoint).
    #[prop(optional, into)]
    analytics_endpoint_id: MaybeProp<String>,
    /// `UserContextData.IpAddress`. Only a server knows the person's public
    /// address (a browser never sees it), so set this only from server-rendered
    /// data.
    #[prop(optional, into)]
    ip_address: MaybeProp<String>,
    /// `UserContextData.EncodedData`. Unset, it is collected at send time from
    /// Cognito's advanced-security script if the page loaded it
    /// (`AmazonCognitoAdvancedSecurityData`), which needs `user_pool_id`.
    #[prop(optional, into)]
    encoded_data: MaybeProp<String>,
    /// A setup problem the page must fix (wrappers use it for attributes they
    /// could not read): a press logs it with `console.error`, shows the
    /// "not set up correctly" message and sends nothing.
    #[prop(optional, into)]
    setup_error: MaybeProp<String>,
    /// Give up on a request after this many milliseconds (default 15 000).
    #[prop(optional, into)]
    timeout_ms: MaybeProp<u32>,
    /// The wait after the first send, in seconds (default 30); it doubles
    /// with each further send, up to 5 minutes. 0 turns it off.
    #[prop(optional, into)]
    cooldown_secs: MaybeProp<u32>,
    /// Start with the first wait on mount, for pages shown right after
    /// sign-up has sent a code. Off by default.
    #[prop(optional)]
    start_cooldown: bool,
    /// The language (`de`, `pt-BR`, ...). Unset: the page's `lang`, then the
    /// browser's language, then English.
    #[prop(optional, into)]
    locale: MaybeProp<String>,
    /// Your own wording for any message, over the locale's catalog.
    #[prop(optional, into)]
    messages: MaybeProp<Vec<(MessageKey, String)>>,
    /// Show an unknown user exactly like a success (and every success without
    /// its destination), so the widget never tells which accounts exist.
    #[prop(optional, into)]
    enumeration_safe: Signal<bool>,
    /// Log each request (SecretHash redacted) and response to the console.
    #[prop(optional, into)]
    debug: Signal<bool>,
    /// Called with where the code went after each successful send.
    #[prop(optional, into)]
    on_sent: Option<Callback<CodeDeliveryDetails>>,
    /// Called with the error after each failed send (also for an unknown user
    /// in enumeration-safe mode, which the screen shows as a success).
    #[prop(optional, into)]
    on_error: Option<Callback<ResendError>>,
) -> impl IntoView {
    let policy =
        move || CooldownPolicy::with_base_seconds(cooldown_secs.get_untracked().unwrap_or(30));
    let status = RwSignal::new(Status::Idle);
    let cooldown = RwSignal::new(Cooldown::new(CooldownPolicy::default()));
    let now = RwSignal::new(now_ms());
    let ticker: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);

    let catalog = Memo::new(move |_| {
        let document = document();
        let page_lang = document
            .document_element()
            .and_then(|root| root.get_attribute("lang"))
            .unwrap_or_default();
        let browser = window().navigator().language().unwrap_or_default();
        let asked = locale.get().unwrap_or_default();
        Messages::new(Locale::negotiate([asked.as_str(), &page_lang, &browser]))
            .with_overrides(messages.get().unwrap_or_default())
    });

    // Re-renders once per displayed second while a cooldown runs, from the
    // deadline, so a tab that slept shows the right time when it wakes. No
    // timer exists when no cooldown is active.
    let schedule_tick = move || {
        fn tick(
            now: RwSignal<u64>,
            cooldown: RwSignal<Cooldown>,
            ticker: StoredValue<Option<TimeoutHandle>>,
        ) {
            let current = now_ms();
            let _ = now.try_set(current);
            let Some(remaining) = cooldown.try_with_untracked(|c| c.remaining_ms(current)) else {
                return;
            };
            if remaining == 0 {
                ticker.try_set_value(None);
                return;
            }
            let until_next_second = match remaining % 1000 {
                0 => 1000,
                ms => ms,
            };
            let handle = set_timeout_with_handle(
                move || tick(now, cooldown, ticker),
                Duration::from_millis(until_next_second + 5),
            )
            .ok();
            ticker.try_set_value(handle);
        }
        if let Some(Some(handle)) = ticker.try_get_value() {
            handle.clear();
        }
        tick(now, cooldown, ticker);
    };
    // The request in flight, so that leaving the page cancels it.
    let in_flight: StoredValue<Option<web_sys::AbortController>> = StoredValue::new(None);
    on_cleanup(move || {
        if let Some(Some(handle)) = ticker.try_get_value() {
            handle.clear();
        }
        if let Some(Some(controller)) = in_flight.try_get_value() {
            controller.abort();
        }
    });

    let key = Memo::new(move |_| storage_key(&client_id.get(), &username.get()));
    let persist = move || {
        let current = now_ms();
        let stored = cooldown.with_untracked(|c| c.to_stored(current));
        storage::save(&key.get_untracked(), stored.as_deref());
    };
    // The user's stored deadline, if any; `start_cooldown` only on mount.
    let load = move |key: &str, on_mount: bool| {
        let mut fresh = Cooldown::new(policy());
        let current = now_ms();
        if let Some(stored) = storage::load(key) {
            fresh.restore(&stored, current);
        }
        if on_mount && start_cooldown && fresh.can_send(current) {
            fresh.start(current);
        }
        fresh
    };
    cooldown.set(load(&key.get_untracked(), true));
    persist();
    schedule_tick();

    // A new user (or client) starts over, with their own stored deadline.
    Effect::new(move |previous: Option<String>| {
        let current = key.get();
        if previous.is_some_and(|p| p != current) {
            status.set(Status::Idle);
            cooldown.set(load(&current, false));
            schedule_tick();
        }
        current
    });

    let send = move |event: web_sys::MouseEvent| {
        // The second click of a double click; a keyboard press has detail 0.
        if event.detail() > 1 {
            return;
        }
        let current = now_ms();
        if status.with_untracked(|s| *s == Status::Sending)
            || !cooldown.with_untracked(|c| c.can_send(current))
        {
            return;
        }
        if let Some(problem) = setup_error.get_untracked() {
            web_sys::console::error_1(&problem.clone().into());
            status.set(Status::Failed(ResendError::Setup(problem), 0));
            return;
        }
        let non_empty = |value: Option<String>| value.filter(|v| !v.is_empty());
        let mut request = ResendRequest::new(client_id.get_untracked(), username.get_untracked());
        request.secret_hash = non_empty(secret_hash.get_untracked());
        request.client_metadata = client_metadata.get_untracked();
        request.analytics_metadata =
            non_empty(analytics_endpoint_id.get_untracked()).map(|id| AnalyticsMetadata {
                analytics_endpoint_id: Some(id),
            });
        request.user_context_data = Some(UserContextData {
            ip_address: non_empty(ip_address.get_untracked()),
            encoded_data: non_empty(encoded_data.get_untracked()),
        });
        let pool = user_pool_id.get_untracked();
        let collected = crate::advanced_security::fill(&mut request, pool.as_deref());
        let endpoint = EndpointConfig {
            endpoint: endpoint.get_untracked(),
            region: region.get_untracked(),
            user_pool_id: pool,
            fips: fips.get_untracked(),
        };
        let timeout = timeout_ms.get_untracked().unwrap_or(DEFAULT_TIMEOUT_MS);
        let debug = debug.get_untracked();
        let enumeration_safe = enumeration_safe.get_untracked();
        if debug {
            log_debug("advanced security", &collected);
            log_debug("request", &request.to_redacted_json());
        }
        let sent_for = key.get_untracked();
        let controller = web_sys::AbortController::new().ok();
        let cancel = controller.as_ref().map(web_sys::AbortController::signal);
        in_flight.set_value(controller);
        status.set(Status::Sending);
        spawn_local(async move {
            let result = resend_cancellable(&request, &endpoint, timeout, cancel.as_ref()).await;
            if matches!(result, Err(ResendError::Aborted)) {
                return;
            }
            in_flight.try_set_value(None);
            let done = now_ms();
            if debug {
                match &result {
                    Ok(details) => log_debug("sent", &describe(details)),
                    Err(error) => log_debug("error", &error.to_string()),
                }
            }
            // The component may have been unmounted, or moved on to another
            // user, while the request ran.
            if status.is_disposed() || key.get_untracked() != sent_for {
                return;
            }
            // The base wait is a prop a caller may change at any time.
            cooldown.update(|c| c.set_policy(policy()));
            let next = match result {
                Ok(details) => {
                    cooldown.update(|c| c.on_sent(done));
                    if let Some(callback) = on_sent {
                        callback.run(details.clone());
                    }
                    Status::Sent(details)
                }
                Err(error) => {
                    if is_configuration_problem(&error) {
                        // For the developer; the person sees "contact support".
                        web_sys::console::warn_1(&error.to_string().into());
                    }
                    let next = if hidden_as_success(&error, enumeration_safe) {
                        cooldown.update(|c| c.on_sent(done));
                        Status::SentHidden
                    } else {
                        cooldown.update(|c| c.on_error(&error, done));
                        let wait = cooldown.with_untracked(|c| c.remaining_ms(done));
                        Status::Failed(error.clone(), wait)
                    };
                    if let Some(callback) = on_error {
                        callback.run(error);
                    }
                    next
                }
            };
            status.set(next);
            persist();
            schedule_tick();
        });
    };

    // Enter held down repeats key presses; only the first one counts.
    let ignore_repeat = move |event: web_sys::KeyboardEvent| {
        if event.repeat() {
            event.prevent_default();
        }
    };

    let sending = move || status.with(|s| *s == Status::Sending);
    let remaining = move || cooldown.with(|c| c.remaining_ms(now.get()));
    let unavailable = move || sending() || remaining() > 0;
    let label = move || {
        catalog.with(|m| match remaining() {
            _ if sending() => m.get(MessageKey::SendingButton).to_owned(),
            0 => m.get(MessageKey::ResendButton).to_owned(),
            ms => m.cooldown_button(ms),
        })
    };
    let accessible_name = move || match remaining() {
        0 => None,
        ms if !sending() => Some(catalog.with(|m| m.cooldown_label(ms))),
        _ => None,
    };
    let waiting_reason = move || {
        cooldown.with(|c| match c.active(now.get()) {
            Some((_, CooldownReason::LimitExceeded)) => Some("limit"),
            Some(_) => Some("cooldown"),
            None => None,
        })
    };
    let sent = move || {
        status.with(|s| match s {
            Status::Sent(details) => {
                catalog.with(|m| m.sent(details, enumeration_safe.get_untracked()))
            }
            Status::SentHidden => catalog.with(|m| m.get(MessageKey::SentNeutral).to_owned()),
            _ => String::new(),
        })
    };
    let failed = move || {
        status.with(|s| match s {
            Status::Failed(error, wait) => catalog.with(|m| m.error(error, *wait)),
            _ => String::new(),
        })
    };

    view! {
        <div
            class="cognito-resend-code"
            lang=move || catalog.with(|m| m.locale().tag())
            data-state=move || {
                if sending() { Some("sending") } else { waiting_reason() }
            }
        >
            <button
                type="button"
                class="crc-button"
                part="button"
                aria-disabled=move || unavailable().then_some("true")
                aria-busy=move || sending().then_some("true")
                on:click=send
                on:keydown=ignore_repeat
            >
                <span class="crc-spinner" aria-hidden="true"></span>
                // During a cooldown the countdown is for the eyes and the
                // words are for assistive technology; the name still starts
                // with the visible label for speech input.
                <span class="crc-label" aria-hidden=move || accessible_name().is_some().then_some("true")>
                    {label}
                </span>
                <span class="crc-visually-hidden">{accessible_name}</span>
            </button>
            <p class="crc-message crc-sent" part="message" role="status">{sent}</p>
            <p class="crc-message crc-error" part="message error" role="alert">{failed}</p>
        </div>
    }
}

fn describe(details: &CodeDeliveryDetails) -> String {
    let mut text = String::new();
    for part in [
        details.delivery_medium.as_ref().map(|m| m.as_str()),
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
