//! What the widget does and shows, as pure data: its settings, what a press
//! leads to, how an answer changes it, and the text and attributes of every
//! moment. Time is passed in. The browser shell (`widget.rs`) only carries
//! these out on the DOM, so everything a person sees is tested here natively.

use crate::cooldown::{storage_key, Cooldown, CooldownPolicy, CooldownReason};
use crate::messages::{hidden_as_success, Locale, MessageKey, Messages};
use crate::protocol::{
    AnalyticsMetadata, ClientMetadata, CodeDeliveryDetails, EndpointConfig, ResendError,
    ResendRequest, UserContextData, DEFAULT_TIMEOUT_MS,
};

/// Everything a caller can set on the widget. Empty strings count as unset.
///
/// ## Usage
/// ```
/// use cognito_resend_code::widget_state::Settings;
/// let mut settings = Settings::default();
/// settings.apply_attribute("client-id", Some("1example23456789"));
/// settings.apply_attribute("user-pool-id", Some("us-east-1_AbC123"));
/// settings.apply_attribute("username", Some("ada"));
/// let (request, endpoint) = settings.request();
/// assert_eq!(request.client_id, "1example23456789");
/// assert_eq!(endpoint.resolve().unwrap(), "https://cognito-idp.us-east-1.amazonaws.com/");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// `ClientId`.
    pub client_id: String,
    /// `Username`.
    pub username: String,
    /// The AWS region.
    pub region: Option<String>,
    /// The user pool id (gives the region).
    pub user_pool_id: Option<String>,
    /// A URL that replaces the AWS endpoint.
    pub endpoint: Option<String>,
    /// Use the FIPS endpoint.
    pub fips: bool,
    /// A SecretHash computed on a server.
    pub secret_hash: Option<String>,
    /// `ClientMetadata`.
    pub client_metadata: Option<ClientMetadata>,
    /// `AnalyticsMetadata.AnalyticsEndpointId`.
    pub analytics_endpoint_id: Option<String>,
    /// `UserContextData.IpAddress`.
    pub ip_address: Option<String>,
    /// `UserContextData.EncodedData`.
    pub encoded_data: Option<String>,
    /// A setup problem: a press reports it and sends nothing.
    pub setup_error: Option<String>,
    /// Give up after this many milliseconds (default 15 000).
    pub timeout_ms: Option<u32>,
    /// The first wait in seconds (default 30; 0 turns it off).
    pub cooldown_secs: Option<u32>,
    /// Start with the first wait on mount.
    pub start_cooldown: bool,
    /// The language asked for.
    pub locale: Option<String>,
    /// The caller's wording over the catalog.
    pub messages: Vec<(MessageKey, String)>,
    /// Never tell which accounts exist.
    pub enumeration_safe: bool,
    /// Log requests and answers to the console.
    pub debug: bool,
}

/// Declares the element's attribute names once, both as a list and as the
/// comma-separated string `observedAttributes` hands to JS (built at compile
/// time: joining at run time costs more wasm than the string).
macro_rules! attributes {
    ($first:literal $(, $name:literal)* $(,)?) => {
        /// The attributes of `<cognito-resend-code>`, each one a [`Settings`] field.
        pub const ATTRIBUTES: [&str; 1 + [$($name),*].len()] = [$first $(, $name)*];
        /// [`ATTRIBUTES`] joined by commas.
        pub const ATTRIBUTE_LIST: &str = concat!($first $(, ",", $name)*);
    };
}

attributes!(
    "client-id",
    "username",
    "region",
    "user-pool-id",
    "endpoint",
    "secret-hash",
    "cooldown",
    "start-cooldown",
    "locale",
    "enumeration-safe",
    "debug",
    "client-metadata",
    "analytics-endpoint-id",
    "ip-address",
    "encoded-data",
);

fn non_empty(value: &Option<String>) -> Option<String> {
    value.clone().filter(|v| !v.is_empty())
}

impl Settings {
    /// The cooldown schedule these settings ask for.
    pub fn policy(&self) -> CooldownPolicy {
        CooldownPolicy::with_base_seconds(self.cooldown_secs.unwrap_or(30))
    }

    /// Where this user's deadline is stored.
    pub fn storage_key(&self) -> String {
        storage_key(&self.client_id, &self.username)
    }

    /// The request timeout.
    pub fn timeout_ms(&self) -> u32 {
        self.timeout_ms.unwrap_or(DEFAULT_TIMEOUT_MS)
    }

