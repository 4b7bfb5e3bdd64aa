//! A failed send as every caller receives it: the element's `code-error`
//! event detail, the headless API's rejection (an `Error` carrying these
//! fields) and the component's `on_error` all get this one value.

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::protocol::{CodeDeliveryDetails, ErrorClass, ResendError};

/// Why a send failed, for whoever handles it.
///
/// In JavaScript: `{name, message, cognitoMessage, friendlyMessage,
/// retryable, cooldownMs, setupProblem}`.
///
/// ## Usage
/// ```
/// use cognito_resend_code::failure::Failure;
/// use cognito_resend_code::messages::{Locale, Messages};
/// use cognito_resend_code::protocol::{CognitoErrorKind, ResendError};
/// let error = ResendError::Cognito { kind: CognitoErrorKind::LimitExceeded, message: Some("Attempt limit exceeded".into()) };
/// let failure = Failure::new(error, &Messages::new(Locale::En), 900_000);
/// assert_eq!(failure.name(), "LimitExceededException");
/// assert_eq!(failure.cognito_message(), Some("Attempt limit exceeded"));
/// assert!(failure.friendly_message.contains("15 minutes"));
/// assert!(failure.retryable() && !failure.setup_problem());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    /// What went wrong.
    pub error: ResendError,
    /// The sentence the widget shows the person, in its language.
    pub friendly_message: String,
    /// How long the widget holds the button after it, in milliseconds
    /// (0: the person may press again at once).
    pub cooldown_ms: u64,
}

impl Failure {
    /// The failure of `error`, in `messages`' words, with the button held
    /// for `cooldown_ms`.
    pub fn new(error: ResendError, messages: &crate::messages::Messages, cooldown_ms: u64) -> Self {
        let friendly_message = messages.error(&error, cooldown_ms);
        Self {
            error,
            friendly_message,
            cooldown_ms,
        }
    }

    /// The error's name: Cognito's (`LimitExceededException`) or ours
    /// (`NetworkError`, `InvalidRequest`, ...).
    pub fn name(&self) -> &str {
        self.error.name()
    }

    /// Cognito's own message, meant for developers (`None` when it sent none).
    pub fn cognito_message(&self) -> Option<&str> {
        self.error.service_message()
    }

    /// What kind of failure it is.
    pub fn class(&self) -> ErrorClass {
        self.error.class()
    }

    /// Whether pressing again, unchanged, can succeed (after `cooldown_ms`).
    pub fn retryable(&self) -> bool {
        self.class().retry_may_help()
    }

    /// Whether the site owner, not the person, must fix something.
    pub fn setup_problem(&self) -> bool {
        self.class().is_setup_problem()
    }
}

// Fields are written as `&str` and `Option<&str>`, never `String`: each type
// a field has is its own copy of the writer in the wasm.
impl Serialize for Failure {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut value = serializer.serialize_struct("Failure", 7)?;
        value.serialize_field("name", self.name())?;
        value.serialize_field("message", &self.error.message())?;
        value.serialize_field("cognitoMessage", &self.cognito_message())?;
        value.serialize_field("friendlyMessage", self.friendly_message.as_str())?;
        value.serialize_field("retryable", &self.retryable())?;
        value.serialize_field("cooldownMs", &(self.cooldown_ms as f64))?;
        value.serialize_field("setupProblem", &self.setup_problem())?;
        value.end()
    }
}

/// `{destination, deliveryMedium, attributeName}`, each `null` when Cognito
/// left it out: the `code-sent` detail and what the headless API resolves to.
impl Serialize for CodeDeliveryDetails {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut value = serializer.serialize_struct("CodeDeliveryDetails", 3)?;
        value.serialize_field("destination", &self.destination.as_deref())?;
        value.serialize_field(
            "deliveryMedium",
            &self.delivery_medium.as_ref().map(|medium| medium.as_str()),
        )?;
        value.serialize_field("attributeName", &self.attribute_name.as_deref())?;
        value.end()
    }
}
