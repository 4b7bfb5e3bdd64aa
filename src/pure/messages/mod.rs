//! The words the widget shows: one key per outcome, a catalog per locale, and
//! caller overrides on top. Pure: the component asks here for every text.
//!
//! Locales: English (`en`, the fallback), German (`de`), Spanish (`es`),
//! French (`fr`), Japanese (`ja`), Brazilian Portuguese (`pt-BR`) and
//! Simplified Chinese (`zh-CN`). Each catalog is an exhaustive `match`, so a
//! key missing from any locale does not compile.
//!
//! Without the `all-locales` feature only English is compiled in (the npm
//! wasm files): the other catalogs ship as JSON ([`catalog_json`]) that the
//! browser fetches when a page needs one, read back with [`parse_catalog`].

mod de;
mod en;
mod es;
mod fr;
mod ja;
mod pt_br;
mod zh_cn;

use crate::protocol::{CodeDeliveryDetails, CognitoErrorKind, DeliveryMedium, Field, ResendError};

macro_rules! message_keys {
    ($($key:ident,)*) => {
        /// One piece of text the widget can show. Templates may hold
        /// `{destination}` (the masked destination), `{time}` (a countdown,
        /// `0:27`), `{wait}` (a duration in words, `15 minutes`) or `{clock}`
        /// (a time of day in the person's language, `14:32`). The last five
        /// keys are the words of a `{wait}` ([`MessageKey::is_duration_part`]),
        /// with `{n}` (a number), `{minutes}` and `{seconds}` (their words).
        ///
        /// ## Usage
        /// ```
        /// use cognito_resend_code::messages::{english, MessageKey};
        /// assert_eq!(MessageKey::from_name("SentSms"), Some(MessageKey::SentSms));
        /// assert_eq!(english(MessageKey::SentSms), "We texted a code to {destination}.");
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[allow(missing_docs)] // the English catalog (en.rs) documents each key
        pub enum MessageKey {
            $($key,)*
        }

        impl MessageKey {
            /// Every key.
            pub const ALL: &'static [MessageKey] = &[$(MessageKey::$key,)*];

            /// The key's name, such as `SentEmail`.
            pub fn name(self) -> &'static str {
                match self {
                    $(MessageKey::$key => stringify!($key),)*
                }
            }

            /// Whether the key is a word of a `{wait}` duration (`Seconds`,
            /// ...) rather than a message of its own: it is never shown alone.
            pub fn is_duration_part(self) -> bool {
                matches!(
                    self,
                    MessageKey::Second
                        | MessageKey::Seconds
                        | MessageKey::Minute
                        | MessageKey::Minutes
                        | MessageKey::MinutesAndSeconds
                )
            }

            /// The key with this name.
            pub fn from_name(name: &str) -> Option<Self> {
                // A search over `name`'s table, not a `match` on strings:
                // the match compiles to a comparison per key.
                Self::ALL.iter().copied().find(|key| key.name() == name)
            }
        }
    };
}

message_keys! {
    ResendButton,
    SendingButton,
    CooldownButton,
    CooldownLabel,
    CooldownUntil,
    CanResendNow,
    SentEmail,
    SentSms,
    SentOther,
    SentNeutral,
    AlreadyConfirmed,
    CodeDeliveryFailure,
    Forbidden,
    InternalError,
    EmailRoleAccessPolicy,
    SmsRoleAccessPolicy,
    SmsRoleTrustRelationship,
    InvalidParameter,
    LimitExceeded,
    LimitExceededUntil,
    DailyEmailLimit,
    NotAuthorized,
    OperationNotEnabled,
    ResourceNotFound,
    TooManyRequests,
    InvalidLambdaResponse,
    UnexpectedLambda,
    UserLambdaValidation,
    UserNotFound,
    UnknownError,
    Offline,
    Network,
    CorsRefused,
    Timeout,
    UnexpectedResponse,
    InvalidUsername,
    Misconfigured,
    HelpText,
    ChangeDestination,
    Second,
    Seconds,
    Minute,
    Minutes,
    MinutesAndSeconds,
}