    /// The request and the endpoint, before advanced-security data is added.
    pub fn request(&self) -> (ResendRequest, EndpointConfig) {
        let mut request = ResendRequest::new(self.client_id.clone(), self.username.clone());
        request.secret_hash = non_empty(&self.secret_hash);
        request.client_metadata = self.client_metadata.clone();
        request.analytics_metadata =
            non_empty(&self.analytics_endpoint_id).map(|id| AnalyticsMetadata {
                analytics_endpoint_id: Some(id),
            });
        let context = UserContextData {
            ip_address: non_empty(&self.ip_address),
            encoded_data: non_empty(&self.encoded_data),
        };
        request.user_context_data = (context != UserContextData::default()).then_some(context);
        let endpoint = EndpointConfig {
            endpoint: self.endpoint.clone(),
            region: self.region.clone(),
            user_pool_id: self.user_pool_id.clone(),
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
        Messages::new(locale)
            .with_overrides(loaded.iter().cloned())
            .with_overrides(self.messages.iter().cloned())
    }

    /// Sets the field of the element attribute `name` (`None`: removed).
    /// A `client-metadata` that is not a JSON object of strings becomes a
    /// setup error, returned so it can be said at once. Unknown names are
    /// ignored.
    pub fn apply_attribute(&mut self, name: &str, value: Option<&str>) -> Option<String> {
        let text = || value.filter(|v| !v.is_empty()).map(str::to_owned);
        let flag = value.is_some_and(|v| v != "false");
        match name {
            "client-id" => self.client_id = value.unwrap_or_default().to_owned(),
            "username" => self.username = value.unwrap_or_default().to_owned(),
            "region" => self.region = text(),
            "user-pool-id" => self.user_pool_id = text(),
            "endpoint" => self.endpoint = text(),
            "secret-hash" => self.secret_hash = text(),
            "cooldown" => self.cooldown_secs = value.and_then(|v| v.trim().parse().ok()),
            "start-cooldown" => self.start_cooldown = flag,
            "locale" => self.locale = text(),
            "enumeration-safe" => self.enumeration_safe = flag,
            "debug" => self.debug = flag,
            "analytics-endpoint-id" => self.analytics_endpoint_id = text(),
            "ip-address" => self.ip_address = text(),
            "encoded-data" => self.encoded_data = text(),
            "client-metadata" => {
                let parsed = text().map(|json| ClientMetadata::from_json(&json));
                self.client_metadata = None;
                self.setup_error = None;
                match parsed {
                    Some(Ok(metadata)) => self.client_metadata = Some(metadata),
                    Some(Err(error)) => {
                        let problem = "client-metadata: ".to_owned() + &error.message();
                        self.setup_error = Some(problem.clone());
                        return Some(problem);
                    }
                    None => {}
                }
            }
            _ => {}
        }
        None
    }
}

/// What the last press led to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Status {
    /// Nothing yet.
    #[default]
    Idle,
    /// A request is in flight.
    Sending,
    /// The code went out.
    Sent(CodeDeliveryDetails),
    /// An unknown user in enumeration-safe mode: shown as a neutral success.
    SentHidden,
    /// The error and the cooldown it started (for "please wait {wait}").
    Failed(ResendError, u64),
}

/// What a press should do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Press {
    /// Nothing: a request is in flight or the cooldown runs.
    Ignore,
    /// Send the request (the state is now [`Status::Sending`]).
    Send,
    /// Send nothing: this setup problem is shown and should be logged.
    Refuse(String),
}

/// One widget's state: the last outcome and the cooldown.
///
/// ## Usage
/// ```
/// use cognito_resend_code::messages::{Locale, Messages};
/// use cognito_resend_code::protocol::CodeDeliveryDetails;
/// use cognito_resend_code::widget_state::{Press, Settings, WidgetState};
/// let settings = Settings::default();
/// let mut state = WidgetState::load(&settings, None, true, 0);
/// let messages = Messages::new(Locale::En);
/// assert_eq!(state.press(&settings, 0), Press::Send);
/// assert_eq!(state.view(&messages, false, 0).label, "Sending…");
/// state.finish(&Ok(CodeDeliveryDetails::default()), &settings, 1_000);
/// assert_eq!(state.view(&messages, false, 1_000).label, "Resend code in 0:30");
/// assert_eq!(state.press(&settings, 2_000), Press::Ignore);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WidgetState {
    status: Status,
    cooldown: Cooldown,
}

