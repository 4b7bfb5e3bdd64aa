//! Everything that can go wrong, and how an error response is read.

use core::fmt;

use super::endpoint::EndpointError;
use super::json::Json;
use super::validate::ValidationError;

macro_rules! cognito_errors {
    ($($variant:ident => $name:literal,)*) => {
        /// The 16 errors Cognito documents for `ResendConfirmationCode`.
        ///
        /// ## Usage
        /// ```
        /// use cognito_resend_code::protocol::CognitoErrorKind;
        /// assert_eq!(CognitoErrorKind::from_name("UserNotFoundException"), Some(CognitoErrorKind::UserNotFound));
        /// assert_eq!(CognitoErrorKind::ALL.len(), 16);
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum CognitoErrorKind {
            $(
                #[doc = concat!("`", $name, "`")]
                $variant,
            )*
        }

        impl CognitoErrorKind {
            /// All of them, in alphabetical order.
            pub const ALL: [Self; 16] = [$(Self::$variant,)*];

            /// The name on the wire, such as `UserNotFoundException`.
            pub fn name(self) -> &'static str {
                match self {
                    $(Self::$variant => $name,)*
                }
            }

            /// The kind with this wire name, if it is one of the 16.
            pub fn from_name(name: &str) -> Option<Self> {
                // A search over `name`'s table: smaller than a string match.
                Self::ALL.into_iter().find(|kind| kind.name() == name)
            }
        }
    };
}

cognito_errors! {
    CodeDeliveryFailure => "CodeDeliveryFailureException",
    Forbidden => "ForbiddenException",
    InternalError => "InternalErrorException",
    InvalidEmailRoleAccessPolicy => "InvalidEmailRoleAccessPolicyException",
    InvalidLambdaResponse => "InvalidLambdaResponseException",
    InvalidParameter => "InvalidParameterException",
    InvalidSmsRoleAccessPolicy => "InvalidSmsRoleAccessPolicyException",
    InvalidSmsRoleTrustRelationship => "InvalidSmsRoleTrustRelationshipException",
    LimitExceeded => "LimitExceededException",
    NotAuthorized => "NotAuthorizedException",
    OperationNotEnabled => "OperationNotEnabledException",
    ResourceNotFound => "ResourceNotFoundException",
    TooManyRequests => "TooManyRequestsException",
    UnexpectedLambda => "UnexpectedLambdaException",
    UserLambdaValidation => "UserLambdaValidationException",
    UserNotFound => "UserNotFoundException",
}

/// Why a response could not be read.
///
/// ## Usage
/// ```
/// use cognito_resend_code::protocol::{parse_response, ResendError, ResponseProblem};
/// let error = parse_response(502, None, b"<html>Bad Gateway</html>").unwrap_err();
/// assert_eq!(error, ResendError::UnexpectedResponse { status: 502, problem: ResponseProblem::NotJson });
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResponseProblem {
    /// The body is not JSON (an HTML page from a proxy, an empty body, ...).
    NotJson,
    /// JSON, but not the documented shape.
    WrongShape,
}

/// Why a code was not resent.
///
/// ## Usage
/// ```
/// use cognito_resend_code::protocol::{parse_response, CognitoErrorKind};
/// let body = br#"{"__type":"LimitExceededException","message":"Attempt limit exceeded"}"#;
/// let error = parse_response(400, None, body).unwrap_err();
/// assert!(error.is(CognitoErrorKind::LimitExceeded));
/// assert_eq!(error.name(), "LimitExceededException");
/// assert_eq!(error.service_message(), Some("Attempt limit exceeded"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResendError {
    /// The request breaks a documented constraint; nothing was sent.
    Invalid(ValidationError),
    /// No usable endpoint; nothing was sent.
    Endpoint(EndpointError),
    /// Something else the page set up wrongly (such as `client-metadata`
    /// that is not a JSON object of strings); nothing was sent.
    Setup(String),
    /// One of the 16 documented Cognito errors.
    Cognito {
        /// Which one.
        kind: CognitoErrorKind,
        /// Cognito's message, meant for developers.
        message: Option<String>,
    },
    /// A service error that is not one of the 16 (or has no name at all:
    /// `name` is then `Unknown`).
    UnknownService {
        /// The error name, namespace and suffix stripped.
        name: String,
        /// The service's message.
        message: Option<String>,
        /// The HTTP status.
        status: u16,
    },
    /// The browser says it is offline; nothing could be sent.
    Offline,
    /// The request got no answer: DNS, connection refused or reset.
    Network,
    /// The server answered, but its CORS headers do not let this page read
    /// the answer (told apart from [`ResendError::Network`] by a probe).
    CorsRefused,
    /// No answer within the timeout; the request was aborted.
    Timeout,
    /// The caller cancelled the request (the widget left the page).
    Aborted,
    /// The widget held a `send()`: its cooldown runs, or a request is in
    /// flight for another user. Nothing was sent.
    CooldownActive,
    /// The widget held a `send()`: it is disabled. Nothing was sent.
    Disabled,
    /// An answer that is not what Cognito sends.
    UnexpectedResponse {
        /// The HTTP status.
        status: u16,
        /// What is wrong with the body.
        problem: ResponseProblem,
    },
}