/// A language the widget speaks.
///
/// ## Usage
/// ```
/// use cognito_resend_code::messages::{Locale, MessageKey};
/// assert_eq!(Locale::Es.text(MessageKey::ResendButton), "Reenviar código");
/// assert_eq!(Locale::Ja.duration(65_000), "1分5秒");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    /// English (`en`), the fallback.
    #[default]
    En,
    /// German (`de`).
    De,
    /// Spanish (`es`).
    Es,
    /// French (`fr`).
    Fr,
    /// Japanese (`ja`).
    Ja,
    /// Brazilian Portuguese (`pt-BR`; also any `pt`).
    PtBr,
    /// Simplified Chinese (`zh-CN`; also `zh`, `zh-Hans`, `zh-SG`).
    ZhCn,
}

impl Locale {
    /// Every locale.
    pub const ALL: [Locale; 7] = [
        Self::En,
        Self::De,
        Self::Es,
        Self::Fr,
        Self::Ja,
        Self::PtBr,
        Self::ZhCn,
    ];

    /// The BCP 47 tag.
    pub fn tag(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::De => "de",
            Self::Es => "es",
            Self::Fr => "fr",
            Self::Ja => "ja",
            Self::PtBr => "pt-BR",
            Self::ZhCn => "zh-CN",
        }
    }

    /// The locale for a BCP 47 tag (`de-AT`, `pt_BR`, `zh-Hans-CN`), if the
    /// widget speaks it. Traditional Chinese is not Simplified Chinese.
    ///
    /// ## Usage
    /// ```
    /// use cognito_resend_code::messages::Locale;
    /// assert_eq!(Locale::parse("de-AT"), Some(Locale::De));
    /// assert_eq!(Locale::parse("zh-TW"), None);
    /// ```
    pub fn parse(tag: &str) -> Option<Self> {
        let lower: String = crate::protocol::trim(tag)
            .chars()
            .map(|c| {
                if c == '_' {
                    '-'
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect();
        let mut parts = lower.split(['-']);
        let language = parts.next()?;
        Some(match language {
            "en" => Self::En,
            "de" => Self::De,
            "es" => Self::Es,
            "fr" => Self::Fr,
            "ja" => Self::Ja,
            "pt" => Self::PtBr,
            "zh" if parts.any(|p| matches!(p, "hant" | "tw" | "hk" | "mo")) => return None,
            "zh" => Self::ZhCn,
            _ => return None,
        })
    }

    /// The first locale the widget speaks among `preferences` (the prop, the
    /// page's `lang`, `navigator.language`, ... in that order), else English.
    ///
    /// ## Usage
    /// ```
    /// use cognito_resend_code::messages::Locale;
    /// assert_eq!(Locale::negotiate(["", "ko", "fr-CA"]), Locale::Fr);
    /// assert_eq!(Locale::negotiate(["ko"]), Locale::En);
    /// ```
    pub fn negotiate<'a>(preferences: impl IntoIterator<Item = &'a str>) -> Self {
        preferences
            .into_iter()
            .find_map(Self::parse)
            .unwrap_or_default()
    }

    /// The catalog text for `key`; English for a locale whose catalog is
    /// not compiled in (see [`Locale::is_built_in`]).
    pub fn text(self, key: MessageKey) -> &'static str {
        #[cfg(feature = "all-locales")]
        match self {
            Self::En => {}
            Self::De => return de::text(key),
            Self::Es => return es::text(key),
            Self::Fr => return fr::text(key),
            Self::Ja => return ja::text(key),
            Self::PtBr => return pt_br::text(key),
            Self::ZhCn => return zh_cn::text(key),
        }
        en::text(key)
    }

    /// Whether this locale's catalog is compiled in. The others are loaded as
    /// data ([`parse_catalog`]) and given to [`Messages::with_overrides`].
    pub fn is_built_in(self) -> bool {
        cfg!(feature = "all-locales") || self == Self::En
    }

    /// A duration in words, rounded up to whole seconds, in this locale's
    /// catalog ([`Messages::duration`]); English for a locale whose catalog
    /// is not compiled in, as [`Locale::text`].
    pub fn duration(self, ms: u64) -> String {
        Messages::new(self).duration(ms)
    }
}

/// A locale's catalog with the caller's overrides on top.
///
/// ## Usage
/// ```
/// use cognito_resend_code::messages::{Locale, MessageKey, Messages};
/// let messages = Messages::new(Locale::De).with_override(MessageKey::ResendButton, "Nochmal senden");
/// assert_eq!(messages.get(MessageKey::ResendButton), "Nochmal senden");
/// assert_eq!(messages.get(MessageKey::SendingButton), "Wird gesendet…");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Messages {
    locale: Locale,
    /// In the order given: the last one for a key wins.
    overrides: Vec<(MessageKey, String)>,
}

