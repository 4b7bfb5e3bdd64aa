//! Cognito's advanced-security data collection, when the page has loaded
//! Amazon's script: it defines `AmazonCognitoAdvancedSecurityData.getData(
//! username, userPoolId, clientId)`, whose result goes into
//! `UserContextData.EncodedData`. Browser only; absent everywhere else.

use js_sys::{Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::protocol::{EndpointConfig, ResendRequest};

/// Fills `UserContextData.EncodedData` from the page's script at send time,
/// unless the caller set it: the request every packaging sends is the core's
/// one request ([`Settings::request`]) filled here. Returns what happened to
/// `EncodedData`, for the debug log (worded only there, so a build without
/// one carries no wording). It runs the page's code: call it with nothing
/// borrowed that the page could reach.
///
/// [`Settings::request`]: crate::settings::Settings::request
pub(crate) fn fill(request: &mut ResendRequest, endpoint: &EndpointConfig) -> Collection {
    let context = request
        .user_context_data
        .get_or_insert_with(Default::default);
    if context.encoded_data.is_some() {
        return Collection::SetByCaller;
    }
    let collection = match endpoint
        .user_pool_id
        .as_deref()
        .map(crate::protocol::trim)
        .filter(|id| !id.is_empty())
    {
        Some(pool) => match collect(&request.username, pool, &request.client_id) {
            Ok(data) => {
                context.encoded_data = Some(data);
                Collection::Collected
            }
            Err(failed) => failed,
        },
        None if collector().is_some() => Collection::NoUserPool,
        None => Collection::Absent,
    };
    if context.ip_address.is_none() && context.encoded_data.is_none() {
        request.user_context_data = None;
    }
    collection
}

/// The page's collector and its `getData`, if both are there.
fn collector() -> Option<(JsValue, Function)> {
    let collector = Reflect::get(
        &js_sys::global(),
        &"AmazonCognitoAdvancedSecurityData".into(),
    )
    .ok()?;
    if collector.is_undefined() || collector.is_null() {
        return None;
    }
    let get_data = Reflect::get(&collector, &"getData".into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    Some((collector, get_data))
}

/// What became of `EncodedData` for one request.
// The headless API drops it unread: only the widget has a debug log.
#[cfg_attr(not(feature = "widget"), allow(dead_code))]
pub(crate) enum Collection {
    /// The caller set it.
    SetByCaller,
    /// The page's script gave it.
    Collected,
    /// The script is not on the page (or has no `getData`).
    Absent,
    /// The script is there, but the request has no user pool id to give it.
    NoUserPool,
    /// `getData` returned something other than a non-empty string.
    NoString,
    /// `getData` threw this.
    Threw(JsValue),
}

#[cfg(feature = "widget")]
impl Collection {
    /// What happened, for the debug log.
    pub(crate) fn note(&self) -> String {
        let failed = |why: &str| {
            "AmazonCognitoAdvancedSecurityData: ".to_owned() + why + "; sending without EncodedData"
        };
        match self {
            Self::SetByCaller => "EncodedData set by the caller".into(),
            Self::Collected => {
                "EncodedData collected from AmazonCognitoAdvancedSecurityData".into()
            }
            Self::Absent => {
                "no AmazonCognitoAdvancedSecurityData on the page; sending without EncodedData"
                    .into()
            }
            Self::NoUserPool => failed("no user pool id"),
            Self::NoString => failed("getData returned no string"),
            Self::Threw(error) => failed(&describe(error)),
        }
    }
}

/// Calls `AmazonCognitoAdvancedSecurityData.getData` if the page has it:
/// the encoded data, or why there is none.
pub(crate) fn collect(
    username: &str,
    user_pool_id: &str,
    client_id: &str,
) -> Result<String, Collection> {
    let (collector, get_data) = collector().ok_or(Collection::Absent)?;
    match get_data.call3(
        &collector,
        &username.into(),
        &user_pool_id.into(),
        &client_id.into(),
    ) {
        Ok(value) => match value.as_string() {
            Some(data) if !data.is_empty() => Ok(data),
            _ => Err(Collection::NoString),
        },
        Err(error) => Err(Collection::Threw(error)),
    }
}

#[cfg(feature = "widget")]
fn describe(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "getData threw".into())
}
