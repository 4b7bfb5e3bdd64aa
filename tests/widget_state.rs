//! The widget's behaviour without a browser: what each press, answer and
//! second shows, and how element attributes become settings.

use cognito_resend_code::messages::{catalog_json, parse_catalog, Locale, MessageKey, Messages};
use cognito_resend_code::protocol::{
    CodeDeliveryDetails, CognitoErrorKind, DeliveryMedium, ResendError,
};
use cognito_resend_code::widget_state::{Press, Settings, Status, View, WidgetState, OPTIONS};

#[path = "support/random.rs"]
mod random;
#[path = "support/widget_session.rs"]
mod widget_session;
use random::Random;

fn english() -> Messages {
    Messages::new(Locale::En)
}

fn emailed() -> Result<CodeDeliveryDetails, ResendError> {
    Ok(CodeDeliveryDetails {
        destination: Some("a***@e***".into()),
        delivery_medium: Some(DeliveryMedium::Email),
        attribute_name: Some("email".into()),
    })
}

fn cognito(kind: CognitoErrorKind) -> Result<CodeDeliveryDetails, ResendError> {
    Err(ResendError::Cognito {
        kind,
        message: Some("from Cognito".into()),
    })
}

fn fresh(settings: &Settings) -> WidgetState {
    WidgetState::load(settings, None, true, 0)
}

#[test]
fn an_idle_widget_offers_the_button_and_keeps_no_timer() {
    let state = fresh(&Settings::default());
    let view = state.view(&english(), false, 0);
    assert_eq!(
        view,
        View {
            lang: "en",
            state: None,
            outcome: None,
            label: "Resend code".into(),
            label_key: Some(MessageKey::ResendButton),
            accessible_name: None,
            sending: false,
            unavailable: false,
            sent: String::new(),
            sent_key: None,
            failed: String::new(),
            failed_key: None,
            announce: String::new(),
            help: None,
            change_destination: None,
        }
    );
    assert_eq!(state.next_tick_in(0), None);
}

#[test]
fn a_press_sends_once_and_says_so_until_the_answer() {
    let settings = Settings::default();
    let mut state = fresh(&settings);
    assert_eq!(state.press(&settings, 10), Press::Send);
    let view = state.view(&english(), false, 10);
    assert_eq!(view.label, "Sending…");
    assert!(view.sending && view.unavailable);
    assert_eq!(view.state, Some("sending"));
    // A second press while the first is in flight does nothing.
    assert_eq!(state.press(&settings, 20), Press::Ignore);
}

#[test]
fn a_sent_code_is_told_and_the_button_counts_down_to_thirty_seconds() {
    let settings = Settings::default();
    let mut state = fresh(&settings);
    state.press(&settings, 0);
    state.finish(&emailed(), &settings, 1_000);
    let view = state.view(&english(), false, 1_000);
    assert_eq!(view.sent, "We emailed a code to a***@e***.");
    assert_eq!(view.failed, "");
    assert_eq!(view.label, "Resend code in 0:30");
    assert_eq!(
        view.accessible_name.as_deref(),
        Some("Resend code, available in 30 seconds")
    );
    assert_eq!(view.state, Some("cooldown"));
    assert!(view.unavailable && !view.sending);
    assert_eq!(state.press(&settings, 30_999), Press::Ignore);
    assert_eq!(
        state.view(&english(), false, 4_500).label,
        "Resend code in 0:27"
    );
    // The wait is over: the button works again, the message stays.
    let later = state.view(&english(), false, 31_000);
    assert_eq!(later.label, "Resend code");
    assert!(!later.unavailable);
    assert_eq!(later.sent, "We emailed a code to a***@e***.");
    assert_eq!(state.press(&settings, 31_000), Press::Send);
}

