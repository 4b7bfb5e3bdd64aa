//! The widget's settings: declared once ([`OPTIONS`]), read from attributes
//! (the element) or from a JS options object (the headless API, through
//! serde), and turned into the one request every packaging sends.

mod options;
mod values;

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};

use crate::cooldown::{storage_key, CooldownPolicy};
use crate::messages::{Locale, MessageKey, Messages};
use crate::protocol::{
    AnalyticsMetadata, EndpointConfig, ResendRequest, UserContextData, DEFAULT_TIMEOUT_MS,
};

pub use options::Settings;
pub use options::{OptionSpec, ATTRIBUTE_LIST, OPTIONS};

fn non_empty(value: &Option<String>) -> Option<String> {
    value.clone().filter(|v| !v.is_empty())
}

impl Settings {
    /// The cooldown schedule these settings ask for.
    pub fn policy(&self) -> CooldownPolicy {
        CooldownPolicy::with_base_seconds(self.cooldown_secs.unwrap_or(30))
    }

    /// Whether they name a user: a client id and a username, what a wait
    /// is kept for (a page may set them after mounting, in either order).
    pub fn names_a_user(&self) -> bool {
        !self.client_id.is_empty() && !self.username.is_empty()
    }

    /// Where this user's deadline is stored.
    pub fn storage_key(&self) -> String {
        storage_key(&self.client_id, &self.username)
    }

    /// The request timeout. At most `setTimeout`'s limit (2^31 − 1 ms,
    /// about 24 days): a longer delay would overflow and fire at once.
    pub fn timeout_ms(&self) -> u32 {
        self.timeout_ms
            .filter(|ms| *ms > 0)
            .unwrap_or(DEFAULT_TIMEOUT_MS)
            .min(i32::MAX as u32)
    }

    /// The request and the endpoint, before advanced-security data is added:
    /// the one place any packaging builds them. Empty strings are unset.
    /// `language` is the widget's language, for `language_metadata_key`.
    pub fn request(&self, language: Locale) -> (ResendRequest, EndpointConfig) {
        let mut request = ResendRequest::new(self.client_id.clone(), self.username.clone());
        request.secret_hash = non_empty(&self.secret_hash);
        // Only the headless API takes a client secret (for servers): the
        // widget's builds leave HMAC out.
        #[cfg(any(feature = "headless", not(target_arch = "wasm32")))]
        if let Some(secret) = non_empty(&self.client_secret) {
            request = request.with_client_secret(&secret);
        }
        request.client_metadata = self.client_metadata.clone();
        if let Some(key) = non_empty(&self.language_metadata_key) {
            let metadata = request.client_metadata.get_or_insert_with(Default::default);
            if metadata.get(&key).is_none() {
                metadata.insert(key, language.tag());
            }
        }
        request.analytics_metadata =
            non_empty(&self.analytics_endpoint_id).map(|id| AnalyticsMetadata {
                analytics_endpoint_id: Some(id),
            });
        let (ip_address, encoded_data) =
            (non_empty(&self.ip_address), non_empty(&self.encoded_data));
        request.user_context_data =
            (ip_address.is_some() || encoded_data.is_some()).then_some(UserContextData {
                ip_address,
                encoded_data,
            });
        let endpoint = EndpointConfig {
            endpoint: non_empty(&self.endpoint),
            region: non_empty(&self.region),
            user_pool_id: non_empty(&self.user_pool_id),
            fips: self.fips,
        };
        (request, endpoint)
    }

    /// The language: the `locale` setting, then the page's `lang`, then the
    /// browser's language, then English.
    pub fn language(&self, page_lang: &str, browser_lang: &str) -> Locale {
        let asked = self.locale.as_deref().unwrap_or_default();
        Locale::negotiate([asked, page_lang, browser_lang])
    }

    /// The words for `locale`: its catalog (`loaded`, for a locale whose
    /// catalog is not compiled in), with the caller's wording on top.
    pub fn catalog(&self, locale: Locale, loaded: &[(MessageKey, String)]) -> Messages {
        // A catalog that is not compiled in and could not be loaded leaves
        // the English words: the widget then says it speaks English, so its
        // `lang` (what a screen reader's voice follows) names its words.
        let locale = if loaded.is_empty() && !locale.is_built_in() {
            Locale::En
        } else {
            locale
        };
        Messages::new(locale)
            .with_overrides(loaded.iter().cloned())
            .with_overrides(self.messages.iter().cloned())
    }

