//! A successful answer: where the code went.

use super::error::{ResendError, ResponseProblem};
use super::json::Json;

/// How the code was sent.
///
/// ## Usage
/// ```
/// use cognito_resend_code::protocol::DeliveryMedium;
/// assert_eq!(DeliveryMedium::parse("SMS"), DeliveryMedium::Sms);
/// assert_eq!(DeliveryMedium::parse("VOICE").as_str(), "VOICE");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeliveryMedium {
    /// A text message.
    Sms,
    /// An email.
    Email,
    /// A value this library does not know, kept as Cognito sent it.
    Other(String),
}

impl DeliveryMedium {
    /// From Cognito's `DeliveryMedium` text.
    pub fn parse(value: &str) -> Self {
        match value {
            "SMS" => Self::Sms,
            "EMAIL" => Self::Email,
            other => Self::Other(other.to_owned()),
        }
    }

    /// Cognito's text for it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sms => "SMS",
            Self::Email => "EMAIL",
            Self::Other(other) => other,
        }
    }
}

/// `CodeDeliveryDetails`: where Cognito sent the code. Every field is optional
/// in Cognito's model; `destination` is already masked (`a***@e***`) and is
/// meant to be shown as given, as text.
///
/// ## Usage
/// ```
/// use cognito_resend_code::protocol::parse_response;
/// let body = br#"{"CodeDeliveryDetails":{"Destination":"+*******1234","DeliveryMedium":"SMS","AttributeName":"phone_number"}}"#;
/// let details = parse_response(200, None, body).unwrap();
/// assert_eq!(details.destination.as_deref(), Some("+*******1234"));
/// assert_eq!(details.attribute_name.as_deref(), Some("phone_number"));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CodeDeliveryDetails {
    /// `Destination`, masked by Cognito.
    pub destination: Option<String>,
    /// `DeliveryMedium`.
    pub delivery_medium: Option<DeliveryMedium>,
    /// `AttributeName`, such as `email` or `phone_number`.
    pub attribute_name: Option<String>,
}

/// Reads a 2xx body: `{"CodeDeliveryDetails": {...}}`. Unknown fields are
/// ignored; a body that is not JSON or not that shape is an
/// [`ResendError::UnexpectedResponse`].
pub(crate) fn parse_success(
    status: u16,
    body: Option<Json>,
) -> Result<CodeDeliveryDetails, ResendError> {
    let unexpected = |problem| ResendError::UnexpectedResponse { status, problem };
    let value = body.ok_or(unexpected(ResponseProblem::NotJson))?;
    let details = match value.get("CodeDeliveryDetails") {
        Some(details @ Json::Object(_)) => details,
        _ => return Err(unexpected(ResponseProblem::WrongShape)),
    };
    let field = |name: &str| match details.get(name) {
        None | Some(Json::Null) => Ok(None),
        Some(Json::String(text)) => Ok(Some(text.clone())),
        Some(_) => Err(unexpected(ResponseProblem::WrongShape)),
    };
    Ok(CodeDeliveryDetails {
        destination: field("Destination")?,
        delivery_medium: field("DeliveryMedium")?.map(|m| DeliveryMedium::parse(&m)),
        attribute_name: field("AttributeName")?,
    })
}