impl ResendError {
    /// A stable name for the error: the Cognito error name, or one of
    /// `InvalidRequest`, `InvalidEndpoint`, `InvalidSetup`, `OfflineError`, `NetworkError`,
    /// `CorsError`, `TimeoutError`, `AbortError`, `UnexpectedResponse`.
    pub fn name(&self) -> &str {
        match self {
            Self::Invalid(_) => "InvalidRequest",
            Self::Endpoint(_) => "InvalidEndpoint",
            Self::Setup(_) => "InvalidSetup",
            Self::Cognito { kind, .. } => kind.name(),
            Self::UnknownService { name, .. } => name,
            Self::Offline => "OfflineError",
            Self::Network => "NetworkError",
            Self::CorsRefused => "CorsError",
            Self::Timeout => "TimeoutError",
            Self::Aborted => "AbortError",
            Self::CooldownActive => "CooldownActive",
            Self::Disabled => "Disabled",
            Self::UnexpectedResponse { .. } => "UnexpectedResponse",
        }
    }

    /// The service's own message, where there is one.
    pub fn service_message(&self) -> Option<&str> {
        match self {
            Self::Cognito { message, .. } | Self::UnknownService { message, .. } => {
                message.as_deref()
            }
            _ => None,
        }
    }

    /// Whether this is the given Cognito error.
    pub fn is(&self, kind: CognitoErrorKind) -> bool {
        matches!(self, Self::Cognito { kind: k, .. } if *k == kind)
    }

    /// Cognito answers a resend for a user who is already confirmed with
    /// `InvalidParameterException` and "User is already confirmed."
    pub fn is_already_confirmed(&self) -> bool {
        self.is(CognitoErrorKind::InvalidParameter) && self.message_mentions(&["already confirmed"])
    }

    /// Cognito's built-in email sender allows a few emails a day per account;
    /// past it, `LimitExceededException` says the daily email limit was
    /// exceeded ("Exceeded daily email limit for the operation or the
    /// account. If a higher limit is required, please configure your user
    /// pool to use your own Amazon SES configuration ..."). Matched on its
    /// words "daily" and "email", not on one exact sentence.
    ///
    /// ## Usage
    /// ```
    /// use cognito_resend_code::protocol::{CognitoErrorKind, ErrorClass, ResendError};
    /// let cap = ResendError::Cognito {
    ///     kind: CognitoErrorKind::LimitExceeded,
    ///     message: Some("Exceeded daily email limit for the operation or the account.".into()),
    /// };
    /// assert!(cap.is_daily_email_limit());
    /// assert_eq!(cap.class(), ErrorClass::DailyEmailLimit);
    /// ```
    pub fn is_daily_email_limit(&self) -> bool {
        self.is(CognitoErrorKind::LimitExceeded) && self.message_mentions(&["daily", "email"])
    }

    /// Whether the service's message holds every one of `words` (ASCII case
    /// ignored).
    fn message_mentions(&self, words: &[&str]) -> bool {
        self.service_message().is_some_and(|message| {
            words.iter().all(|word| {
                message
                    .as_bytes()
                    .windows(word.len())
                    .any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
            })
        })
    }

