//! The headless JavaScript API of the npm package: the same settings,
//! request, validation, wire bytes, messages and failure value as the
//! widget, for pages that draw their own UI, and SecretHash for Node
//! servers. It only translates between JS values and the core. The npm
//! build's own crate (`npm-wasm/`) exports these functions to JavaScript.

use wasm_bindgen::prelude::*;

use serde::Deserialize;

use super::js_boundary::{rejection, to_js};
use super::js_reader::JsReader;
use crate::cooldown::CooldownPolicy;
use crate::failure::Failure;
use crate::messages::Locale;
use crate::protocol::compute_secret_hash;
use crate::settings::Settings;
use crate::shell::transport::resend_confirmation_code;

/// `computeSecretHash(clientSecret, username, clientId)`: for servers.
pub fn compute_secret_hash_js(client_secret: &str, username: &str, client_id: &str) -> String {
    compute_secret_hash(client_secret, username, client_id)
}

/// `resendConfirmationCode(options)`: resolves to
/// `{destination, deliveryMedium, attributeName}`; rejects with an `Error`
/// carrying the failure (`name`, `cognitoMessage`, `friendlyMessage`,
/// `retryable`, `cooldownMs`, `setupProblem`). Options that are not the
/// documented ones, or of the wrong type, reject with a `TypeError` naming
/// the option. Nothing is sent unless the request is valid.
pub async fn resend_confirmation_code_js(options: JsValue) -> Result<JsValue, JsValue> {
    let settings = read_options(options).map_err(|message| js_sys::TypeError::new(&message))?;
    // The headless API's language is its `locale` option, else English.
    let locale = Locale::negotiate([settings.locale.as_deref().unwrap_or_default()]);
    let (mut request, endpoint) = settings.request(locale);
    crate::shell::advanced_security::fill(&mut request, &endpoint);
    let result = resend_confirmation_code(&request, &endpoint, settings.timeout_ms()).await;
    match result {
        Ok(details) => Ok(to_js(&details)),
        Err(error) => {
            let loaded = crate::catalogs::load(locale).await;
            // What the widget would hold the button for, with its defaults.
            let wait = CooldownPolicy::default()
                .wait_after_error(&error)
                .map_or(0, |(wait, _)| wait);
            let failure = Failure::new(error, &settings.catalog(locale, &loaded), wait);
            Err(rejection(&failure))
        }
    }
}

fn read_options(options: JsValue) -> Result<Settings, String> {
    Settings::deserialize(JsReader(options)).map_err(|error| error.0)
}