/// Everything the widget shows at one moment.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct View {
    /// The locale tag, for the root's `lang`.
    pub lang: &'static str,
    /// The root's `data-state`: `sending`, `cooldown`, `limit` or none.
    pub state: Option<&'static str>,
    /// The button's visible label.
    pub label: String,
    /// The words assistive technology says instead of a countdown.
    pub accessible_name: Option<String>,
    /// A request is in flight (`aria-busy`).
    pub sending: bool,
    /// A press does nothing now (`aria-disabled`).
    pub unavailable: bool,
    /// The polite live region: where the code went.
    pub sent: String,
    /// The alert: what went wrong.
    pub failed: String,
}

impl WidgetState {
    /// The state on mount (`on_mount`) or for a new user: the stored deadline
    /// if any, and `start_cooldown` only on mount.
    pub fn load(settings: &Settings, stored: Option<&str>, on_mount: bool, now: u64) -> Self {
        let mut cooldown = Cooldown::new(settings.policy());
        if let Some(stored) = stored {
            cooldown.restore(stored, now);
        }
        if on_mount && settings.start_cooldown && cooldown.can_send(now) {
            cooldown.start(now);
        }
        Self {
            status: Status::Idle,
            cooldown,
        }
    }

    /// The last outcome.
    pub fn status(&self) -> &Status {
        &self.status
    }

    /// A press at `now`.
    pub fn press(&mut self, settings: &Settings, now: u64) -> Press {
        if self.status == Status::Sending || !self.cooldown.can_send(now) {
            return Press::Ignore;
        }
        if let Some(problem) = &settings.setup_error {
            self.status = Status::Failed(ResendError::Setup(problem.clone()), 0);
            return Press::Refuse(problem.clone());
        }
        self.status = Status::Sending;
        Press::Send
    }

    /// The answer to the request, at `now`.
    pub fn finish(
        &mut self,
        result: &Result<CodeDeliveryDetails, ResendError>,
        settings: &Settings,
        now: u64,
    ) {
        // The base wait is a setting a caller may change at any time.
        self.cooldown.set_policy(settings.policy());
        self.status = match result {
            Ok(details) => {
                self.cooldown.on_sent(now);
                Status::Sent(details.clone())
            }
            Err(error) if hidden_as_success(error, settings.enumeration_safe) => {
                self.cooldown.on_sent(now);
                Status::SentHidden
            }
            Err(error) => {
                self.cooldown.on_error(error, now);
                Status::Failed(error.clone(), self.cooldown.remaining_ms(now))
            }
        };
    }

    /// What to keep in storage at `now` (`None`: remove the key).
    pub fn stored(&self, now: u64) -> Option<String> {
        self.cooldown.to_stored(now)
    }

    /// When the countdown's text next changes, in milliseconds from `now`
    /// (just after the displayed second turns); `None` when nothing runs, so
    /// an idle widget keeps no timer.
    pub fn next_tick_in(&self, now: u64) -> Option<u64> {
        match self.cooldown.remaining_ms(now) {
            0 => None,
            remaining => Some(match remaining % 1000 {
                0 => 1000,
                ms => ms,
            }),
        }
    }

    /// What the widget shows at `now`.
    pub fn view(&self, messages: &Messages, enumeration_safe: bool, now: u64) -> View {
        let sending = self.status == Status::Sending;
        let remaining = self.cooldown.remaining_ms(now);
        let state = match self.cooldown.active(now) {
            _ if sending => Some("sending"),
            Some((_, CooldownReason::LimitExceeded)) => Some("limit"),
            Some(_) => Some("cooldown"),
            None => None,
        };
        let (label, accessible_name) = match remaining {
            _ if sending => (messages.get(MessageKey::SendingButton).to_owned(), None),
            0 => (messages.get(MessageKey::ResendButton).to_owned(), None),
            ms => (
                messages.cooldown_button(ms),
                Some(messages.cooldown_label(ms)),
            ),
        };
        let (sent, failed) = match &self.status {
            Status::Sent(details) => (messages.sent(details, enumeration_safe), String::new()),
            Status::SentHidden => (
                messages.get(MessageKey::SentNeutral).to_owned(),
                String::new(),
            ),
            Status::Failed(error, wait) => (String::new(), messages.error(error, *wait)),
            Status::Idle | Status::Sending => (String::new(), String::new()),
        };
        View {
            lang: messages.locale().tag(),
            state,
            label,
            accessible_name,
            sending,
            unavailable: sending || remaining > 0,
            sent,
            failed,
        }
    }
}
