//! Message selection for every outcome, and the catalogs of every locale.

use cognito_resend_code::messages::{
    english, error_key, hidden_as_success, is_configuration_problem, Locale, MessageKey, Messages,
};
use cognito_resend_code::protocol::{
    CodeDeliveryDetails, CognitoErrorKind, DeliveryMedium, ResendError, ResendRequest,
};

fn details(medium: Option<DeliveryMedium>, destination: Option<&str>) -> CodeDeliveryDetails {
    CodeDeliveryDetails {
        destination: destination.map(Into::into),
        delivery_medium: medium,
        attribute_name: None,
    }
}

fn cognito(kind: CognitoErrorKind, message: Option<&str>) -> ResendError {
    ResendError::Cognito {
        kind,
        message: message.map(Into::into),
    }
}

fn en() -> Messages {
    Messages::new(Locale::En)
}

#[test]
fn success_is_worded_by_medium_with_the_destination_as_given() {
    assert_eq!(
        en().sent(
            &details(Some(DeliveryMedium::Email), Some("j***@e***")),
            false
        ),
        "We emailed a code to j***@e***."
    );
    assert_eq!(
        en().sent(
            &details(Some(DeliveryMedium::Sms), Some("+*******1234")),
            false
        ),
        "We texted a code to +*******1234."
    );
    assert_eq!(
        en().sent(
            &details(Some(DeliveryMedium::Other("VOICE".into())), Some("x")),
            false
        ),
        "We sent a code to x."
    );
    // No destination: the neutral sentence, never "to ."
    assert_eq!(
        en().sent(&details(Some(DeliveryMedium::Email), None), false),
        "If an account exists for this username, we've sent a code."
    );
    // Markup in a destination stays characters; placeholders in it are not re-expanded.
    assert_eq!(
        en().sent(
            &details(Some(DeliveryMedium::Email), Some("<b>{destination}</b>")),
            false
        ),
        "We emailed a code to <b>{destination}</b>."
    );
}

#[test]
fn enumeration_safe_success_and_unknown_user_read_the_same() {
    let success = en().sent(
        &details(Some(DeliveryMedium::Email), Some("j***@e***")),
        true,
    );
    let unknown = cognito(CognitoErrorKind::UserNotFound, Some("User does not exist."));
    assert!(hidden_as_success(&unknown, true));
    assert!(!hidden_as_success(&unknown, false));
    assert!(!hidden_as_success(
        &cognito(CognitoErrorKind::LimitExceeded, None),
        true
    ));
    assert_eq!(success, en().get(MessageKey::SentNeutral));
    assert!(!success.contains("j***"));
}

#[test]
fn already_confirmed_has_its_own_message() {
    let confirmed = cognito(
        CognitoErrorKind::InvalidParameter,
        Some("User is already confirmed."),
    );
    assert_eq!(error_key(&confirmed), MessageKey::AlreadyConfirmed);
    assert_eq!(
        en().error(&confirmed, 0),
        "Your account is already confirmed. You can sign in now."
    );
    assert_eq!(
        error_key(&cognito(CognitoErrorKind::InvalidParameter, None)),
        MessageKey::InvalidParameter
    );
}