    /// What the site owner can do about this error, for the console; `None`
    /// when the error's own message says enough.
    pub fn owner_advice(&self) -> Option<&'static str> {
        (self.class() == ErrorClass::DailyEmailLimit).then_some(
            "Cognito's default email sender reached its daily limit. To send more, configure \
             the user pool's email to go through Amazon SES (Cognito console: the user pool's \
             Authentication > Email settings).",
        )
    }

    /// What kind of failure this is (see [`ErrorClass`]).
    ///
    /// ## Usage
    /// ```
    /// use cognito_resend_code::protocol::{CognitoErrorKind, ErrorClass, ResendError};
    /// let limit = ResendError::Cognito { kind: CognitoErrorKind::LimitExceeded, message: None };
    /// assert_eq!(limit.class(), ErrorClass::AttemptLimit);
    /// assert!(limit.class().retry_may_help());
    /// assert!(ResendError::CorsRefused.class().is_setup_problem());
    /// ```
    pub fn class(&self) -> ErrorClass {
        use CognitoErrorKind as K;
        match self {
            Self::Invalid(error) if error.field == super::Field::Username => {
                ErrorClass::InvalidInput
            }
            Self::Invalid(_) | Self::Endpoint(_) | Self::Setup(_) => ErrorClass::PageSetup,
            Self::Cognito { kind, .. } => match kind {
                K::LimitExceeded if self.is_daily_email_limit() => ErrorClass::DailyEmailLimit,
                K::LimitExceeded => ErrorClass::AttemptLimit,
                K::TooManyRequests => ErrorClass::Throttled,
                K::InternalError | K::CodeDeliveryFailure => ErrorClass::Transient,
                K::UserNotFound => ErrorClass::Final,
                K::InvalidParameter if self.is_already_confirmed() => ErrorClass::Final,
                K::Forbidden
                | K::InvalidEmailRoleAccessPolicy
                | K::InvalidLambdaResponse
                | K::InvalidParameter
                | K::InvalidSmsRoleAccessPolicy
                | K::InvalidSmsRoleTrustRelationship
                | K::NotAuthorized
                | K::OperationNotEnabled
                | K::ResourceNotFound
                | K::UnexpectedLambda
                | K::UserLambdaValidation => ErrorClass::ServiceSetup,
            },
            Self::CorsRefused => ErrorClass::ServiceSetup,
            Self::CooldownActive | Self::Disabled => ErrorClass::Held,
            Self::UnknownService { .. }
            | Self::Offline
            | Self::Network
            | Self::Timeout
            | Self::Aborted
            | Self::UnexpectedResponse { .. } => ErrorClass::Transient,
        }
    }
}

/// What a failure means for whoever handles it: whether pressing again can
/// help, whether the button should wait first, and whether the site owner
/// must fix something. The cooldown and the messages both read it, so
/// nothing in the core depends on the words shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorClass {
    /// A passing failure: offline, no answer, a timeout, a server fault or an
    /// answer that is not Cognito's. Trying again may work at once.
    Transient,
    /// Cognito throttled the request: trying again works after a short wait.
    Throttled,
    /// Cognito's attempt limit for this user: trying again works after a
    /// long wait.
    AttemptLimit,
    /// Cognito's built-in email sender reached its daily limit for the
    /// account: no code goes out today, whoever asks. The site owner can
    /// lift it by sending email through Amazon SES.
    DailyEmailLimit,
    /// The person's input (the username) is not valid; nothing was sent.
    InvalidInput,
    /// The page set the request up wrongly (client id, endpoint, options);
    /// nothing was sent. The site owner must fix the page.
    PageSetup,
    /// The user pool, app client, triggers, roles or CORS are set up wrongly.
    /// The site owner must fix them; trying again gives the same answer.
    ServiceSetup,
    /// The answer will not change: the user is already confirmed or unknown.
    Final,
    /// The widget held the send (its cooldown, or `disabled`); nothing was
    /// sent. It may be asked again later.
    Held,
}

impl ErrorClass {
    /// Whether pressing again, unchanged, can succeed (after any wait).
    pub fn retry_may_help(self) -> bool {
        matches!(
            self,
            Self::Transient | Self::Throttled | Self::AttemptLimit | Self::Held
        )
    }

