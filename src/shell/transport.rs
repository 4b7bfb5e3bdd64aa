//! The only part that talks to the network: a gloo-net POST of a prepared
//! request, with the protocol's headers, no signing, and a timeout.

use gloo_net::http::Request;
use js_sys::{Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{AbortController, AbortSignal, RequestInit, RequestMode};

use crate::protocol::{
    parse_response_text, prepare, CodeDeliveryDetails, EndpointConfig, EndpointError,
    PreparedRequest, ResendError, ResendRequest,
};
use crate::shell::infallible::{abort_controller, header, listen, set_property, unlisten};
use crate::shell::is_offline;
use crate::shell::timers::Timeout;

pub use crate::protocol::DEFAULT_TIMEOUT_MS;

/// What came back, before it is read.
///
/// ## Usage
/// ```no_run
/// # async fn run() -> Result<(), cognito_resend_code::protocol::ResendError> {
/// use cognito_resend_code::protocol::{parse_response, prepare, EndpointConfig, ResendRequest};
/// use cognito_resend_code::transport::post;
/// let endpoint = EndpointConfig { region: Some("us-east-1".into()), ..Default::default() };
/// let raw = post(&prepare(&ResendRequest::new("cid", "ok"), &endpoint)?, 15_000, None).await?;
/// let details = parse_response(raw.status, raw.error_type.as_deref(), &raw.body)?;
/// # Ok(()) }
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawResponse {
    /// HTTP status.
    pub status: u16,
    /// `x-amzn-ErrorType`, if CORS lets the page read it.
    pub error_type: Option<String>,
    /// The body, as the browser decodes it for `Response.text()` (UTF-8, a
    /// leading byte-order mark dropped, invalid bytes as U+FFFD).
    pub body: Vec<u8>,
}

/// Validates, sends and reads one `ResendConfirmationCode` call. Never retries:
/// a retry can send the person a second message.
///
/// ## Usage
/// ```no_run
/// # async fn run() {
/// use cognito_resend_code::protocol::{EndpointConfig, ResendRequest};
/// use cognito_resend_code::transport::{resend_confirmation_code, DEFAULT_TIMEOUT_MS};
/// let endpoint = EndpointConfig { user_pool_id: Some("us-east-1_AbC123".into()), ..Default::default() };
/// match resend_confirmation_code(&ResendRequest::new("client", "ada"), &endpoint, DEFAULT_TIMEOUT_MS).await {
///     Ok(details) => { /* details.destination, details.delivery_medium */ }
///     Err(error) => { /* error.name(), messages::error_text(&error) */ }
/// }
/// # }
/// ```
pub async fn resend_confirmation_code(
    request: &ResendRequest,
    endpoint: &EndpointConfig,
    timeout_ms: u32,
) -> Result<CodeDeliveryDetails, ResendError> {
    // Its own path rather than `resend_cancellable(.., None)`: the code that
    // follows a cancel signal stays out of a wasm that never cancels.
    let prepared = prepare(request, endpoint)?;
    let deadline = Deadline::new(timeout_ms);
    read(exchange(&prepared, &deadline.signal(), || false).await?)
}

/// [`resend_confirmation_code`], also aborted when `cancel` fires (it then
/// fails with [`ResendError::Aborted`]).
pub async fn resend_cancellable(
    request: &ResendRequest,
    endpoint: &EndpointConfig,
    timeout_ms: u32,
    cancel: Option<&AbortSignal>,
) -> Result<CodeDeliveryDetails, ResendError> {
    let prepared = prepare(request, endpoint)?;
    let deadline = Deadline::new(timeout_ms);
    let _following = cancel.and_then(|cancel| deadline.follow(cancel));
    let cancelled = || cancel.is_some_and(AbortSignal::aborted);
    read(exchange(&prepared, &deadline.signal(), cancelled).await?)
}

/// POSTs the prepared request. The timeout covers the whole exchange, body
/// included, and aborts the fetch when it fires; so does `cancel`.
pub async fn post(
    prepared: &PreparedRequest,
    timeout_ms: u32,
    cancel: Option<&AbortSignal>,
) -> Result<RawResponse, ResendError> {
    let deadline = Deadline::new(timeout_ms);
    let _following = cancel.and_then(|cancel| deadline.follow(cancel));
    let cancelled = || cancel.is_some_and(AbortSignal::aborted);
    let raw = exchange(prepared, &deadline.signal(), cancelled).await?;
    Ok(RawResponse {
        status: raw.status,
        error_type: raw.error_type,
        body: raw.body.into_bytes(),
    })
}

/// A response as [`exchange`] reads it: [`RawResponse`] with the body still
/// the text the browser decoded.
struct TextResponse {
    status: u16,
    error_type: Option<String>,
    body: String,
}

fn read(raw: TextResponse) -> Result<CodeDeliveryDetails, ResendError> {
    parse_response_text(raw.status, raw.error_type.as_deref(), Some(&raw.body))
}

/// One exchange, aborted by `signal`: when its deadline passes, or when the
/// caller cancels, which `cancelled` tells.
async fn exchange(
    prepared: &PreparedRequest,
    signal: &AbortSignal,
    cancelled: impl Fn() -> bool,
) -> Result<TextResponse, ResendError> {
    // Cancelled before it started: that abort has already fired.
    if cancelled() {
        return Err(ResendError::Aborted);
    }
    if is_offline() {
        return Err(ResendError::Offline);
    }
    // The request is built here and only sent through gloo-net: its builder
    // re-parses the URL to merge query parameters we never have, which costs
    // a URL round trip and the formatting runtime in the wasm.
    // A URL the browser refuses is the page's setup, not the network. What
    // our check leaves to the browser is the host: an IPv6 address's digits,
    // a non-ASCII name's IDNA rules.
    let Some(request) = build_request(prepared, signal) else {
        return Err(ResendError::Endpoint(EndpointError::BadUrl {
            url: prepared.url.clone(),
            reason: "its host name is not valid",
        }));
    };
    let response = match send(Some(request)).await {
        Some(response) => response,
        None if cancelled() => return Err(ResendError::Aborted),
        None if signal.aborted() => return Err(ResendError::Timeout),
        None if is_offline() => return Err(ResendError::Offline),
        None => return Err(probe_cors(&prepared.url).await),
    };
    let status = response.status();
    let error_type = header(&response.headers().into_raw(), "x-amzn-errortype");
    // A failure here (connection reset mid-body, timeout) comes after the
    // server answered, so it is not a CORS refusal.
    // As text, not bytes: the browser decodes it, and the wasm carries no
    // ArrayBuffer copy (0.2 KiB brotli less).
    let body = response.text().await.map_err(|_| {
        if cancelled() {
            ResendError::Aborted
        } else if signal.aborted() {
            ResendError::Timeout
        } else {
            ResendError::Network
        }
    })?;
    Ok(TextResponse {
        status,
        error_type,
        body,
    })
}

/// Sends `request` through gloo-net: the response, or `None` when there is
/// no request or the fetch failed. The one place a request is sent, so the
/// POST and the CORS probe share one copy of the sending code.
async fn send(request: Option<web_sys::Request>) -> Option<gloo_net::http::Response> {
    Request::from(request?).send().await.ok()
}

/// A `web_sys::Request` for `fetch`: the method, our headers (a plain object,
/// which `RequestInit.headers` accepts), the body and the signal. `None` when
/// the browser refuses the URL.
fn build_request(prepared: &PreparedRequest, signal: &AbortSignal) -> Option<web_sys::Request> {
    let headers = js_sys::Object::new();
    for (name, value) in prepared.headers() {
        set_property(&headers, name, &value.into());
    }
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_headers(&headers);
    init.set_body(&prepared.body.as_str().into());
    init.set_signal(Some(signal));
    web_sys::Request::new_with_str_and_init(&prepared.url, &init).ok()
}

/// A signal that aborts after `ms`. Whether it fired is read from the
/// signal, not from the fetch's rejection: WebKit rejects with its own
/// `AbortError` whatever the reason given, so the abort gives none (an
/// `Error` made for every request only to be dropped cost a tenth of a
/// millisecond per press, for its stack). Unlike `AbortSignal.timeout`, its
/// timer is cleared when the request is over (the [`Timeout`] is dropped
/// with it), so an idle page keeps no timer.
struct Deadline {
    /// The controller the timer aborts.
    controller: AbortController,
    /// `controller.abort`, bound.
    abort: Option<Function>,
    /// Cleared on drop.
    _timer: Option<Timeout>,
}

impl Deadline {
    fn new(ms: u32) -> Self {
        let controller = abort_controller();
        let abort = Reflect::get(&controller, &"abort".into())
            .ok()
            .and_then(|abort| abort.dyn_into::<Function>().ok())
            .map(|abort| {
                abort
                    .bind1(&controller, &JsValue::UNDEFINED)
                    .unchecked_into::<Function>()
            });
        let timer = abort.as_ref().map(|abort| Timeout::new(abort, ms));
        Self {
            controller,
            abort,
            _timer: timer,
        }
    }

    fn signal(&self) -> AbortSignal {
        self.controller.signal()
    }

    /// Also aborts when `cancel` does, while the handle lives. Not
    /// `AbortSignal.any`, which Safari before 17.4, Chromium before 116 and
    /// Firefox before 124 lack (a press there stayed "Sending…" for good).
    fn follow(&self, cancel: &AbortSignal) -> Option<Following> {
        let abort = self.abort.clone()?;
        listen(cancel, "abort", &abort);
        Some(Following {
            cancel: cancel.clone(),
            abort,
        })
    }
}

/// The listener [`Deadline::follow`] adds, removed on drop: a signal a page
/// reuses for many requests collects no listeners.
#[must_use = "dropping it stops following the signal"]
struct Following {
    cancel: AbortSignal,
    abort: Function,
}

impl Drop for Following {
    fn drop(&mut self) {
        unlisten(&self.cancel, "abort", &self.abort);
    }
}

/// A fetch rejects with the same `TypeError` whether the server is unreachable
/// or refused by CORS. A `no-cors` GET tells them apart: it resolves (with an
/// opaque answer) only when the server is there. It cannot resend a code.
async fn probe_cors(url: &str) -> ResendError {
    let deadline = Deadline::new(3_000);
    let init = RequestInit::new();
    init.set_mode(RequestMode::NoCors);
    init.set_signal(Some(&deadline.signal()));
    match send(web_sys::Request::new_with_str_and_init(url, &init).ok()).await {
        Some(_) => ResendError::CorsRefused,
        None => ResendError::Network,
    }
}