impl Messages {
    /// The catalog of `locale`.
    pub fn new(locale: Locale) -> Self {
        Self {
            locale,
            overrides: Vec::new(),
        }
    }

    /// Replaces one message (same placeholders as the original).
    #[must_use]
    pub fn with_override(mut self, key: MessageKey, text: impl Into<String>) -> Self {
        self.overrides.push((key, text.into()));
        self
    }

    /// Adds several overrides (for a key given twice, the last wins).
    #[must_use]
    pub fn with_overrides(
        mut self,
        overrides: impl IntoIterator<Item = (MessageKey, String)>,
    ) -> Self {
        self.overrides.extend(overrides);
        self
    }

    /// The locale.
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The text for `key`: the override if there is one, else the catalog's.
    pub fn get(&self, key: MessageKey) -> &str {
        self.overrides
            .iter()
            .rev()
            .find(|(k, _)| *k == key)
            .map_or_else(|| self.locale.text(key), |(_, text)| text.as_str())
    }

    /// A duration in words, rounded up to whole seconds: `1 minute 5 seconds`,
    /// `15 Minuten`, `27秒`. Its words are messages too (`Seconds`, ...), so
    /// overrides can say it in any language.
    ///
    /// ## Usage
    /// ```
    /// use cognito_resend_code::messages::{Locale, MessageKey, Messages};
    /// let italian = Messages::new(Locale::En)
    ///     .with_override(MessageKey::Minute, "{n} minuto")
    ///     .with_override(MessageKey::Seconds, "{n} secondi");
    /// assert_eq!(italian.duration(65_000), "1 minuto 5 secondi");
    /// ```
    pub fn duration(&self, ms: u64) -> String {
        let total = ms.div_ceil(1000);
        let (minutes, seconds) = (total / 60, total % 60);
        match (minutes, seconds) {
            (0, s) => self.count(s, MessageKey::Second, MessageKey::Seconds),
            (m, 0) => self.count(m, MessageKey::Minute, MessageKey::Minutes),
            (m, s) => fill(
                &fill(
                    self.get(MessageKey::MinutesAndSeconds),
                    "{minutes}",
                    &self.count(m, MessageKey::Minute, MessageKey::Minutes),
                ),
                "{seconds}",
                &self.count(s, MessageKey::Second, MessageKey::Seconds),
            ),
        }
    }

    /// `n` of a unit: `one`'s text for the singular (1, and 0 in French),
    /// else `other`'s.
    fn count(&self, n: u64, one: MessageKey, other: MessageKey) -> String {
        let singular = n == 1 || (n == 0 && self.locale == Locale::Fr);
        let mut number = String::new();
        crate::protocol::push_decimal(&mut number, n);
        fill(self.get(if singular { one } else { other }), "{n}", &number)
    }

    /// The button's visible label during a cooldown: `Resend code in 0:27`.
    pub fn cooldown_button(&self, remaining_ms: u64) -> String {
        fill(
            self.get(MessageKey::CooldownButton),
            "{time}",
            &crate::cooldown::format_remaining(remaining_ms),
        )
    }

    /// The button's accessible name during a cooldown, in words.
    pub fn cooldown_label(&self, remaining_ms: u64) -> String {
        fill(
            self.get(MessageKey::CooldownLabel),
            "{wait}",
            &self.duration(remaining_ms),
        )
    }

    /// The sentence for a successful send. In enumeration-safe mode every
    /// success reads the same, whoever the user is.
    ///
    /// ## Usage
    /// ```
    /// use cognito_resend_code::messages::{Locale, Messages};
    /// use cognito_resend_code::protocol::{CodeDeliveryDetails, DeliveryMedium};
    /// let details = CodeDeliveryDetails {
    ///     destination: Some("j***@e***".into()),
    ///     delivery_medium: Some(DeliveryMedium::Email),
    ///     attribute_name: Some("email".into()),
    /// };
    /// assert_eq!(Messages::new(Locale::En).sent(&details, false), "We emailed a code to j***@e***.");
    /// ```
    pub fn sent(&self, details: &CodeDeliveryDetails, enumeration_safe: bool) -> String {
        self.sent_with_key(details, enumeration_safe).1
    }

