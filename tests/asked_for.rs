//! What people ask of a resend button, without a browser: long waits said
//! as a time of day, "you can ask again" said once, the "Didn't get it?"
//! line, Cognito's daily email cap, enumeration-safe wording, the page's
//! language sent to the custom-message trigger, and a host's `disabled`.

use cognito_resend_code::cooldown::{Cooldown, CooldownPolicy, CooldownReason};
use cognito_resend_code::failure::Failure;
use cognito_resend_code::messages::{english, error_key, Locale, MessageKey, Messages};
use cognito_resend_code::protocol::{
    CodeDeliveryDetails, CognitoErrorKind, DeliveryMedium, ErrorClass, ResendError,
};
use cognito_resend_code::widget_state::{
    Press, Settings, View, ViewOptions, WidgetState, CLOCK_AFTER_MS,
};

const MINUTE: u64 = 60_000;

fn emailed() -> Result<CodeDeliveryDetails, ResendError> {
    Ok(CodeDeliveryDetails {
        destination: Some("a***@e***".into()),
        delivery_medium: Some(DeliveryMedium::Email),
        attribute_name: Some("email".into()),
    })
}

fn limit(message: &str) -> ResendError {
    ResendError::Cognito {
        kind: CognitoErrorKind::LimitExceeded,
        message: Some(message.into()),
    }
}

const DAILY_CAP: &str = "Exceeded daily email limit for the operation or the account. If a higher \
    limit is required, please configure your user pool to use your own Amazon SES configuration \
    for sending email.";

/// A clock that writes the time as minutes since the epoch, so tests can
/// tell which time the widget asked for.
fn minutes(at: u64) -> String {
    format!("minute {}", at / MINUTE)
}

fn view(state: &WidgetState, options: ViewOptions, now: u64) -> View {
    state.view_with(&Messages::new(Locale::En), &options, now)
}

fn with_clock<'a>(clock: &'a dyn Fn(u64) -> String) -> ViewOptions<'a> {
    ViewOptions {
        clock: Some(clock),
        ..ViewOptions::default()
    }
}

#[test]
fn the_attempt_limit_is_said_as_the_time_of_day_it_ends() {
    let settings = Settings::default();
    let mut state = WidgetState::load(&settings, None, false, 0);
    assert_eq!(state.press(&settings, 0), Press::Send);
    state.finish(
        &Err(limit("Attempt limit exceeded, please try after some time.")),
        &settings,
        0,
    );
    let shown = view(&state, with_clock(&minutes), 0);
    assert_eq!(
        shown.failed,
        "Too many attempts. You can ask for a new code at minute 15."
    );
    assert_eq!(shown.failed_key, Some(MessageKey::LimitExceededUntil));
    assert_eq!(shown.label, "Resend code at minute 15");
    assert_eq!(
        shown.accessible_name, None,
        "a time of day needs no countdown words"
    );
    assert_eq!(shown.state, Some("limit"));
    // Close to the end, the button counts down; the message keeps its time.
    let near = view(&state, with_clock(&minutes), 15 * MINUTE - 90_000);
    assert_eq!(near.label, "Resend code in 1:30");
    assert_eq!(near.failed, shown.failed);
    // Rounded up to the minute: never a time at which a press is refused.
    let mut late = WidgetState::load(&settings, None, false, 1_000);
    let _ = late.press(&settings, 1_000);
    late.finish(&Err(limit("Attempt limit exceeded")), &settings, 1_000);
    assert_eq!(
        view(&late, with_clock(&minutes), 1_000).failed,
        "Too many attempts. You can ask for a new code at minute 16."
    );
    // Without a clock (the server's first frame) the wait is in words.
    let server = view(&state, ViewOptions::default(), 0);
    assert_eq!(
        server.failed,
        "Too many attempts. Please wait 15 minutes before asking for another code."
    );
    assert_eq!(server.label, "Resend code in 15:00");
}

#[test]
fn short_waits_stay_a_countdown_and_long_grown_ones_become_a_time() {
    let settings = Settings::default();
    let mut state = WidgetState::load(&settings, None, false, 0);
    let mut now = 0;
    // 30 s, 1 min, 2 min, 4 min: the fourth send's wait passes the threshold.
    for expected in [
        "Resend code in 0:30",
        "Resend code in 1:00",
        "Resend code in 2:00",
    ] {
        assert_eq!(state.press(&settings, now), Press::Send);
        state.finish(&emailed(), &settings, now);
        assert_eq!(view(&state, with_clock(&minutes), now).label, expected);
        now += 10 * MINUTE;
    }
    assert_eq!(state.press(&settings, now), Press::Send);
    state.finish(&emailed(), &settings, now);
    const { assert!(4 * MINUTE > CLOCK_AFTER_MS) };
    assert_eq!(
        view(&state, with_clock(&minutes), now).label,
        format!("Resend code at minute {}", (now + 4 * MINUTE) / MINUTE)
    );
}

