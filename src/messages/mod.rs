//! The words the widget shows: one key per outcome, looked up in a catalog.
//!
//! Pure: the component asks for text here and never writes its own.

mod en;

use crate::protocol::{CodeDeliveryDetails, CognitoErrorKind, DeliveryMedium, ResendError};

/// One piece of text the widget can show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)] // each name says what it is; the English text is in `en.rs`
pub enum MessageKey {
    ResendButton,
    SendingButton,
    SentEmail,
    SentSms,
    SentOther,
    AlreadyConfirmed,
    CodeDeliveryFailure,
    Forbidden,
    InternalError,
    PoolMisconfigured,
    InvalidParameter,
    LimitExceeded,
    NotAuthorized,
    OperationNotEnabled,
    ResourceNotFound,
    TooManyRequests,
    LambdaFailed,
    UserNotFound,
    UnknownError,
    Network,
    Timeout,
    UnexpectedResponse,
    InvalidUsername,
    Misconfigured,
}

/// The message for `key` in English. Templates hold `{destination}` where the
/// masked destination goes.
pub fn english(key: MessageKey) -> &'static str {
    en::text(key)
}

/// The key for a successful send, by medium.
pub fn sent_key(details: &CodeDeliveryDetails) -> MessageKey {
    match details.delivery_medium {
        Some(DeliveryMedium::Email) => MessageKey::SentEmail,
        Some(DeliveryMedium::Sms) => MessageKey::SentSms,
        _ => MessageKey::SentOther,
    }
}

/// The key for a failure.
pub fn error_key(error: &ResendError) -> MessageKey {
    use CognitoErrorKind as K;
    match error {
        ResendError::Invalid(e) if e.field == crate::protocol::Field::Username => {
            MessageKey::InvalidUsername
        }
        ResendError::Invalid(_) | ResendError::Endpoint(_) => MessageKey::Misconfigured,
        ResendError::Cognito { kind, message } => match kind {
            K::InvalidParameter if is_already_confirmed(message.as_deref()) => {
                MessageKey::AlreadyConfirmed
            }
            K::CodeDeliveryFailure => MessageKey::CodeDeliveryFailure,
            K::Forbidden => MessageKey::Forbidden,
            K::InternalError => MessageKey::InternalError,
            K::InvalidEmailRoleAccessPolicy
            | K::InvalidSmsRoleAccessPolicy
            | K::InvalidSmsRoleTrustRelationship => MessageKey::PoolMisconfigured,
            K::InvalidLambdaResponse | K::UnexpectedLambda | K::UserLambdaValidation => {
                MessageKey::LambdaFailed
            }
            K::InvalidParameter => MessageKey::InvalidParameter,
            K::LimitExceeded => MessageKey::LimitExceeded,
            K::NotAuthorized => MessageKey::NotAuthorized,
            K::OperationNotEnabled => MessageKey::OperationNotEnabled,
            K::ResourceNotFound => MessageKey::ResourceNotFound,
            K::TooManyRequests => MessageKey::TooManyRequests,
            K::UserNotFound => MessageKey::UserNotFound,
        },
        ResendError::UnknownService { .. } => MessageKey::UnknownError,
        ResendError::Network => MessageKey::Network,
        ResendError::Timeout => MessageKey::Timeout,
        ResendError::UnexpectedResponse { .. } => MessageKey::UnexpectedResponse,
    }
}

/// Cognito answers a resend for a confirmed user with InvalidParameter and
/// "User is already confirmed."
fn is_already_confirmed(message: Option<&str>) -> bool {
    message.is_some_and(|m| m.to_ascii_lowercase().contains("already confirmed"))
}

/// Fills a template's `{destination}`. The destination stays plain text: the
/// component renders it as a text node, never as HTML.
pub fn fill(template: &str, destination: &str) -> String {
    template.replace("{destination}", destination)
}

/// The English sentence for a successful send.
///
/// ## Usage
/// ```
/// use cognito_resend_code::messages::sent_text;
/// use cognito_resend_code::protocol::{CodeDeliveryDetails, DeliveryMedium};
/// let details = CodeDeliveryDetails {
///     destination: Some("a***@e***".into()),
///     delivery_medium: Some(DeliveryMedium::Email),
///     attribute_name: Some("email".into()),
/// };
/// assert_eq!(sent_text(&details), "We emailed a code to a***@e***.");
/// ```
pub fn sent_text(details: &CodeDeliveryDetails) -> String {
    match &details.destination {
        Some(destination) if !destination.is_empty() => {
            fill(english(sent_key(details)), destination)
        }
        _ => english(MessageKey::SentOther).replace(" to {destination}", ""),
    }
}

/// The English sentence for a failure.
pub fn error_text(error: &ResendError) -> &'static str {
    english(error_key(error))
}