    /// The setup problem a press reports instead of sending: the
    /// `setup_error` setting, else the first attribute that could not be read.
    pub fn setup_problem(&self) -> Option<&str> {
        self.setup_error
            .as_deref()
            .or_else(|| self.problems.first().map(|(_, problem)| problem.as_str()))
    }

    /// Records (`Some`) or clears (`None`) the problem with `option`,
    /// returning the problem.
    pub(crate) fn record_problem(
        &mut self,
        option: &'static str,
        problem: Option<String>,
    ) -> Option<&str> {
        // Not `retain`, which inlines two loops: there is at most one.
        while let Some(index) = self.problems.iter().position(|(name, _)| *name == option) {
            self.problems.remove(index);
        }
        self.problems.push((option, problem?));
        self.problems.last().map(|(_, problem)| problem.as_str())
    }

    /// Sets the element's `messages` property from the JSON text its JS
    /// half writes (`None`: no messages). A key that is not a message key,
    /// or a text that is not a string, is a setup problem until it changes
    /// (and no message is replaced), returned so it can be said at once.
    ///
    /// ## Usage
    /// ```
    /// use cognito_resend_code::settings::Settings;
    /// let mut settings = Settings::default();
    /// assert_eq!(settings.apply_messages_json(Some(r#"{"ResendButton":"Again"}"#)), None);
    /// assert_eq!(
    ///     settings.apply_messages_json(Some(r#"{"Resend":"Again"}"#)),
    ///     Some("messages.Resend is not a message key"),
    /// );
    /// ```
    pub fn apply_messages_json(&mut self, json: Option<&str>) -> Option<&str> {
        let (messages, problem) = match values::messages_from_json(json) {
            Ok(messages) => (messages, None),
            Err(problem) => (Vec::new(), Some(problem)),
        };
        self.messages = messages;
        self.record_problem("messages", problem)
    }

    /// Sets the field of the element attribute `name` (`None`: removed). A
    /// value that cannot be read (`client-metadata` that is not a JSON
    /// object of strings, a `timeout-ms` that is not a number) is a setup
    /// problem until it changes, returned so it can be said at once. Unknown
    /// names are ignored.
    pub fn apply_attribute(&mut self, name: &str, value: Option<&str>) -> Option<String> {
        self.set_attribute(name, value).map(str::to_owned)
    }

    /// [`Settings::apply_attribute`], the problem borrowed.
    pub(crate) fn set_attribute(&mut self, name: &str, value: Option<&str>) -> Option<&str> {
        let (attribute, outcome) = self.read_attribute(name, value)?;
        self.record_problem(
            attribute,
            outcome.err().map(|problem| attribute.to_owned() + &problem),
        )
    }
}

/// The headless API's options object: every key must be an option of
/// [`OPTIONS`] (an unknown one, such as a misspelt `clientMetaData`, is an
/// error naming it), each value of its option's type.
///
/// ## Usage
/// ```
/// use cognito_resend_code::widget_state::Settings;
/// // In the browser the options come through serde-wasm-bindgen; any
/// // serde format reads them the same way.
/// let settings: Settings = serde_json::from_str(r#"{"clientId":"abc","username":"ada"}"#).unwrap();
/// assert_eq!(settings.client_id, "abc");
/// let typo = serde_json::from_str::<Settings>(r#"{"clientMetaData":{"lang":"de"}}"#).unwrap_err();
/// assert!(typo.to_string().starts_with("options.clientMetaData is not an option"));
/// ```
impl<'de> Deserialize<'de> for Settings {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(SettingsVisitor)
    }
}

struct SettingsVisitor;

impl<'de> Visitor<'de> for SettingsVisitor {
    type Value = Settings;

    fn expecting(&self, formatter: &mut core::fmt::Formatter) -> core::fmt::Result {
        formatter.write_str("an options object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Settings, A::Error> {
        let mut settings = Settings::default();
        while let Some(key) = map.next_key::<String>()? {
            if let Some(read) = settings.read_option(&key, &mut map) {
                read?;
            } else if key == "userContextData" {
                (settings.ip_address, settings.encoded_data) = values::read_user_context(&mut map)?;
            } else {
                return Err(unknown_option(&key));
            }
        }
        if settings.timeout_ms == Some(0) {
            return Err(values::named(
                values::Path::option("timeoutMs"),
                " must be above 0",
            ));
        }
        Ok(settings)
    }
}

/// `options.{key} is not an option`.
fn unknown_option<E: serde::de::Error>(key: &str) -> E {
    E::custom("options.".to_owned() + key + " is not an option")
}