#[test]
fn the_end_of_a_wait_is_announced_once_and_never_the_seconds() {
    let settings = Settings::default();
    let mut state = WidgetState::load(&settings, None, false, 0);
    assert_eq!(state.press(&settings, 0), Press::Send);
    state.finish(&emailed(), &settings, 0);
    let waiting: Vec<String> = (0..30)
        .map(|second| view(&state, ViewOptions::default(), second * 1000).announce)
        .collect();
    assert!(waiting.iter().all(String::is_empty), "{waiting:?}");
    let over = view(&state, ViewOptions::default(), 30_000);
    assert_eq!(over.announce, "You can ask for a new code now.");
    // The same text afterwards: the live region is written once.
    assert_eq!(
        view(&state, ViewOptions::default(), 90_000).announce,
        over.announce
    );
    // A press takes it away; a failure that starts no wait does not bring it back.
    assert_eq!(state.press(&settings, 90_000), Press::Send);
    assert_eq!(view(&state, ViewOptions::default(), 90_000).announce, "");
    state.finish(&Err(ResendError::Network), &settings, 91_000);
    assert_eq!(view(&state, ViewOptions::default(), 92_000).announce, "");
    // A disabled widget announces nothing.
    let mut state = WidgetState::load(&settings, None, false, 0);
    let _ = state.press(&settings, 0);
    state.finish(&emailed(), &settings, 0);
    let disabled = ViewOptions {
        disabled: true,
        ..ViewOptions::default()
    };
    assert_eq!(view(&state, disabled, 60_000).announce, "");
    // Said when the wait is over; the page then turns the button off and on
    // again (while it checks the code typed): not said a second time.
    let mut state = WidgetState::load(&settings, None, false, 0);
    let _ = state.press(&settings, 0);
    state.finish(&emailed(), &settings, 0);
    assert_eq!(
        view(&state, ViewOptions::default(), 31_000).announce,
        "You can ask for a new code now."
    );
    state.set_disabled(true, 40_000);
    assert_eq!(view(&state, disabled, 40_000).announce, "");
    state.set_disabled(false, 45_000);
    assert_eq!(view(&state, ViewOptions::default(), 45_000).announce, "");
    // Off and on again while the wait runs: its end is still said.
    let _ = state.press(&settings, 50_000);
    state.finish(&emailed(), &settings, 50_000);
    state.set_disabled(true, 51_000);
    state.set_disabled(false, 52_000);
    assert_eq!(
        view(&state, ViewOptions::default(), 120_000).announce,
        "You can ask for a new code now."
    );
    // Off before the wait ends, on after: said then, when the button is back.
    let _ = state.press(&settings, 200_000);
    state.finish(&emailed(), &settings, 200_000);
    state.set_disabled(true, 210_000);
    assert_eq!(view(&state, disabled, 400_000).announce, "");
    state.set_disabled(false, 400_000);
    assert_eq!(
        view(&state, ViewOptions::default(), 400_000).announce,
        "You can ask for a new code now."
    );
}

#[test]
fn a_wait_started_on_mount_is_announced_when_over() {
    let settings = Settings {
        start_cooldown: true,
        client_id: "cid".into(),
        username: "ada".into(),
        ..Settings::default()
    };
    let state = WidgetState::load(&settings, None, true, 1_000);
    assert_eq!(view(&state, ViewOptions::default(), 2_000).announce, "");
    assert_eq!(
        view(&state, ViewOptions::default(), 31_000).announce,
        "You can ask for a new code now."
    );
    // Nothing ran: nothing to announce.
    let idle = WidgetState::load(&Settings::default(), None, true, 0);
    assert_eq!(view(&idle, ViewOptions::default(), 60_000).announce, "");
}

