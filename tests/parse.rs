//! Response and error parsing, as protocol.md describes it.

use cognito_resend_code::protocol::{
    parse_response, sanitize_error_name, CodeDeliveryDetails, CognitoErrorKind, DeliveryMedium,
    ResendError, ResponseProblem,
};

fn error(status: u16, header: Option<&str>, body: &str) -> ResendError {
    parse_response(status, header, body.as_bytes()).expect_err("should be an error")
}

fn unexpected(status: u16, problem: ResponseProblem) -> ResendError {
    ResendError::UnexpectedResponse { status, problem }
}

#[test]
fn success_gives_the_delivery_details() {
    let body = br#"{"CodeDeliveryDetails": {"Destination": "j***@e***", "DeliveryMedium": "EMAIL", "AttributeName": "email"}}"#;
    assert_eq!(
        parse_response(200, None, body),
        Ok(CodeDeliveryDetails {
            destination: Some("j***@e***".into()),
            delivery_medium: Some(DeliveryMedium::Email),
            attribute_name: Some("email".into()),
        })
    );
}

#[test]
fn delivery_medium_is_typed_and_unknown_values_are_kept() {
    let medium = |m: &str| {
        let body = format!(r#"{{"CodeDeliveryDetails":{{"DeliveryMedium":"{m}"}}}}"#);
        parse_response(200, None, body.as_bytes())
            .unwrap()
            .delivery_medium
            .unwrap()
    };
    assert_eq!(medium("SMS"), DeliveryMedium::Sms);
    assert_eq!(medium("EMAIL"), DeliveryMedium::Email);
    assert_eq!(medium("PIGEON"), DeliveryMedium::Other("PIGEON".into()));
    assert_eq!(medium("PIGEON").as_str(), "PIGEON");
    assert_eq!(DeliveryMedium::Sms.as_str(), "SMS");
}

#[test]
fn success_with_missing_null_or_extra_fields() {
    let details = parse_response(
        200,
        None,
        br#"{"CodeDeliveryDetails":{"Destination":null,"Extra":[1,{}]},"More":true}"#,
    )
    .unwrap();
    assert_eq!(details, CodeDeliveryDetails::default());
}

#[test]
fn success_bodies_that_are_not_the_documented_shape() {
    assert_eq!(
        parse_response(200, None, b""),
        Err(unexpected(200, ResponseProblem::NotJson))
    );
    assert_eq!(
        parse_response(200, None, b"<html>ok</html>"),
        Err(unexpected(200, ResponseProblem::NotJson))
    );
    assert_eq!(
        parse_response(200, None, br#"{"CodeDeliveryDetails":{"Dest"#),
        Err(unexpected(200, ResponseProblem::NotJson))
    );
    assert_eq!(
        parse_response(200, None, b"{}"),
        Err(unexpected(200, ResponseProblem::WrongShape))
    );
    assert_eq!(
        parse_response(200, None, b"[]"),
        Err(unexpected(200, ResponseProblem::WrongShape))
    );
    assert_eq!(
        parse_response(204, None, br#"{"CodeDeliveryDetails":[]}"#),
        Err(unexpected(204, ResponseProblem::WrongShape))
    );
    assert_eq!(
        parse_response(200, None, br#"{"CodeDeliveryDetails":{"Destination":42}}"#),
        Err(unexpected(200, ResponseProblem::WrongShape))
    );
}

#[test]
fn every_documented_error_is_typed_with_or_without_a_namespace() {
    for kind in CognitoErrorKind::ALL {
        let name = kind.name();
        assert_eq!(CognitoErrorKind::from_name(name), Some(kind));
        for type_field in [name.to_owned(), format!("com.amazonaws.cognito#{name}")] {
            let body = format!(r#"{{"__type":"{type_field}","message":"m for {name}"}}"#);
            assert_eq!(
                error(400, None, &body),
                ResendError::Cognito {
                    kind,
                    message: Some(format!("m for {name}"))
                }
            );
        }
    }
    assert_eq!(CognitoErrorKind::ALL.len(), 16);
}

#[test]
fn protocol_table_row_body_type_with_namespace() {
    assert_eq!(
        error(
            400,
            None,
            r#"{"__type":"com.amazonaws.cognito#UserNotFoundException","message":"User does not exist."}"#
        ),
        ResendError::Cognito {
            kind: CognitoErrorKind::UserNotFound,
            message: Some("User does not exist.".into())
        }
    );
}

#[test]
fn protocol_table_row_header_only() {
    assert_eq!(
        error(
            400,
            Some(
                "UserNotFoundException:http://internal.amazon.com/coral/com.amazon.coral.validate/"
            ),
            r#"{"message":"x"}"#
        ),
        ResendError::Cognito {
            kind: CognitoErrorKind::UserNotFound,
            message: Some("x".into())
        }
    );
}

#[test]
fn protocol_table_row_body_wins_over_header() {
    assert_eq!(
        error(
            400,
            Some("UserNotFoundException"),
            r#"{"__type":"LimitExceededException","message":"Attempt limit exceeded, please try after some time."}"#
        ),
        ResendError::Cognito {
            kind: CognitoErrorKind::LimitExceeded,
            message: Some("Attempt limit exceeded, please try after some time.".into())
        }
    );
}

#[test]
fn protocol_table_row_unknown_name_is_a_generic_service_error() {
    let e = error(
        400,
        None,
        r#"{"__type":"BananaException","message":"peel"}"#,
    );
    assert_eq!(
        e,
        ResendError::UnknownService {
            name: "BananaException".into(),
            message: Some("peel".into()),
            status: 400
        }
    );
    assert_eq!(e.name(), "BananaException");
    assert_eq!(e.service_message(), Some("peel"));
}

#[test]
fn protocol_table_row_no_type_anywhere_is_unknown() {
    assert_eq!(
        error(400, None, r#"{"message":"what"}"#),
        ResendError::UnknownService {
            name: "Unknown".into(),
            message: Some("what".into()),
            status: 400
        }
    );
    assert_eq!(error(400, Some("  "), "{}").name(), "Unknown");
    assert_eq!(error(400, None, r##"{"__type":"aws#"}"##).name(), "Unknown");
}

#[test]
fn protocol_table_row_internal_error_500() {
    let e = error(
        500,
        None,
        r#"{"__type":"InternalErrorException","message":"boom"}"#,
    );
    assert!(e.is(CognitoErrorKind::InternalError));
}

#[test]
fn protocol_table_row_html_502_is_a_deserialisation_failure() {
    assert_eq!(
        error(
            502,
            None,
            "<html><body><h1>502 Bad Gateway</h1></body></html>"
        ),
        unexpected(502, ResponseProblem::NotJson)
    );
    assert_eq!(
        error(503, None, ""),
        unexpected(503, ResponseProblem::NotJson)
    );
    assert_eq!(
        error(400, None, "[1,2]"),
        unexpected(400, ResponseProblem::WrongShape)
    );
}

#[test]
fn a_header_names_the_error_even_when_the_body_is_not_json() {
    assert!(
        error(400, Some("TooManyRequestsException"), "Rate exceeded")
            .is(CognitoErrorKind::TooManyRequests)
    );
}

#[test]
fn a_header_names_the_error_when_the_body_is_json_but_not_an_object() {
    for body in ["null", r#""Rate exceeded""#, "[]", "7"] {
        assert!(
            error(429, Some("TooManyRequestsException"), body)
                .is(CognitoErrorKind::TooManyRequests),
            "{body}"
        );
    }
    // Without a header such a body is still the wrong shape.
    assert_eq!(
        error(429, None, "null"),
        unexpected(429, ResponseProblem::WrongShape)
    );
}

#[test]
fn code_field_and_capitalised_message_are_read() {
    assert_eq!(
        error(
            400,
            None,
            r#"{"code":"NotAuthorizedException","Message":"Unable to verify secret hash"}"#
        ),
        ResendError::Cognito {
            kind: CognitoErrorKind::NotAuthorized,
            message: Some("Unable to verify secret hash".into())
        }
    );
    // __type beats code; message beats Message.
    assert_eq!(
        error(
            400,
            None,
            r#"{"code":"NotAuthorizedException","__type":"ForbiddenException","Message":"M","message":"m"}"#
        ),
        ResendError::Cognito {
            kind: CognitoErrorKind::Forbidden,
            message: Some("m".into())
        }
    );
    // A non-string __type is skipped.
    assert!(
        error(400, None, r#"{"__type":7,"code":"UserNotFoundException"}"#)
            .is(CognitoErrorKind::UserNotFound)
    );
}

#[test]
fn names_are_sanitised_like_the_sdk() {
    assert_eq!(
        sanitize_error_name("UserNotFoundException"),
        "UserNotFoundException"
    );
    assert_eq!(
        sanitize_error_name("aws.cognito#UserNotFoundException"),
        "UserNotFoundException"
    );
    assert_eq!(
        sanitize_error_name("UserNotFoundException:http://internal/"),
        "UserNotFoundException"
    );
    assert_eq!(
        sanitize_error_name("UserNotFoundException,Other"),
        "UserNotFoundException"
    );
    assert_eq!(sanitize_error_name("ns#Name:http://x,y"), "Name");
    assert_eq!(sanitize_error_name("a#b#c"), "b");
    assert_eq!(sanitize_error_name(""), "");
}

#[test]
fn error_names_and_display_for_transport_cases() {
    assert_eq!(ResendError::Network.name(), "NetworkError");
    assert_eq!(ResendError::Timeout.name(), "TimeoutError");
    assert_eq!(
        unexpected(502, ResponseProblem::NotJson).name(),
        "UnexpectedResponse"
    );
    assert_eq!(
        unexpected(502, ResponseProblem::NotJson).to_string(),
        "UnexpectedResponse: HTTP 502, the body is not JSON"
    );
    assert_eq!(
        error(
            400,
            None,
            r#"{"__type":"UserNotFoundException","message":"User does not exist."}"#
        )
        .to_string(),
        "UserNotFoundException: User does not exist."
    );
}

/// A bounded property test: no byte string, status or header makes the parser
/// panic, and every 2xx-or-not answer lands in a defined case.
#[test]
fn arbitrary_bytes_never_panic() {
    let seeds: [&[u8]; 6] = [
        br#"{"CodeDeliveryDetails":{"Destination":"a","DeliveryMedium":"SMS"}}"#,
        br#"{"__type":"x#UserNotFoundException:y","message":"m"}"#,
        b"<html>",
        b"\"\\ud800\"",
        b"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
        b"",
    ];
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for round in 0..20_000 {
        let mut bytes = seeds[round % seeds.len()].to_vec();
        for _ in 0..(next() % 6) {
            let n = next();
            let at = (n as usize >> 8) % (bytes.len() + 1);
            match n % 3 {
                0 => bytes.insert(at, (n >> 32) as u8),
                1 if at < bytes.len() => bytes[at] = (n >> 40) as u8,
                _ => bytes.truncate(at),
            }
        }
        let status = [200, 201, 400, 500, 502][round % 5];
        let header = ["", "UserNotFoundException:x", "#", ",:#"][round % 4];
        let _ = parse_response(status, Some(header).filter(|h| !h.is_empty()), &bytes);
    }
    let deep = "[".repeat(100_000);
    assert_eq!(
        parse_response(200, None, deep.as_bytes()),
        Err(unexpected(200, ResponseProblem::NotJson))
    );
}

/// The developer-facing message of each error that is not Cognito's: its
/// name, then what it means (the `message` of events and rejections).
#[test]
fn every_error_of_ours_says_its_name_then_what_it_means() {
    let cases = [
        (ResendError::Offline, "OfflineError: the browser is offline"),
        (
            ResendError::Network,
            "NetworkError: the request got no answer",
        ),
        (
            ResendError::CorsRefused,
            "CorsError: the server answered but its CORS headers do not allow this origin",
        ),
        (ResendError::Timeout, "TimeoutError: no answer in time"),
        (
            ResendError::Aborted,
            "AbortError: the request was cancelled",
        ),
        (
            ResendError::CooldownActive,
            "CooldownActive: the widget waits before it sends again; nothing was sent",
        ),
        (
            ResendError::Disabled,
            "Disabled: the widget is disabled; nothing was sent",
        ),
        (
            unexpected(502, ResponseProblem::NotJson),
            "UnexpectedResponse: HTTP 502, the body is not JSON",
        ),
        (
            ResendError::Setup("client-metadata: ClientMetadata is not valid JSON".into()),
            "invalid setup: client-metadata: ClientMetadata is not valid JSON",
        ),
        (
            error(
                400,
                None,
                r#"{"__type":"LimitExceededException","message":"Attempt limit exceeded"}"#,
            ),
            "LimitExceededException: Attempt limit exceeded",
        ),
    ];
    for (error, message) in cases {
        assert_eq!(error.message(), message);
        assert!(message.starts_with(error.name()) || matches!(error, ResendError::Setup(_)));
    }
}
