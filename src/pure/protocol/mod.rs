//! The Cognito wire protocol for `ResendConfirmationCode`, as pure Rust: no
//! browser, no network. Build a [`ResendRequest`], [`prepare`] it, send the
//! bytes however you like, and [`parse_response`] what comes back.

mod endpoint;
mod error;
mod json;
mod request;
mod response;
mod secret_hash;
mod validate;

pub use endpoint::{endpoint_for_region, region_from_user_pool_id, EndpointConfig, EndpointError};
pub use error::{sanitize_error_name, CognitoErrorKind, ErrorClass, ResendError, ResponseProblem};
pub(crate) use json::Json;
pub(crate) use request::write_json_string;
pub use request::{
    AnalyticsMetadata, ClientMetadata, MetadataError, ResendRequest, UserContextData,
};
pub use response::{CodeDeliveryDetails, DeliveryMedium};
pub use secret_hash::compute_secret_hash;
pub use validate::{is_username_char, Field, Rule, ValidationError, MAX_LENGTH};

/// Appends `n` in decimal. Messages are built with `push_str` and helpers
/// like this one instead of `format!`: `core::fmt` costs kilobytes of wasm.
pub fn push_decimal(out: &mut String, n: u64) {
    let mut digits = [0u8; 20];
    let mut rest = n;
    let mut start = digits.len();
    loop {
        start -= 1;
        if let Some(digit) = digits.get_mut(start) {
            *digit = b'0' + (rest % 10) as u8;
        }
        rest /= 10;
        if rest == 0 || start == 0 {
            break;
        }
    }
    for digit in digits.iter().skip(start) {
        out.push(char::from(*digit));
    }
}

/// `text` as a whole number, read as `str::parse` reads an unsigned one
/// (ASCII digits after an optional `+`; `None` when there are none, or past
/// `u64`): one small loop in the wasm in place of core's parser per type.
pub(crate) fn parse_decimal(text: &str) -> Option<u64> {
    let digits = text.strip_prefix("+").unwrap_or(text);
    if digits.is_empty() {
        return None;
    }
    let mut n: u64 = 0;
    for byte in digits.bytes() {
        let digit = u64::from(char::from(byte).to_digit(10)?);
        // Not `checked_mul`: on wasm32 it multiplies in 128 bits, which links
        // in compiler-builtins' `__multi3`.
        if n > (u64::MAX - digit) / 10 {
            return None;
        }
        n = n * 10 + digit;
    }
    Some(n)
}

/// [`parse_decimal`], for a `u32`.
pub(crate) fn parse_decimal_u32(text: &str) -> Option<u32> {
    parse_decimal(text).and_then(|n| u32::try_from(n).ok())
}

/// `char::is_whitespace` (Unicode's White_Space), written out: core's
/// version brings a lookup table into the wasm.
pub(crate) fn is_space(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | ' '
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// `str::trim`, through [`is_space`].
pub(crate) fn trim(text: &str) -> &str {
    text.trim_matches(is_space)
}

/// Appends `text` quoted, with JSON's escapes: how messages show a value.
pub(crate) fn push_quoted(out: &mut String, text: &str) {
    write_json_string(out, text);
}

/// Appends `byte` as two lowercase hex digits.
pub(crate) fn push_hex(out: &mut String, byte: u8) {
    for nibble in [byte >> 4, byte & 0xf] {
        out.push(char::from_digit(u32::from(nibble), 16).unwrap_or('0'));
    }
}

/// How long to wait for Cognito before giving up, unless told otherwise.
pub const DEFAULT_TIMEOUT_MS: u32 = 15_000;

/// `Content-Type` of the request.
pub const CONTENT_TYPE: &str = "application/x-amz-json-1.1";
/// `X-Amz-Target` of the request.
pub const TARGET: &str = "AWSCognitoIdentityProviderService.ResendConfirmationCode";
/// `X-Amz-User-Agent`: this library and its version.
pub const USER_AGENT: &str = concat!("cognito-resend-code/", env!("CARGO_PKG_VERSION"));

/// A checked request, ready for the wire.
///
/// ## Usage
/// ```
/// use cognito_resend_code::protocol::{prepare, EndpointConfig, ResendRequest};
/// let endpoint = EndpointConfig { endpoint: Some("http://127.0.0.1:4566/".into()), ..Default::default() };
/// let prepared = prepare(&ResendRequest::new("cid", "ok"), &endpoint).unwrap();
/// assert_eq!(prepared.headers()[1], ("X-Amz-Target", "AWSCognitoIdentityProviderService.ResendConfirmationCode"));
/// assert!(prepared.headers().iter().all(|(name, _)| *name != "Authorization"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreparedRequest {
    /// Where to POST.
    pub url: String,
    /// The JSON body.
    pub body: String,
}

