//! The English texts chosen for each outcome.

use cognito_resend_code::messages::{english, error_key, error_text, sent_text, MessageKey};
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

#[test]
fn success_is_worded_by_medium_with_the_destination_as_given() {
    assert_eq!(
        sent_text(&details(Some(DeliveryMedium::Email), Some("j***@e***"))),
        "We emailed a code to j***@e***."
    );
    assert_eq!(
        sent_text(&details(Some(DeliveryMedium::Sms), Some("+*******1234"))),
        "We texted a code to +*******1234."
    );
    assert_eq!(
        sent_text(&details(
            Some(DeliveryMedium::Other("VOICE".into())),
            Some("x")
        )),
        "We sent a code to x."
    );
    assert_eq!(
        sent_text(&details(Some(DeliveryMedium::Email), None)),
        "We sent a code."
    );
    // Markup in a destination is kept as characters, not interpreted here.
    assert_eq!(
        sent_text(&details(
            Some(DeliveryMedium::Email),
            Some("<b>{destination}</b>")
        )),
        "We emailed a code to <b>{destination}</b>."
    );
}

#[test]
fn already_confirmed_has_its_own_message() {
    let confirmed = ResendError::Cognito {
        kind: CognitoErrorKind::InvalidParameter,
        message: Some("User is already confirmed.".into()),
    };
    assert_eq!(error_key(&confirmed), MessageKey::AlreadyConfirmed);
    assert_eq!(
        error_text(&confirmed),
        "Your account is already confirmed. You can sign in now."
    );
    let other = ResendError::Cognito {
        kind: CognitoErrorKind::InvalidParameter,
        message: None,
    };
    assert_eq!(error_key(&other), MessageKey::InvalidParameter);
}

#[test]
fn every_error_gets_a_plain_sentence() {
    for kind in CognitoErrorKind::ALL {
        let text = error_text(&ResendError::Cognito {
            kind,
            message: None,
        });
        assert!(text.ends_with('.') && text.len() > 20, "{kind:?}: {text}");
        assert!(!text.contains("Exception"), "{kind:?} leaks the error name");
    }
    assert_eq!(
        error_text(&ResendError::Network),
        "We couldn't reach the server. Check your connection and try again."
    );
    assert_eq!(
        error_text(&ResendError::Timeout),
        "The server took too long to answer. Please try again."
    );
    assert_eq!(
        error_text(&ResendError::Cognito {
            kind: CognitoErrorKind::UserNotFound,
            message: None
        }),
        "We couldn't find an account with that username. Check it, or sign up again."
    );
    let invalid_username =
        ResendError::from(ResendRequest::new("cid", "a b").validate().unwrap_err());
    assert_eq!(error_key(&invalid_username), MessageKey::InvalidUsername);
    let invalid_client = ResendError::from(ResendRequest::new("c-d", "ab").validate().unwrap_err());
    assert_eq!(error_key(&invalid_client), MessageKey::Misconfigured);
    assert_eq!(english(MessageKey::ResendButton), "Resend code");
}