    /// [`Messages::sent`] and the key of the message it used.
    pub fn sent_with_key(
        &self,
        details: &CodeDeliveryDetails,
        enumeration_safe: bool,
    ) -> (MessageKey, String) {
        let destination = details.destination.as_deref().unwrap_or_default();
        let key = match &details.delivery_medium {
            _ if enumeration_safe || destination.is_empty() => MessageKey::SentNeutral,
            Some(DeliveryMedium::Email) => MessageKey::SentEmail,
            Some(DeliveryMedium::Sms) => MessageKey::SentSms,
            _ => MessageKey::SentOther,
        };
        (key, fill(self.get(key), "{destination}", destination))
    }

    /// The sentence for a failure; `wait_ms` fills a `{wait}` (the cooldown it
    /// started, for the attempt limit).
    pub fn error(&self, error: &ResendError, wait_ms: u64) -> String {
        self.error_until(error, wait_ms, None)
    }

    /// [`Messages::error`], with the attempt limit's wait said as the time
    /// of day it ends (`clock`, such as `14:32`) when there is one.
    ///
    /// ## Usage
    /// ```
    /// use cognito_resend_code::messages::{Locale, Messages};
    /// use cognito_resend_code::protocol::{CognitoErrorKind, ResendError};
    /// let limit = ResendError::Cognito { kind: CognitoErrorKind::LimitExceeded, message: None };
    /// assert_eq!(
    ///     Messages::new(Locale::En).error_until(&limit, 900_000, Some("14:32")),
    ///     "Too many attempts. You can ask for a new code at 14:32."
    /// );
    /// ```
    pub fn error_until(&self, error: &ResendError, wait_ms: u64, clock: Option<&str>) -> String {
        self.key_until(error_key(error), wait_ms, clock)
    }

    /// [`Messages::error_until`] for the message `key` of an error
    /// ([`error_key`]); any other key gives its text with `{wait}` filled.
    ///
    /// ## Usage
    /// ```
    /// use cognito_resend_code::messages::{Locale, MessageKey, Messages};
    /// let english = Messages::new(Locale::En);
    /// assert_eq!(
    ///     english.key_until(MessageKey::LimitExceeded, 900_000, None),
    ///     "Too many attempts. Please wait 15 minutes before asking for another code."
    /// );
    /// ```
    pub fn key_until(&self, key: MessageKey, wait_ms: u64, clock: Option<&str>) -> String {
        match (key, clock) {
            (MessageKey::LimitExceeded, Some(clock)) => {
                fill(self.get(MessageKey::LimitExceededUntil), "{clock}", clock)
            }
            (key, _) => fill(self.get(key), "{wait}", &self.duration(wait_ms)),
        }
    }

    /// The button's label during a long cooldown: `Resend code at 14:32`.
    pub fn cooldown_until(&self, clock: &str) -> String {
        fill(self.get(MessageKey::CooldownUntil), "{clock}", clock)
    }
}

/// `template` with every `placeholder` replaced by `value`. By hand rather
/// than `str::replace`, whose substring search costs kilobytes of wasm.
fn fill(template: &str, placeholder: &str, value: &str) -> String {
    let mut text = String::with_capacity(template.len() + value.len());
    let mut rest = template;
    while !rest.is_empty() {
        if rest.as_bytes().starts_with(placeholder.as_bytes()) {
            text.push_str(value);
            rest = rest.get(placeholder.len()..).unwrap_or_default();
        } else {
            let mut chars = rest.chars();
            if let Some(c) = chars.next() {
                text.push(c);
            }
            rest = chars.as_str();
        }
    }
    text
}

/// A locale's compiled catalog as a JSON array of its texts, in
/// [`MessageKey::ALL`]'s order: the data the npm package ships for the
/// languages its wasm leaves out. Positional, so the wasm that reads it needs
/// no key names (the headless one has no other use for them); the files ship
/// in the same package as the wasm, so their order is the wasm's.
///
/// ## Usage
/// ```
/// use cognito_resend_code::messages::{catalog_json, parse_catalog, Locale, MessageKey};
/// let json = catalog_json(Locale::De);
/// assert!(json.starts_with(r#"["Code erneut senden","#));
/// assert_eq!(parse_catalog(&json).len(), MessageKey::ALL.len());
/// ```
pub fn catalog_json(locale: Locale) -> String {
    let mut json = String::from("[");
    for key in MessageKey::ALL {
        if json.len() > 1 {
            json.push(',');
        }
        crate::protocol::write_json_string(&mut json, locale.text(*key));
    }
    json.push(']');
    json
}