impl PreparedRequest {
    /// The headers to send, in order. There is no `Authorization`: the
    /// operation is not signed.
    pub fn headers(&self) -> [(&'static str, &'static str); 3] {
        [
            ("Content-Type", CONTENT_TYPE),
            ("X-Amz-Target", TARGET),
            ("X-Amz-User-Agent", USER_AGENT),
        ]
    }
}

/// Validates the request, resolves the endpoint and writes the body. An error
/// here means nothing should be sent.
///
/// ## Usage
/// ```
/// use cognito_resend_code::protocol::{prepare, EndpointConfig, ResendRequest};
/// let endpoint = EndpointConfig { region: Some("us-east-1".into()), ..Default::default() };
/// let prepared = prepare(&ResendRequest::new("cid", "ok"), &endpoint).unwrap();
/// assert_eq!(prepared.url, "https://cognito-idp.us-east-1.amazonaws.com/");
/// assert_eq!(prepared.body, r#"{"ClientId":"cid","Username":"ok"}"#);
/// ```
pub fn prepare(
    request: &ResendRequest,
    endpoint: &EndpointConfig,
) -> Result<PreparedRequest, ResendError> {
    request.validate()?;
    Ok(PreparedRequest {
        url: endpoint.resolve()?,
        body: request.to_json(),
    })
}

/// Reads Cognito's answer: a 2xx is [`CodeDeliveryDetails`], anything else a
/// [`ResendError`]. `error_type_header` is `x-amzn-ErrorType`, when the browser
/// lets us read it. Total: no input makes it panic.
///
/// ## Usage
/// ```
/// use cognito_resend_code::protocol::{parse_response, CognitoErrorKind, DeliveryMedium};
/// let ok = br#"{"CodeDeliveryDetails":{"Destination":"a***@e***","DeliveryMedium":"EMAIL","AttributeName":"email"}}"#;
/// let details = parse_response(200, None, ok).unwrap();
/// assert_eq!(details.delivery_medium, Some(DeliveryMedium::Email));
///
/// let error = parse_response(400, None, br#"{"__type":"UserNotFoundException","message":"nope"}"#).unwrap_err();
/// assert!(error.is(CognitoErrorKind::UserNotFound));
/// ```
pub fn parse_response(
    status: u16,
    error_type_header: Option<&str>,
    body: &[u8],
) -> Result<CodeDeliveryDetails, ResendError> {
    parse_response_text(status, error_type_header, json::utf8(body).as_deref())
}

/// [`parse_response`] of a body that is already text (`None`: it was not
/// UTF-8). The browser decodes a body itself, so the wasm needs no UTF-8
/// check of its own on this path.
pub(crate) fn parse_response_text(
    status: u16,
    error_type_header: Option<&str>,
    body: Option<&str>,
) -> Result<CodeDeliveryDetails, ResendError> {
    let parsed = body.and_then(Json::parse_str);
    if (200..300).contains(&status) {
        response::parse_success(status, parsed)
    } else {
        Err(error::parse_error(status, error_type_header, parsed))
    }
}

#[cfg(test)]
mod space_tests {
    use super::{is_space, trim};

    #[test]
    fn is_space_is_char_is_whitespace_for_every_char() {
        for c in (0..=0x10_ffff).filter_map(char::from_u32) {
            assert_eq!(is_space(c), c.is_whitespace(), "U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn trim_is_str_trim() {
        for text in [
            "",
            " ",
            "a",
            " a ",
            "\u{a0}a\u{3000}",
            "\t\n a b \r",
            "\u{200b}a\u{200b}",
        ] {
            assert_eq!(trim(text), text.trim(), "{text:?}");
        }
    }
}

#[cfg(test)]
mod decimal_tests {
    use super::{parse_decimal, parse_decimal_u32};

    #[test]
    fn whole_numbers_are_read_as_str_parse_reads_them() {
        for text in [
            "",
            "+",
            "-",
            "-0",
            "++1",
            "+-1",
            "0",
            "+0",
            "007",
            "1",
            "+42",
            "65535",
            "65536",
            " 1",
            "1 ",
            "1.0",
            "1e3",
            "0x10",
            "١",
            "4294967295",
            "4294967296",
            "18446744073709551615",
            "18446744073709551616",
            "99999999999999999999999",
        ] {
            assert_eq!(parse_decimal(text), text.parse::<u64>().ok(), "{text:?}");
            assert_eq!(
                parse_decimal_u32(text),
                text.parse::<u32>().ok(),
                "{text:?}"
            );
        }
        for n in (0..200_000u64).chain([u64::from(u32::MAX), u64::MAX - 1, u64::MAX]) {
            assert_eq!(parse_decimal(&n.to_string()), Some(n));
        }
    }
}