#[test]
fn the_help_line_follows_a_result_when_asked_for() {
    let settings = Settings::default();
    let help = ViewOptions {
        help: true,
        ..ViewOptions::default()
    };
    let with_change = ViewOptions {
        change_destination: true,
        ..help
    };
    let mut state = WidgetState::load(&settings, None, false, 0);
    assert_eq!(view(&state, help, 0).help, None, "nothing before a result");
    assert_eq!(state.press(&settings, 0), Press::Send);
    state.finish(&emailed(), &settings, 0);
    assert_eq!(
        view(&state, ViewOptions::default(), 0).help,
        None,
        "off by default"
    );
    let shown = view(&state, help, 0);
    assert_eq!(shown.help.as_deref(), Some(english(MessageKey::HelpText)));
    assert!(shown
        .help
        .as_deref()
        .is_some_and(|text| text.contains("spam")
            && text.contains("minute or two")
            && text.contains("newest code")));
    assert_eq!(shown.change_destination, None, "no one handles a change");
    assert_eq!(
        view(&state, with_change, 0).change_destination.as_deref(),
        Some("Change your email or phone number")
    );
    // A delivery failure gets it too; a lost connection does not.
    let mut state = WidgetState::load(&settings, None, false, 0);
    let _ = state.press(&settings, 0);
    state.finish(
        &Err(ResendError::Cognito {
            kind: CognitoErrorKind::CodeDeliveryFailure,
            message: None,
        }),
        &settings,
        0,
    );
    assert!(view(&state, with_change, 0).change_destination.is_some());
    let _ = state.press(&settings, 0);
    state.finish(&Err(ResendError::Network), &settings, 0);
    assert_eq!(view(&state, with_change, 0).help, None);
}

#[test]
fn the_daily_email_cap_has_its_own_message_and_holds_the_button() {
    let capped = limit(DAILY_CAP);
    assert!(capped.is_daily_email_limit());
    // On the words, not one sentence.
    assert!(limit("daily EMAIL quota reached").is_daily_email_limit());
    assert!(!limit("Attempt limit exceeded, please try after some time.").is_daily_email_limit());
    assert!(!ResendError::Cognito {
        kind: CognitoErrorKind::InvalidParameter,
        message: Some(DAILY_CAP.into()),
    }
    .is_daily_email_limit());
    assert_eq!(capped.class(), ErrorClass::DailyEmailLimit);
    assert!(capped.class().is_setup_problem());
    assert!(!capped.class().retry_may_help());
    assert_eq!(error_key(&capped), MessageKey::DailyEmailLimit);
    assert!(capped
        .owner_advice()
        .is_some_and(|advice| advice.contains("Amazon SES")));
    assert_eq!(limit("Attempt limit exceeded").owner_advice(), None);

    let settings = Settings::default();
    let mut state = WidgetState::load(&settings, None, false, 0);
    let _ = state.press(&settings, 0);
    state.finish(&Err(capped.clone()), &settings, 0);
    let shown = view(&state, with_clock(&minutes), 0);
    assert_eq!(
        shown.failed,
        "We can't send more codes by email today. Please try again tomorrow or contact support."
    );
    assert_eq!(shown.state, Some("limit"));
    assert_eq!(shown.label, "Resend code at minute 60");
    assert_eq!(state.press(&settings, 59 * MINUTE), Press::Ignore);
    let mut cooldown = Cooldown::new(CooldownPolicy::default());
    cooldown.on_error(&capped, 0);
    assert_eq!(
        cooldown.active(0),
        Some((60 * MINUTE, CooldownReason::DailyLimit))
    );
    // Kept across a reload like any other wait.
    let stored = cooldown.to_stored(0).unwrap_or_default();
    let mut restored = Cooldown::new(CooldownPolicy::default());
    restored.restore(&stored, MINUTE);
    assert_eq!(
        restored.active(MINUTE),
        Some((60 * MINUTE, CooldownReason::DailyLimit))
    );
    // Every caller's failure says the same.
    let failure = Failure::new(capped, &Messages::new(Locale::De), 60 * MINUTE);
    assert_eq!(failure.name(), "LimitExceededException");
    assert!(failure.setup_problem());
    assert!(failure
        .friendly_message
        .starts_with("Wir können heute keine weiteren Codes"));
}