#[test]
fn the_timer_wakes_just_when_the_displayed_second_changes() {
    let settings = Settings::default();
    let mut state = fresh(&settings);
    state.press(&settings, 0);
    state.finish(&emailed(), &settings, 0);
    assert_eq!(state.next_tick_in(0), Some(1_000));
    assert_eq!(state.next_tick_in(250), Some(750));
    assert_eq!(state.next_tick_in(29_999), Some(1));
    assert_eq!(state.next_tick_in(30_000), None);
}

#[test]
fn each_further_send_waits_twice_as_long_and_a_new_base_applies_at_once() {
    let mut settings = Settings::default();
    let mut state = fresh(&settings);
    state.press(&settings, 0);
    state.finish(&emailed(), &settings, 0);
    state.press(&settings, 30_000);
    state.finish(&emailed(), &settings, 30_000);
    assert_eq!(
        state.view(&english(), false, 30_000).label,
        "Resend code in 1:00"
    );
    settings.apply_attribute("cooldown", Some(" 5 "));
    // As the widget does on every change of its settings.
    state.set_policy(settings.policy());
    state.press(&settings, 90_000);
    state.finish(&emailed(), &settings, 90_000);
    assert_eq!(
        state.view(&english(), false, 90_000).label,
        "Resend code in 0:20"
    );
}

