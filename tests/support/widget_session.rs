//! One session of the widget's state machine driven by a source of numbers:
//! presses, answers, time passing, attribute changes and reloads, checking
//! after every step that what the screen says is what a press does. Shared by
//! the bounded property test (`tests/widget_state.rs`) and the fuzzer
//! (`fuzz/fuzz_targets/widget_state.rs`).

use cognito_resend_code::protocol::{
    CodeDeliveryDetails, CognitoErrorKind, DeliveryMedium, ResendError,
};
use cognito_resend_code::widget_state::{Press, Settings, WidgetState};

const ATTRIBUTE_VALUES: [(&str, [&str; 4]); 5] = [
    ("cooldown", ["0", "1", "30", "junk"]),
    ("enumeration-safe", ["", "false", "true", ""]),
    ("start-cooldown", ["", "false", "", "false"]),
    ("client-metadata", ["{}", "[1]", r#"{"a":"b"}"#, "nope"]),
    ("locale", ["de", "ja", "xx", ""]),
];

const ERRORS: [CognitoErrorKind; 6] = [
    CognitoErrorKind::LimitExceeded,
    CognitoErrorKind::TooManyRequests,
    CognitoErrorKind::UserNotFound,
    CognitoErrorKind::InvalidParameter,
    CognitoErrorKind::InternalError,
    CognitoErrorKind::CodeDeliveryFailure,
];

pub fn answer(pick: u64) -> Result<CodeDeliveryDetails, ResendError> {
    match pick % 9 {
        0 => Ok(CodeDeliveryDetails {
            destination: Some("a***@e***".into()),
            delivery_medium: Some(DeliveryMedium::Email),
            attribute_name: Some("email".into()),
        }),
        1 => Ok(CodeDeliveryDetails::default()),
        2 => Err(ResendError::Network),
        3 => Err(ResendError::Timeout),
        n => Err(ResendError::Cognito {
            kind: ERRORS[(n as usize) % ERRORS.len()],
            message: None,
        }),
    }
}

/// Runs 40 steps, each chosen by `next()`; panics when the screen and the
/// behaviour disagree.
pub fn run(mut next: impl FnMut() -> u64) {
    let mut settings = Settings::default();
    let mut now = next() >> 24;
    let mut state = WidgetState::load(&settings, None, true, now);
    let mut in_flight = false;
    for _ in 0..40 {
        let locale = settings.language("", "");
        let messages = settings.catalog(locale, &[]);
        let view = state.view(&messages, settings.enumeration_safe, now);
        assert!(!view.label.is_empty());
        assert_eq!(view.sending, in_flight);
        // A countdown runs exactly when the button waits without sending,
        // and then a timer is due within a second.
        let tick = state.next_tick_in(now);
        assert_eq!(
            tick.is_some(),
            view.unavailable && !view.sending,
            "{view:?}"
        );
        assert!(tick.is_none_or(|ms| (1..=1000).contains(&ms)));
        match next() % 6 {
            0 | 1 => {
                let press = state.press(&settings, now);
                if view.unavailable {
                    assert_eq!(press, Press::Ignore, "{view:?}");
                } else {
                    assert_ne!(press, Press::Ignore, "{view:?}");
                }
                in_flight |= press == Press::Send;
            }
            2 if in_flight => {
                state.finish(&answer(next()), &settings, now);
                in_flight = false;
            }
            3 => now = now.saturating_add(next() % 120_000),
            4 => {
                let (name, values) = ATTRIBUTE_VALUES[(next() % 5) as usize];
                let value = values[(next() % 4) as usize];
                settings.apply_attribute(name, Some(value));
                state.set_policy(settings.policy());
            }
            _ if !in_flight => {
                // A reload: the stored deadline comes back as it was.
                let before = state.view(&messages, false, now);
                state = WidgetState::load(&settings, state.stored(now).as_deref(), false, now);
                let after = state.view(&messages, false, now);
                assert_eq!(
                    (after.label, after.unavailable),
                    (before.label, before.unavailable)
                );
            }
            _ => {}
        }
    }
}