#[test]
fn enumeration_safe_success_never_claims_the_account_exists() {
    let settings = Settings {
        enumeration_safe: true,
        ..Settings::default()
    };
    let mut state = WidgetState::load(&settings, None, false, 0);
    let _ = state.press(&settings, 0);
    // Cognito makes up a masked destination for unknown users in this mode.
    state.finish(&emailed(), &settings, 0);
    let options = ViewOptions {
        enumeration_safe: true,
        ..ViewOptions::default()
    };
    let shown = view(&state, options, 0);
    assert_eq!(
        shown.sent,
        "If an account exists for this username, we've sent a code."
    );
    assert!(!shown.sent.contains("a***"));
    for locale in Locale::ALL {
        assert_ne!(
            locale.text(MessageKey::SentNeutral),
            locale.text(MessageKey::SentEmail),
            "{locale:?}"
        );
    }
}

#[test]
fn the_widget_language_goes_to_client_metadata_under_the_named_key() {
    let mut settings = Settings {
        client_id: "1example23456789".into(),
        username: "ada".into(),
        ..Settings::default()
    };
    let (request, _) = settings.request(Locale::PtBr);
    assert_eq!(request.client_metadata, None, "opt-in");
    settings.language_metadata_key = Some("locale".into());
    let (request, _) = settings.request(Locale::PtBr);
    assert!(request
        .to_json()
        .contains(r#""ClientMetadata":{"locale":"pt-BR"}"#));
    // The caller's own value for the key wins; other keys stay in order.
    settings.apply_attribute("client-metadata", Some(r#"{"plan":"pro","locale":"fr"}"#));
    let (request, _) = settings.request(Locale::De);
    assert!(request
        .to_json()
        .contains(r#""ClientMetadata":{"plan":"pro","locale":"fr"}"#));
    settings.apply_attribute("language-metadata-key", Some("lang"));
    let (request, _) = settings.request(Locale::De);
    assert!(request
        .to_json()
        .contains(r#""ClientMetadata":{"plan":"pro","locale":"fr","lang":"de"}"#));
    // An empty key is unset.
    settings.apply_attribute("language-metadata-key", Some(""));
    let (request, _) = settings.request(Locale::De);
    assert!(!request.to_json().contains(r#""lang""#));
}

#[test]
fn a_disabled_widget_sends_nothing_and_says_its_button_is_unavailable() {
    let mut settings = Settings::default();
    settings.apply_attribute("disabled", Some(""));
    assert!(settings.disabled);
    let mut state = WidgetState::load(&settings, None, false, 0);
    assert_eq!(state.press(&settings, 0), Press::Ignore);
    let options = ViewOptions {
        disabled: true,
        ..ViewOptions::default()
    };
    assert!(view(&state, options, 0).unavailable);
    settings.apply_attribute("disabled", None);
    assert_eq!(state.press(&settings, 0), Press::Send);
    // What a `send()` caller is told when the widget held it.
    let held = Failure::new(
        ResendError::CooldownActive,
        &Messages::new(Locale::En),
        25_000,
    );
    assert_eq!(held.name(), "CooldownActive");
    assert_eq!(
        held.friendly_message,
        "Resend code, available in 25 seconds"
    );
    assert!(held.retryable() && !held.setup_problem());
    assert_eq!(
        Failure::new(ResendError::Disabled, &Messages::new(Locale::En), 0).name(),
        "Disabled"
    );
}

#[test]
fn custom_states_are_the_state_and_the_outcome() {
    let settings = Settings::default();
    let mut state = WidgetState::load(&settings, None, false, 0);
    let states = |state: &WidgetState, now| {
        view(state, ViewOptions::default(), now)
            .custom_states()
            .collect::<Vec<_>>()
    };
    assert!(states(&state, 0).is_empty());
    let _ = state.press(&settings, 0);
    assert_eq!(states(&state, 0), ["sending"]);
    state.finish(&emailed(), &settings, 0);
    assert_eq!(states(&state, 0), ["cooldown", "sent"]);
    assert_eq!(states(&state, 30_000), ["sent"]);
    let _ = state.press(&settings, 30_000);
    state.finish(&Err(limit("Attempt limit exceeded")), &settings, 30_000);
    assert_eq!(states(&state, 30_000), ["limit", "error"]);
}

#[test]
fn every_new_text_is_in_every_language() {
    for key in [
        MessageKey::CooldownUntil,
        MessageKey::CanResendNow,
        MessageKey::LimitExceededUntil,
        MessageKey::DailyEmailLimit,
        MessageKey::HelpText,
        MessageKey::ChangeDestination,
        MessageKey::SentNeutral,
    ] {
        for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::En) {
            let text = locale.text(key);
            assert!(!text.is_empty());
            assert_ne!(text, english(key), "{locale:?} {key:?} is still English");
        }
    }
}
