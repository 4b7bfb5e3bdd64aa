//! The headless JavaScript API of the npm package: the same request model,
//! validation, wire bytes and messages as the component, for pages that draw
//! their own UI, and SecretHash for Node servers. It only translates between
//! JS values and the core. The npm build's own crate (`npm-wasm/`) exports
//! these functions to JavaScript.

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::cooldown::CooldownPolicy;
use crate::messages::{Locale, Messages};
use crate::protocol::{
    compute_secret_hash, EndpointConfig, ResendError, ResendRequest, UserContextData,
};
use crate::transport::{resend_confirmation_code, DEFAULT_TIMEOUT_MS};

/// `computeSecretHash(clientSecret, username, clientId)`: for servers.
pub fn compute_secret_hash_js(client_secret: &str, username: &str, client_id: &str) -> String {
    compute_secret_hash(client_secret, username, client_id)
}

/// `resendConfirmationCode(options)`: resolves to
/// `{destination, deliveryMedium, attributeName}`; rejects with an `Error`
/// whose `name` is the Cognito error name (or `InvalidRequest`,
/// `NetworkError`, `TimeoutError`, ...), with `cognitoMessage` and
/// `friendlyMessage`. Options of the wrong type reject with a `TypeError`
/// naming the option. Nothing is sent unless the request is valid.
pub async fn resend_confirmation_code_js(options: JsValue) -> Result<JsValue, JsValue> {
    let options = Options(options);
    let (request, endpoint, timeout, locale) = options.read().map_err(type_error)?;
    match resend_confirmation_code(&request, &endpoint, timeout).await {
        Ok(details) => Ok(crate::js_values::sent_detail(&details)),
        Err(error) => {
            crate::catalogs::load(locale).await;
            Err(rejection(&error, locale))
        }
    }
}

struct Options(JsValue);

type Read = (ResendRequest, EndpointConfig, u32, Locale);

impl Options {
    fn get(&self, key: &str) -> JsValue {
        Reflect::get(&self.0, &key.into()).unwrap_or(JsValue::UNDEFINED)
    }

    /// A string option; `None` when absent.
    fn text(&self, key: &str) -> Result<Option<String>, String> {
        text_of(self.get(key), || "options.".to_owned() + key)
    }

    fn read(&self) -> Result<Read, String> {
        if !self.0.is_object() {
            return Err("resendConfirmationCode(options): options must be an object".into());
        }
        let mut request = ResendRequest::new(
            self.text("clientId")?.unwrap_or_default(),
            self.text("username")?.unwrap_or_default(),
        );
        request.secret_hash = self.text("secretHash")?;
        if let Some(secret) = self.text("clientSecret")? {
            request = request.with_client_secret(&secret);
        }
        if let Some(id) = self.text("analyticsEndpointId")? {
            request = request.with_analytics_endpoint_id(id);
        }
        let context = self.get("userContextData");
        if !context.is_undefined() && !context.is_null() {
            let field = |key: &str| {
                text_of(
                    Reflect::get(&context, &key.into()).unwrap_or_default(),
                    || "options.userContextData.".to_owned() + key,
                )
            };
            request = request.with_user_context_data(UserContextData {
                ip_address: field("ipAddress")?,
                encoded_data: field("encodedData")?,
            });
        }
        let metadata = self.get("clientMetadata");
        if !metadata.is_undefined() && !metadata.is_null() {
            if !metadata.is_object() {
                return Err("options.clientMetadata must be an object of strings".into());
            }
            let mut pairs = Vec::new();
            for entry in Object::entries(metadata.unchecked_ref()).iter() {
                let key = Reflect::get_u32(&entry, 0)
                    .ok()
                    .and_then(|k| k.as_string())
                    .unwrap_or_default();
                let value = Reflect::get_u32(&entry, 1).unwrap_or_default();
                let Some(value) = value.as_string() else {
                    return Err("options.clientMetadata.".to_owned() + &key + " must be a string");
                };
                pairs.push((key, value));
            }
            request = request.with_client_metadata(pairs);
        }
        let endpoint = EndpointConfig {
            endpoint: self.text("endpoint")?,
            region: self.text("region")?,
            user_pool_id: self.text("userPoolId")?,
            fips: self.flag("fips")?,
        };
        // As the element does: EncodedData from the page's advanced-security
        // script when the caller did not set it (nothing happens in Node).
        crate::advanced_security::fill(&mut request, endpoint.user_pool_id.as_deref());
        let timeout = match self.get("timeoutMs") {
            v if v.is_undefined() || v.is_null() => DEFAULT_TIMEOUT_MS,
            v => match v.as_f64() {
                Some(ms) if ms >= 1.0 && ms <= f64::from(u32::MAX) => ms as u32,
                _ => {
                    return Err(
                        "options.timeoutMs must be a positive number of milliseconds".into(),
                    )
                }
            },
        };
        let locale = Locale::negotiate([self.text("locale")?.unwrap_or_default().as_str()]);
        Ok((request, endpoint, timeout, locale))
    }

    fn flag(&self, key: &str) -> Result<bool, String> {
        match self.get(key) {
            v if v.is_undefined() || v.is_null() => Ok(false),
            v => v
                .as_bool()
                .ok_or_else(|| "options.".to_owned() + key + " must be a boolean"),
        }
    }
}

fn text_of(value: JsValue, name: impl Fn() -> String) -> Result<Option<String>, String> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    value
        .as_string()
        .map(Some)
        .ok_or_else(|| name() + " must be a string")
}

fn type_error(message: String) -> JsValue {
    js_sys::TypeError::new(&message).into()
}

/// An `Error` named after the failure, with Cognito's and the person's words.
fn rejection(error: &ResendError, locale: Locale) -> JsValue {
    let wait = CooldownPolicy::default()
        .wait_after_error(error)
        .map_or(0, |(wait, _)| wait);
    let loaded = crate::catalogs::ready(locale).unwrap_or_default();
    let friendly = Messages::new(locale)
        .with_overrides(loaded.iter().cloned())
        .error(error, wait);
    let js_error = js_sys::Error::new(&error.message());
    js_error.set_name(error.name());
    let cognito = error.service_message().map_or(JsValue::NULL, JsValue::from);
    let _ = Reflect::set(&js_error, &"cognitoMessage".into(), &cognito);
    let _ = Reflect::set(&js_error, &"friendlyMessage".into(), &friendly.into());
    js_error.into()
}
