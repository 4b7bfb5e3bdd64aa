//! The only part that talks to the network: a gloo-net POST of a prepared
//! request, with the protocol's headers, no signing, and a timeout.

use gloo_net::http::Request;
use web_sys::AbortSignal;

use crate::protocol::{
    parse_response, prepare, CodeDeliveryDetails, EndpointConfig, PreparedRequest, ResendError,
    ResendRequest,
};

/// How long to wait for Cognito before giving up, unless told otherwise.
pub const DEFAULT_TIMEOUT_MS: u32 = 15_000;

/// What came back, before it is read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawResponse {
    /// HTTP status.
    pub status: u16,
    /// `x-amzn-ErrorType`, if CORS lets the page read it.
    pub error_type: Option<String>,
    /// The body.
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
    let prepared = prepare(request, endpoint)?;
    let raw = post(&prepared, timeout_ms).await?;
    parse_response(raw.status, raw.error_type.as_deref(), &raw.body)
}

/// POSTs the prepared request. The timeout covers the whole exchange, body
/// included, and aborts the fetch when it fires.
pub async fn post(prepared: &PreparedRequest, timeout_ms: u32) -> Result<RawResponse, ResendError> {
    let signal = AbortSignal::timeout_with_u32(timeout_ms);
    let mut builder = Request::post(&prepared.url).abort_signal(Some(&signal));
    for (name, value) in prepared.headers() {
        builder = builder.header(name, value);
    }
    let response = builder
        .body(prepared.body.as_str())
        .map_err(|_| ResendError::Network)?
        .send()
        .await
        .map_err(transport_error)?;
    let status = response.status();
    let error_type = response.headers().get("x-amzn-errortype");
    let body = response.binary().await.map_err(transport_error)?;
    Ok(RawResponse {
        status,
        error_type,
        body,
    })
}

/// A rejected fetch: `TimeoutError` when our signal fired, anything else
/// (`TypeError`: offline, refused, reset, CORS) is a network failure.
fn transport_error(error: gloo_net::Error) -> ResendError {
    match error {
        gloo_net::Error::JsError(e) if e.name == "TimeoutError" => ResendError::Timeout,
        _ => ResendError::Network,
    }
}