    /// Whether the site owner, not the person, must fix something.
    pub fn is_setup_problem(self) -> bool {
        matches!(
            self,
            Self::PageSetup | Self::ServiceSetup | Self::DailyEmailLimit
        )
    }
}

impl ResendError {
    /// The error's name and what happened, for the developer (also its
    /// `Display`); the person sees [`crate::messages`] instead.
    pub fn message(&self) -> String {
        let mut text = String::new();
        match self {
            Self::Invalid(error) => {
                text.push_str("invalid request: ");
                text.push_str(&error.message());
            }
            Self::Endpoint(error) => {
                text.push_str("invalid endpoint: ");
                text.push_str(&error.message());
            }
            Self::Setup(problem) => {
                text.push_str("invalid setup: ");
                text.push_str(problem);
            }
            Self::Offline => text.push_str("OfflineError: the browser is offline"),
            Self::Network => text.push_str("NetworkError: the request got no answer"),
            Self::CorsRefused => text.push_str(
                "CorsError: the server answered but its CORS headers do not allow this origin",
            ),
            Self::Timeout => text.push_str("TimeoutError: no answer in time"),
            Self::Aborted => text.push_str("AbortError: the request was cancelled"),
            Self::CooldownActive => text.push_str(
                "CooldownActive: the widget waits before it sends again; nothing was sent",
            ),
            Self::Disabled => text.push_str("Disabled: the widget is disabled; nothing was sent"),
            Self::UnexpectedResponse { status, problem } => {
                text.push_str("UnexpectedResponse: HTTP ");
                super::push_decimal(&mut text, u64::from(*status));
                text.push_str(match problem {
                    ResponseProblem::NotJson => ", the body is not JSON",
                    ResponseProblem::WrongShape => ", the body is not the documented shape",
                });
            }
            other => {
                text.push_str(other.name());
                if let Some(message) = other.service_message() {
                    text.push_str(": ");
                    text.push_str(message);
                }
            }
        }
        text
    }
}

impl fmt::Display for ResendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for ResendError {}

impl From<ValidationError> for ResendError {
    fn from(error: ValidationError) -> Self {
        Self::Invalid(error)
    }
}

impl From<EndpointError> for ResendError {
    fn from(error: EndpointError) -> Self {
        Self::Endpoint(error)
    }
}

/// Reads a non-2xx response as the official SDK does: the name from the body's
/// `__type`, else its `code`, else the `x-amzn-ErrorType` header; the message
/// from `message`, else `Message`.
pub(crate) fn parse_error(
    status: u16,
    error_type_header: Option<&str>,
    parsed: Option<Json>,
) -> ResendError {
    // A body that is JSON but not an object (`null`, `"Rate exceeded"`)
    // names nothing: the header still may, as for a body that is not JSON.
    let object = parsed.as_ref().filter(|p| matches!(p, Json::Object(_)));
    let text = |key: &str| object.and_then(|o| o.get(key)).and_then(Json::as_str);
    let raw_name = text("__type")
        .or_else(|| text("code"))
        .or(error_type_header.filter(|h| !super::trim(h).is_empty()));
    if object.is_none() && raw_name.is_none() {
        return ResendError::UnexpectedResponse {
            status,
            problem: if parsed.is_some() {
                ResponseProblem::WrongShape
            } else {
                ResponseProblem::NotJson
            },
        };
    }
    let name = raw_name.map_or("Unknown", sanitize_error_name);
    let message = text("message")
        .or_else(|| text("Message"))
        .map(str::to_owned);
    match CognitoErrorKind::from_name(name) {
        Some(kind) => ResendError::Cognito { kind, message },
        None => ResendError::UnknownService {
            name: if name.is_empty() { "Unknown" } else { name }.to_owned(),
            message,
            status,
        },
    }
}

/// `aws#Name:http://...,more` -> `Name`: the part before the first `,`, then
/// before the first `:`, then the part after the first `#`.
pub fn sanitize_error_name(raw: &str) -> &str {
    let mut name = super::trim(raw);
    name = name.split([',']).next().unwrap_or_default();
    name = name.split([':']).next().unwrap_or_default();
    if let Some((_, after)) = name.split_once(['#']) {
        name = after.split(['#']).next().unwrap_or_default();
    }
    super::trim(name)
}