#[test]
fn a_setup_error_is_shown_and_nothing_is_sent() {
    let mut settings = Settings::default();
    let problem = settings.apply_attribute("client-metadata", Some("[1, 2]"));
    let problem = problem.expect("an invalid client-metadata is reported at once");
    assert!(problem.starts_with("client-metadata: "), "{problem}");
    let mut state = fresh(&settings);
    assert_eq!(state.press(&settings, 0), Press::Refuse(problem));
    let view = state.view(&english(), false, 0);
    assert_eq!(
        view.failed,
        "This sign-up form isn't set up correctly. Please contact support."
    );
    assert!(
        !view.unavailable,
        "fixing the page and pressing again works"
    );
    // A valid value clears it.
    assert_eq!(
        settings.apply_attribute("client-metadata", Some(r#"{"lang":"de"}"#)),
        None
    );
    assert_eq!(state.press(&settings, 1), Press::Send);
}

#[test]
fn the_attempt_limit_holds_the_button_for_fifteen_minutes() {
    let settings = Settings::default();
    let mut state = fresh(&settings);
    state.press(&settings, 0);
    state.finish(&cognito(CognitoErrorKind::LimitExceeded), &settings, 0);
    let view = state.view(&english(), false, 0);
    assert_eq!(
        view.failed,
        "Too many attempts. Please wait 15 minutes before asking for another code."
    );
    assert_eq!(view.state, Some("limit"));
    assert_eq!(view.label, "Resend code in 15:00");
    assert_eq!(state.press(&settings, 899_999), Press::Ignore);
    assert_eq!(state.press(&settings, 900_000), Press::Send);
}

#[test]
fn a_lost_connection_lets_the_person_try_again_at_once() {
    let settings = Settings::default();
    let mut state = fresh(&settings);
    state.press(&settings, 0);
    state.finish(&Err(ResendError::Network), &settings, 0);
    let view = state.view(&english(), false, 0);
    assert_eq!(
        view.failed,
        "We couldn't reach the server. Check your connection and try again."
    );
    assert!(!view.unavailable);
    assert_eq!(state.stored(0), None);
    assert_eq!(state.press(&settings, 1), Press::Send);
}

#[test]
fn enumeration_safe_mode_shows_an_unknown_user_exactly_like_a_success() {
    let mut settings = Settings::default();
    settings.apply_attribute("enumeration-safe", Some(""));
    assert!(settings.enumeration_safe);
    let (mut known, mut unknown) = (fresh(&settings), fresh(&settings));
    known.press(&settings, 0);
    known.finish(&emailed(), &settings, 0);
    unknown.press(&settings, 0);
    unknown.finish(&cognito(CognitoErrorKind::UserNotFound), &settings, 0);
    assert_eq!(unknown.status(), &Status::SentHidden);
    let (known, unknown) = (
        known.view(&english(), true, 5_000),
        unknown.view(&english(), true, 5_000),
    );
    assert_eq!(known, unknown);
    assert_eq!(
        known.sent,
        "If an account exists for this username, we've sent a code."
    );
}

#[test]
fn a_stored_deadline_comes_back_and_start_cooldown_only_on_mount() {
    let mut settings = Settings::default();
    let mut state = fresh(&settings);
    state.press(&settings, 0);
    state.finish(&emailed(), &settings, 0);
    let stored = state.stored(10_000).expect("a running wait is kept");
    let back = WidgetState::load(&settings, Some(&stored), false, 10_000);
    assert_eq!(
        back.view(&english(), false, 10_000).label,
        "Resend code in 0:20"
    );
    let ignored = WidgetState::load(&settings, Some("v1:nonsense"), false, 0);
    assert_eq!(ignored.view(&english(), false, 0).label, "Resend code");

    settings.apply_attribute("start-cooldown", Some("true"));
    settings.apply_attribute("client-id", Some("cid"));
    settings.apply_attribute("username", Some("ada"));
    let mounted = WidgetState::load(&settings, None, true, 0);
    assert_eq!(
        mounted.view(&english(), false, 0).label,
        "Resend code in 0:30"
    );
    let new_user = WidgetState::load(&settings, None, false, 0);
    assert_eq!(new_user.view(&english(), false, 0).label, "Resend code");
    // No wait for no one: mounted before its settings name a user (a client
    // id and a username), the widget starts the wait when they do (the
    // controller's part).
    for (missing, value) in [("client-id", "cid"), ("username", "ada")] {
        settings.apply_attribute(missing, None);
        assert!(!settings.names_a_user(), "no {missing}");
        let nobody = WidgetState::load(&settings, None, true, 0);
        assert_eq!(nobody.view(&english(), false, 0).label, "Resend code");
        assert_eq!(nobody.stored(0), None);
        settings.apply_attribute(missing, Some(value));
    }
}

#[test]
fn another_tabs_stored_wait_holds_the_press_and_is_never_shortened() {
    let settings = Settings::default();
    // Two tabs for one user, both idle; the first sends at 0.
    let mut first = fresh(&settings);
    let mut second = fresh(&settings);
    first.press(&settings, 0);
    first.finish(&emailed(), &settings, 0);
    let stored = first.stored(5_000);
    // The second tab takes what is stored in before it acts: no send.
    second.merge_stored(stored.as_deref(), 5_000);
    assert_eq!(second.press(&settings, 5_000), Press::Ignore);
    assert_eq!(
        second.view(&english(), false, 5_000).label,
        "Resend code in 0:25"
    );
    // A failure that starts no wait (offline) does not end the other's.
    let mut third = fresh(&settings);
    third.press(&settings, 5_000);
    third.finish(&Err(ResendError::Offline), &settings, 6_000);
    assert_eq!(third.stored(6_000), None);
    third.merge_stored(stored.as_deref(), 6_000);
    assert_eq!(third.stored(6_000), stored);
    // The longer wait holds: a shorter one stored does not shorten it.
    let mut limited = fresh(&settings);
    limited.press(&settings, 0);
    limited.finish(&cognito(CognitoErrorKind::LimitExceeded), &settings, 0);
    limited.merge_stored(stored.as_deref(), 10_000);
    assert_eq!(limited.remaining_ms(10_000), 15 * 60_000 - 10_000);
    // Nothing stored, or nonsense: nothing changes.
    let mut idle = fresh(&settings);
    idle.merge_stored(None, 0);
    idle.merge_stored(Some("v1:nonsense"), 0);
    assert_eq!(idle.press(&settings, 0), Press::Send);
}

/// What the controller does with storage, for the property below: merge
/// what is stored, then write what the state says (a running wait, a
/// request's hold, or empty in place of its own hold).
fn persist(state: &mut WidgetState, stored: &mut Option<String>, now: u64) {
    if let Some(text) = state.sync_stored(stored.as_deref(), now) {
        *stored = Some(text);
    }
}

/// How long what is stored holds a widget that reads it at `now`.
fn stored_wait(stored: &Option<String>, now: u64) -> u64 {
    WidgetState::load(&Settings::default(), stored.as_deref(), false, now).remaining_ms(now)
}

#[test]
fn two_tabs_sharing_storage_never_send_during_a_wait_either_has_shown_or_a_request_either_has_in_flight(
) {
    let settings = Settings::default();
    let mut random = Random(0x0007_ab5c_0de5_1234);
    for _ in 0..1_000 {
        let mut now = random.next() >> 24;
        let mut stored: Option<String> = None;
        let mut tabs = [fresh(&settings), fresh(&settings)];
        let mut in_flight = [false; 2];
        // When each request left: it ends (answered or timed out) within the
        // default timeout, before its hold, the first wait, does.
        let mut sent_at = [0; 2];
        // What each tab stored when its request left.
        let mut holds: [Option<String>; 2] = [None, None];
        // The end of the longest wait any answer has started so far, and
        // of the holds of requests left in flight (a reload, a route change).
        let mut held_until = 0;
        let mut abandoned_until = 0;
        for _ in 0..40 {
            let tab = (random.next() % 2) as usize;
            let other = 1 - tab;
            let state = &mut tabs[tab];
            match random.next() % 6 {
                // A press: what is stored is read first.
                0 | 1 => {
                    let free =
                        !in_flight.contains(&true) && now >= held_until && now >= abandoned_until;
                    persist(state, &mut stored, now);
                    let press = state.press(&settings, now);
                    if free {
                        assert_eq!(press, Press::Send, "held though nothing runs");
                    }
                    if press == Press::Send {
                        assert!(now >= held_until, "sent {} ms early", held_until - now);
                        let other_holds = holds[other].clone();
                        assert!(
                            !in_flight[other] || stored_wait(&other_holds, now) == 0,
                            "sent while the other tab's request was in flight"
                        );
                        in_flight[tab] = true;
                        sent_at[tab] = now;
                        // The controller stores the hold as the request leaves.
                        persist(state, &mut stored, now);
                        holds[tab] = stored.clone();
                    }
                }
                2 if in_flight[tab] => {
                    let answer = widget_session::answer(random.next());
                    // No answer at all: the hold stays.
                    let hold = holds[tab].take();
                    if matches!(
                        answer,
                        Err(ResendError::Network | ResendError::Timeout | ResendError::Offline)
                    ) {
                        abandoned_until = abandoned_until.max(now + stored_wait(&hold, now));
                    }
                    state.finish(&answer, &settings, now);
                    held_until = held_until.max(now + state.remaining_ms(now));
                    persist(state, &mut stored, now);
                    assert!(
                        now + stored_wait(&stored, now) >= held_until,
                        "a wait an answer started was shortened"
                    );
                    in_flight[tab] = false;
                }
                // Reloaded or unmounted (mid-request or not) and mounted
                // again: a hold stays stored.
                3 => {
                    if in_flight[tab] {
                        let hold = holds[tab].take();
                        abandoned_until = abandoned_until.max(now + stored_wait(&hold, now));
                    }
                    in_flight[tab] = false;
                    *state = WidgetState::load(&settings, stored.as_deref(), false, now);
                }
                4 => {
                    let mut until = now + random.next() % 120_000;
                    for other in 0..2 {
                        if in_flight[other] {
                            until = until.min(sent_at[other] + 15_000).max(now);
                        }
                    }
                    now = until;
                }
                // Shown again.
                _ => persist(state, &mut stored, now),
            }
        }
    }
}

#[test]
fn a_request_in_flight_holds_the_wait_its_code_may_start_until_its_answer() {
    let settings = Settings::default();
    let mut state = fresh(&settings);
    assert_eq!(state.press(&settings, 0), Press::Send);
    let hold = state.sync_stored(None, 0);
    // A reload or another tab meanwhile waits as if the code had gone out.
    let reloaded = WidgetState::load(&settings, hold.as_deref(), false, 2_000);
    assert_eq!(
        reloaded.view(&english(), false, 2_000).label,
        "Resend code in 0:28"
    );
    // The tab that sent does not take its own hold in, and keeps it stored
    // while the request runs.
    assert_eq!(state.sync_stored(hold.as_deref(), 1_000), None);
    // An answer that sent nothing takes it back: that tab, a reload or
    // another tab may try again at once.
    state.finish(&cognito(CognitoErrorKind::InternalError), &settings, 2_000);
    let emptied = state.sync_stored(hold.as_deref(), 2_000);
    assert_eq!(emptied.as_deref(), Some(""));
    assert_eq!(state.press(&settings, 2_000), Press::Send);
    let reloaded = WidgetState::load(&settings, emptied.as_deref(), false, 2_000);
    assert_eq!(reloaded.remaining_ms(2_000), 0);
    // A code that went out stores its own wait in place of the hold.
    let hold = state.sync_stored(emptied.as_deref(), 2_000);
    state.finish(&Ok(CodeDeliveryDetails::default()), &settings, 3_000);
    let sent = state.sync_stored(hold.as_deref(), 3_000);
    let reloaded = WidgetState::load(&settings, sent.as_deref(), false, 3_000);
    assert_eq!(reloaded.remaining_ms(3_000), 30_000);
    // The next send's hold is the next, doubled, wait.
    assert_eq!(state.press(&settings, 33_000), Press::Send);
    let hold = state.sync_stored(sent.as_deref(), 33_000);
    let reloaded = WidgetState::load(&settings, hold.as_deref(), false, 33_000);
    assert_eq!(reloaded.remaining_ms(33_000), 60_000);
    // Another tab's text stored meanwhile stays: here a longer wait.
    let mut other = fresh(&settings);
    other.press(&settings, 33_000);
    other.finish(&cognito(CognitoErrorKind::LimitExceeded), &settings, 33_500);
    let limited = other.sync_stored(hold.as_deref(), 33_500);
    state.finish(&Err(ResendError::Network), &settings, 34_000);
    assert_eq!(state.sync_stored(limited.as_deref(), 34_000), limited);
    assert_eq!(state.press(&settings, 34_000), Press::Ignore);
    // A widget that saw another's hold never stores it, and is free once
    // the answer has taken it back.
    let mut sender = fresh(&settings);
    let mut seer = fresh(&settings);
    sender.press(&settings, 0);
    let hold = sender.sync_stored(None, 0);
    assert_eq!(seer.sync_stored(hold.as_deref(), 1_000), None);
    assert_eq!(seer.press(&settings, 1_000), Press::Ignore);
    sender.finish(&cognito(CognitoErrorKind::InternalError), &settings, 2_000);
    let emptied = sender.sync_stored(hold.as_deref(), 2_000);
    assert_eq!(seer.sync_stored(emptied.as_deref(), 3_000), None);
    assert_eq!(seer.press(&settings, 3_000), Press::Send);
    // No answer at all (the connection failed, or the page was left): the
    // request may have reached Cognito, so the hold stays for a reload and
    // other tabs, while the widget that sent may try again.
    let mut state = fresh(&settings);
    state.press(&settings, 0);
    let hold = state.sync_stored(None, 0);
    state.finish(&Err(ResendError::Network), &settings, 1_000);
    assert_eq!(state.sync_stored(hold.as_deref(), 1_000), None);
    let reloaded = WidgetState::load(&settings, hold.as_deref(), false, 1_000);
    assert_eq!(reloaded.remaining_ms(1_000), 29_000);
    assert_eq!(state.press(&settings, 1_000), Press::Send);
    // Offline is no answer either (the browser may have gone offline while
    // the request was out).
    let hold = state.sync_stored(None, 1_000);
    state.finish(&Err(ResendError::Offline), &settings, 2_000);
    assert_eq!(state.sync_stored(hold.as_deref(), 2_000), None);
    // A wait shorter than the request's timeout: the hold lasts the timeout.
    let mut short = Settings::default();
    short.apply_attribute("cooldown", Some("10"));
    let mut state = fresh(&short);
    state.press(&short, 0);
    let hold = state.sync_stored(None, 0);
    let reloaded = WidgetState::load(&short, hold.as_deref(), false, 0);
    assert_eq!(reloaded.remaining_ms(0), 15_000);
    // With no wait after a send (cooldown 0), nothing is held.
    let mut none = Settings::default();
    none.apply_attribute("cooldown", Some("0"));
    let mut state = fresh(&none);
    assert_eq!(state.press(&none, 0), Press::Send);
    assert_eq!(state.sync_stored(None, 0), None);
}

#[test]
fn attributes_become_settings_and_removing_them_unsets() {
    let mut settings = Settings::default();
    let pairs = [
        ("client-id", "cid"),
        ("username", "ada"),
        ("region", "eu-west-1"),
        ("user-pool-id", "eu-west-1_Abc"),
        ("endpoint", "http://127.0.0.1:4566/"),
        ("fips", ""),
        ("secret-hash", "hash="),
        ("timeout-ms", "2500"),
        ("cooldown", "12"),
        ("start-cooldown", ""),
        ("locale", "fr"),
        ("enumeration-safe", ""),
        ("debug", ""),
        ("client-metadata", r#"{"b":"2","a":"1"}"#),
        ("analytics-endpoint-id", "pinpoint"),
        ("ip-address", "192.0.2.1"),
        ("encoded-data", "encoded"),
        ("language-metadata-key", "locale"),
        ("disabled", ""),
        ("help", ""),
        ("change-destination", ""),
    ];
    let attributes: Vec<&str> = OPTIONS
        .iter()
        .map(|option| option.attribute)
        .filter(|attribute| !attribute.is_empty())
        .collect();
    let mut named: Vec<&str> = pairs.iter().map(|(name, _)| *name).collect();
    named.sort_unstable();
    let mut sorted = attributes.clone();
    sorted.sort_unstable();
    assert_eq!(named, sorted, "every attribute of the option table is read");
    for (name, value) in pairs {
        assert_eq!(settings.apply_attribute(name, Some(value)), None, "{name}");
    }
    let (request, endpoint) = settings.request(Locale::En);
    assert_eq!(
        request.to_json(),
        r#"{"ClientId":"cid","Username":"ada","SecretHash":"hash=","UserContextData":{"IpAddress":"192.0.2.1","EncodedData":"encoded"},"AnalyticsMetadata":{"AnalyticsEndpointId":"pinpoint"},"ClientMetadata":{"b":"2","a":"1","locale":"en"}}"#
    );
    assert_eq!(endpoint.resolve().as_deref(), Ok("http://127.0.0.1:4566/"));
    assert!(settings.fips && settings.disabled && settings.help);
    assert_eq!(settings.timeout_ms(), 2500);
    // Past setTimeout's limit a delay overflows and fires at once: clamped.
    let far = Settings {
        timeout_ms: Some(u32::MAX),
        ..Settings::default()
    };
    assert_eq!(far.timeout_ms(), i32::MAX as u32);
    assert_eq!(settings.cooldown_secs, Some(12));
    assert!(settings.start_cooldown && settings.enumeration_safe && settings.debug);
    assert_eq!(settings.language("", ""), Locale::Fr);

    for name in &attributes {
        settings.apply_attribute(name, None);
    }
    assert_eq!(settings, Settings::default());
    // An attribute spelled "false" turns a flag off; an empty value is unset.
    settings.apply_attribute("debug", Some("false"));
    settings.apply_attribute("region", Some(""));
    settings.apply_attribute("no-such-attribute", Some("x"));
    assert_eq!(settings, Settings::default());
    // A number that is not one is a setup problem naming the attribute, until fixed.
    assert_eq!(
        settings
            .apply_attribute("cooldown", Some("soon"))
            .as_deref(),
        Some("cooldown must be a whole number")
    );
    assert_eq!(
        settings.setup_problem(),
        Some("cooldown must be a whole number")
    );
    assert_eq!(settings.apply_attribute("cooldown", None), None);
    assert_eq!(settings, Settings::default());
    assert_eq!(
        settings.request(Locale::En).0.to_json(),
        r#"{"ClientId":"","Username":""}"#
    );
}

#[test]
fn the_language_comes_from_the_setting_then_the_page_then_the_browser() {
    let mut settings = Settings::default();
    assert_eq!(settings.language("", ""), Locale::En);
    assert_eq!(settings.language("", "ja-JP"), Locale::Ja);
    assert_eq!(settings.language("de", "ja-JP"), Locale::De);
    settings.locale = Some("pt-BR".into());
    assert_eq!(settings.language("de", "ja-JP"), Locale::PtBr);
    settings.messages = vec![(MessageKey::ResendButton, "Mandar de novo".into())];
    let state = fresh(&settings);
    let view = state.view(&settings.catalog(Locale::PtBr, &[]), false, 0);
    assert_eq!(
        (view.lang, view.label.as_str()),
        ("pt-BR", "Mandar de novo")
    );
    assert_eq!(
        state
            .view(&settings.catalog(Locale::PtBr, &[]), false, 0)
            .label,
        "Mandar de novo"
    );
}

#[test]
fn a_loaded_catalog_speaks_its_language_under_the_callers_wording() {
    let mut settings = Settings::default();
    let loaded = parse_catalog(&catalog_json(Locale::Ja));
    let state = fresh(&settings);
    let japanese = state.view(&settings.catalog(Locale::Ja, &loaded), false, 0);
    assert_eq!(
        (japanese.lang, japanese.label.as_str()),
        ("ja", Locale::Ja.text(MessageKey::ResendButton))
    );
    settings.messages = vec![(MessageKey::ResendButton, "もう一度".into())];
    assert_eq!(
        state
            .view(&settings.catalog(Locale::Ja, &loaded), false, 0)
            .label,
        "もう一度"
    );
    // Every key of every locale survives the trip through JSON.
    for locale in Locale::ALL {
        let messages = settings.catalog(locale, &parse_catalog(&catalog_json(locale)));
        for key in MessageKey::ALL
            .iter()
            .filter(|k| **k != MessageKey::ResendButton)
        {
            assert_eq!(messages.get(*key), locale.text(*key), "{locale:?} {key:?}");
        }
    }
    // Anything but one string per key, in order, is no catalog at all: a
    // text never lands under another key.
    let german = catalog_json(Locale::De);
    assert!(parse_catalog("not json").is_empty());
    let (all_but_last, _) = german.rsplit_once(',').unwrap();
    assert!(parse_catalog(&(all_but_last.to_owned() + "]")).is_empty());
    assert!(parse_catalog(&german.replacen("[", "[\"extra\",", 1)).is_empty());
    assert!(parse_catalog(&german.replacen("\"Code erneut senden\"", "1", 1)).is_empty());
    assert!(parse_catalog(r#"{"ResendButton":"y"}"#).is_empty());
    assert_eq!(parse_catalog(&german).len(), MessageKey::ALL.len());
}

/// Thousands of random sessions: presses, answers, time passing, attribute
/// changes and reloads (`make fuzz` runs the same sessions from fuzzer
/// bytes). What the person sees always matches what a press does.
#[test]
fn what_the_screen_says_is_what_a_press_does_in_any_session() {
    let mut random = Random(0x5eed_cafe_f00d_1234);
    for _ in 0..2_000 {
        widget_session::run(|| random.next());
    }
}