#[test]
fn every_error_has_its_key() {
    use CognitoErrorKind as K;
    let expected = [
        (K::CodeDeliveryFailure, MessageKey::CodeDeliveryFailure),
        (K::Forbidden, MessageKey::Forbidden),
        (K::InternalError, MessageKey::InternalError),
        (
            K::InvalidEmailRoleAccessPolicy,
            MessageKey::EmailRoleAccessPolicy,
        ),
        (K::InvalidLambdaResponse, MessageKey::InvalidLambdaResponse),
        (K::InvalidParameter, MessageKey::InvalidParameter),
        (
            K::InvalidSmsRoleAccessPolicy,
            MessageKey::SmsRoleAccessPolicy,
        ),
        (
            K::InvalidSmsRoleTrustRelationship,
            MessageKey::SmsRoleTrustRelationship,
        ),
        (K::LimitExceeded, MessageKey::LimitExceeded),
        (K::NotAuthorized, MessageKey::NotAuthorized),
        (K::OperationNotEnabled, MessageKey::OperationNotEnabled),
        (K::ResourceNotFound, MessageKey::ResourceNotFound),
        (K::TooManyRequests, MessageKey::TooManyRequests),
        (K::UnexpectedLambda, MessageKey::UnexpectedLambda),
        (K::UserLambdaValidation, MessageKey::UserLambdaValidation),
        (K::UserNotFound, MessageKey::UserNotFound),
    ];
    assert_eq!(expected.len(), CognitoErrorKind::ALL.len());
    for (kind, key) in expected {
        assert_eq!(error_key(&cognito(kind, None)), key, "{kind:?}");
    }
    // Each of the 16 has a sentence of its own, in every locale.
    for locale in Locale::ALL {
        let mut texts: Vec<&str> = expected.iter().map(|(_, key)| locale.text(*key)).collect();
        texts.sort_unstable();
        texts.dedup();
        assert_eq!(texts.len(), 16, "{locale:?}");
    }
    let transport = [
        (ResendError::Offline, MessageKey::Offline),
        (ResendError::Network, MessageKey::Network),
        (ResendError::CorsRefused, MessageKey::CorsRefused),
        (ResendError::Timeout, MessageKey::Timeout),
        (
            ResendError::UnexpectedResponse {
                status: 502,
                problem: cognito_resend_code::protocol::ResponseProblem::NotJson,
            },
            MessageKey::UnexpectedResponse,
        ),
        (
            ResendError::UnknownService {
                name: "BananaException".into(),
                message: None,
                status: 400,
            },
            MessageKey::UnknownError,
        ),
        (
            ResendError::from(ResendRequest::new("cid", "a b").validate().unwrap_err()),
            MessageKey::InvalidUsername,
        ),
        (
            ResendError::from(ResendRequest::new("c-d", "ab").validate().unwrap_err()),
            MessageKey::Misconfigured,
        ),
    ];
    for (error, key) in transport {
        assert_eq!(error_key(&error), key, "{error:?}");
    }
}

#[test]
fn configuration_problems_send_the_person_to_support_and_are_flagged_for_the_console() {
    use CognitoErrorKind as K;
    for kind in [
        K::Forbidden,
        K::InvalidEmailRoleAccessPolicy,
        K::InvalidSmsRoleTrustRelationship,
        K::UnexpectedLambda,
        K::NotAuthorized,
        K::ResourceNotFound,
    ] {
        let error = cognito(kind, Some("developer detail"));
        assert!(is_configuration_problem(&error), "{kind:?}");
        let text = en().error(&error, 0);
        assert!(text.contains("contact support"), "{kind:?}: {text}");
        assert!(!text.contains("developer detail") && !text.contains("Exception"));
    }
    for error in [
        cognito(K::UserNotFound, None),
        cognito(K::LimitExceeded, None),
        ResendError::Network,
        ResendError::Timeout,
    ] {
        assert!(!is_configuration_problem(&error), "{error:?}");
    }
}

#[test]
fn the_attempt_limit_message_says_how_long_to_wait() {
    let limit = cognito(
        CognitoErrorKind::LimitExceeded,
        Some("Attempt limit exceeded, please try after some time."),
    );
    assert_eq!(
        en().error(&limit, 15 * 60 * 1000),
        "Too many attempts. Please wait 15 minutes before asking for another code."
    );
    assert_eq!(
        Messages::new(Locale::De)
            .error(&limit, 15 * 60 * 1000)
            .matches("15 Minuten")
            .count(),
        1
    );
}

#[test]
fn every_locale_has_every_key_with_the_same_placeholders() {
    for locale in Locale::ALL {
        for &key in MessageKey::ALL {
            let text = locale.text(key);
            assert!(!text.trim().is_empty(), "{locale:?} {key:?} is empty");
            for placeholder in [
                "{destination}",
                "{time}",
                "{wait}",
                "{clock}",
                "{n}",
                "{minutes}",
                "{seconds}",
            ] {
                assert_eq!(
                    text.matches(placeholder).count(),
                    english(key).matches(placeholder).count(),
                    "{locale:?} {key:?}: {placeholder}"
                );
            }
            assert_eq!(
                text.matches('{').count(),
                english(key).matches('{').count(),
                "{locale:?} {key:?}"
            );
            // French says minutes as English does; most languages join
            // minutes and seconds with a space.
            let same_in_english = matches!(
                (locale, key),
                (_, MessageKey::UnknownError | MessageKey::MinutesAndSeconds)
                    | (Locale::Fr, MessageKey::Minute | MessageKey::Minutes)
            );
            if locale != Locale::En && !same_in_english {
                assert_ne!(text, english(key), "{locale:?} {key:?} is untranslated");
            }
        }
    }
    assert_eq!(MessageKey::ALL.len(), 44);
    for &key in MessageKey::ALL {
        assert_eq!(MessageKey::from_name(key.name()), Some(key));
    }
}