/// Reads what [`catalog_json`] wrote. Anything else (not JSON, not an array
/// of exactly one string per key) gives nothing: the widget then speaks
/// English rather than put a text under the wrong key.
pub fn parse_catalog(json: &str) -> Vec<(MessageKey, String)> {
    use crate::protocol::Json;
    let mut catalog = Vec::new();
    if let Some(Json::Array(texts)) = Json::parse_str(json) {
        if texts.len() == MessageKey::ALL.len() {
            for (key, text) in MessageKey::ALL.iter().zip(texts) {
                let Json::String(text) = text else {
                    return Vec::new();
                };
                catalog.push((*key, text));
            }
        }
    }
    catalog
}

/// The English text for `key`.
pub fn english(key: MessageKey) -> &'static str {
    Locale::En.text(key)
}

/// The key for a failure.
pub fn error_key(error: &ResendError) -> MessageKey {
    use CognitoErrorKind as K;
    match error {
        ResendError::Invalid(e) if e.field == Field::Username => MessageKey::InvalidUsername,
        ResendError::Invalid(_) | ResendError::Endpoint(_) | ResendError::Setup(_) => {
            MessageKey::Misconfigured
        }
        _ if error.is_already_confirmed() => MessageKey::AlreadyConfirmed,
        ResendError::Cognito { kind, .. } => match kind {
            K::CodeDeliveryFailure => MessageKey::CodeDeliveryFailure,
            K::Forbidden => MessageKey::Forbidden,
            K::InternalError => MessageKey::InternalError,
            K::InvalidEmailRoleAccessPolicy => MessageKey::EmailRoleAccessPolicy,
            K::InvalidSmsRoleAccessPolicy => MessageKey::SmsRoleAccessPolicy,
            K::InvalidSmsRoleTrustRelationship => MessageKey::SmsRoleTrustRelationship,
            K::InvalidLambdaResponse => MessageKey::InvalidLambdaResponse,
            K::UnexpectedLambda => MessageKey::UnexpectedLambda,
            K::UserLambdaValidation => MessageKey::UserLambdaValidation,
            K::InvalidParameter => MessageKey::InvalidParameter,
            K::LimitExceeded if error.is_daily_email_limit() => MessageKey::DailyEmailLimit,
            K::LimitExceeded => MessageKey::LimitExceeded,
            K::NotAuthorized => MessageKey::NotAuthorized,
            K::OperationNotEnabled => MessageKey::OperationNotEnabled,
            K::ResourceNotFound => MessageKey::ResourceNotFound,
            K::TooManyRequests => MessageKey::TooManyRequests,
            K::UserNotFound => MessageKey::UserNotFound,
        },
        ResendError::UnknownService { .. } => MessageKey::UnknownError,
        ResendError::Offline => MessageKey::Offline,
        // Nobody sees a cancelled request's message; it reads like a lost connection.
        ResendError::Network | ResendError::Aborted => MessageKey::Network,
        // Said only to a `send()` caller: the button already shows the wait.
        ResendError::CooldownActive => MessageKey::CooldownLabel,
        ResendError::Disabled => MessageKey::UnknownError,
        ResendError::CorsRefused => MessageKey::CorsRefused,
        ResendError::Timeout => MessageKey::Timeout,
        ResendError::UnexpectedResponse { .. } => MessageKey::UnexpectedResponse,
    }
}

/// Whether the error comes from how the pool, the app client or the page is
/// set up ([`crate::protocol::ErrorClass::is_setup_problem`]). The person sees
/// "try later or contact support"; the developer detail (error name,
/// Cognito's message) belongs in the console.
pub fn is_configuration_problem(error: &ResendError) -> bool {
    error.class().is_setup_problem()
}

/// In enumeration-safe mode an unknown user looks exactly like a success, so
/// the widget never tells which accounts exist.
pub fn hidden_as_success(error: &ResendError, enumeration_safe: bool) -> bool {
    enumeration_safe && error.is(CognitoErrorKind::UserNotFound)
}
