//! Cognito's advanced-security data collection, when the page has loaded
//! Amazon's script: it defines `AmazonCognitoAdvancedSecurityData.getData(
//! username, userPoolId, clientId)`, whose result goes into
//! `UserContextData.EncodedData`. Browser only; absent everywhere else.

use js_sys::{Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::messages::Locale;
use crate::protocol::{EndpointConfig, ResendRequest};
use crate::settings::Settings;

/// The request every packaging sends for `settings`: the core's one request
/// ([`Settings::request`]) with `EncodedData` collected at send time. Also
/// returns what happened to `EncodedData`, for the debug log.
pub(crate) fn request(
    settings: &Settings,
    language: Locale,
) -> (ResendRequest, EndpointConfig, String) {
    let (mut request, endpoint) = settings.request(language);
    let collected = fill(&mut request, endpoint.user_pool_id.as_deref());
    (request, endpoint, collected)
}

/// Fills `UserContextData.EncodedData` from the page's script at send time,
/// unless the caller set it. Returns what happened, for the debug log.
fn fill(request: &mut ResendRequest, user_pool_id: Option<&str>) -> String {
    let context = request
        .user_context_data
        .get_or_insert_with(Default::default);
    if context.encoded_data.is_some() {
        return "EncodedData set by the caller".into();
    }
    let outcome = match user_pool_id.filter(|id| !id.trim().is_empty()) {
        Some(pool) => collect(&request.username, pool.trim(), &request.client_id),
        None if collector().is_some() => Collected::Failed("no user pool id".into()),
        None => Collected::Absent,
    };
    let note = match outcome {
        Collected::Data(data) => {
            context.encoded_data = Some(data);
            "EncodedData collected from AmazonCognitoAdvancedSecurityData".into()
        }
        Collected::Absent => {
            "no AmazonCognitoAdvancedSecurityData on the page; sending without EncodedData".into()
        }
        Collected::Failed(why) => {
            "AmazonCognitoAdvancedSecurityData: ".to_owned()
                + &why
                + "; sending without EncodedData"
        }
    };
    if *context == Default::default() {
        request.user_context_data = None;
    }
    note
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

/// What asking the page's advanced-security script gave.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Collected {
    /// The encoded context data.
    Data(String),
    /// The script is not on the page (or has no `getData`).
    Absent,
    /// It threw or returned something else; why.
    Failed(String),
}

/// Calls `AmazonCognitoAdvancedSecurityData.getData` if the page has it.
pub(crate) fn collect(username: &str, user_pool_id: &str, client_id: &str) -> Collected {
    let Some((collector, get_data)) = collector() else {
        return Collected::Absent;
    };
    match get_data.call3(
        &collector,
        &username.into(),
        &user_pool_id.into(),
        &client_id.into(),
    ) {
        Ok(value) => match value.as_string() {
            Some(data) if !data.is_empty() => Collected::Data(data),
            _ => Collected::Failed("getData returned no string".into()),
        },
        Err(error) => Collected::Failed(describe(&error)),
    }
}

fn describe(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "getData threw".into())
}