#[test]
fn locale_negotiation_takes_the_first_supported_preference() {
    assert_eq!(Locale::negotiate(["de-CH"]), Locale::De);
    assert_eq!(Locale::negotiate(["", "pt-BR"]), Locale::PtBr);
    assert_eq!(Locale::negotiate(["pt-PT"]), Locale::PtBr);
    assert_eq!(Locale::negotiate(["zh-Hans-CN"]), Locale::ZhCn);
    assert_eq!(Locale::negotiate(["zh-TW", "ja-JP"]), Locale::Ja);
    assert_eq!(Locale::negotiate(["zh-Hant"]), Locale::En);
    assert_eq!(Locale::negotiate(["es_MX"]), Locale::Es);
    assert_eq!(Locale::negotiate(["FR"]), Locale::Fr);
    assert_eq!(Locale::negotiate(["ko", "xx", ""]), Locale::En);
    assert_eq!(Locale::negotiate([]), Locale::En);
    for locale in Locale::ALL {
        assert_eq!(Locale::parse(locale.tag()), Some(locale));
    }
}

#[test]
fn durations_are_worded_per_locale() {
    assert_eq!(Locale::En.duration(27_000), "27 seconds");
    assert_eq!(Locale::En.duration(1_000), "1 second");
    assert_eq!(Locale::En.duration(60_000), "1 minute");
    assert_eq!(Locale::En.duration(65_000), "1 minute 5 seconds");
    assert_eq!(Locale::En.duration(26_001), "27 seconds");
    assert_eq!(Locale::De.duration(900_000), "15 Minuten");
    assert_eq!(Locale::Fr.duration(0), "0 seconde");
    assert_eq!(Locale::Ja.duration(27_000), "27秒");
    assert_eq!(Locale::ZhCn.duration(125_000), "2分钟5秒");
    assert_eq!(Locale::PtBr.duration(0), "0 segundos");
}

#[test]
fn duration_words_are_messages_a_page_can_override() {
    // A language the widget does not ship, said in full through overrides.
    let italian = Messages::new(Locale::En).with_overrides([
        (
            MessageKey::CooldownLabel,
            "Invia di nuovo, tra {wait}".to_owned(),
        ),
        (MessageKey::Second, "{n} secondo".to_owned()),
        (MessageKey::Seconds, "{n} secondi".to_owned()),
        (MessageKey::Minute, "{n} minuto".to_owned()),
        (MessageKey::Minutes, "{n} minuti".to_owned()),
        (
            MessageKey::MinutesAndSeconds,
            "{minutes} e {seconds}".to_owned(),
        ),
    ]);
    assert_eq!(
        italian.cooldown_label(1_000),
        "Invia di nuovo, tra 1 secondo"
    );
    assert_eq!(
        italian.cooldown_label(125_000),
        "Invia di nuovo, tra 2 minuti e 5 secondi"
    );
    assert_eq!(italian.duration(60_000), "1 minuto");
    // They are parts of a `{wait}`, never shown alone: no slot of their own.
    let parts: Vec<_> = MessageKey::ALL
        .iter()
        .filter(|k| k.is_duration_part())
        .collect();
    assert_eq!(parts.len(), 5);
    assert!(!MessageKey::ResendButton.is_duration_part());
}

#[test]
fn cooldown_texts_fill_the_countdown() {
    assert_eq!(en().cooldown_button(27_000), "Resend code in 0:27");
    assert_eq!(
        en().cooldown_label(27_000),
        "Resend code, available in 27 seconds"
    );
    assert_eq!(
        Messages::new(Locale::De).cooldown_button(61_000),
        "Code erneut senden in 1:01"
    );
}

#[test]
fn overrides_replace_one_message_and_keep_the_rest() {
    let messages = Messages::new(Locale::Fr)
        .with_override(MessageKey::ResendButton, "Renvoyer")
        .with_overrides([(MessageKey::ResendButton, "Renvoyer le code".to_owned())]);
    assert_eq!(messages.get(MessageKey::ResendButton), "Renvoyer le code");
    assert_eq!(
        messages.get(MessageKey::Timeout),
        Locale::Fr.text(MessageKey::Timeout)
    );
    let custom = en().with_override(MessageKey::SentEmail, "Code sent to {destination}!");
    assert_eq!(
        custom.sent(&details(Some(DeliveryMedium::Email), Some("a***")), false),
        "Code sent to a***!"
    );
}
