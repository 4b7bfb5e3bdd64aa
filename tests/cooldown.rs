//! The cooldown state machine and its schedule, with time passed in.

use cognito_resend_code::cooldown::{
    format_remaining, storage_key, Cooldown, CooldownPolicy, CooldownReason,
};
use cognito_resend_code::protocol::{CognitoErrorKind, ResendError, ResendRequest};

const S: u64 = 1000;
const MIN: u64 = 60 * S;
const T0: u64 = 1_795_000_000_000;

fn cognito(kind: CognitoErrorKind) -> ResendError {
    ResendError::Cognito {
        kind,
        message: None,
    }
}

#[test]
fn the_schedule_doubles_from_the_base_and_caps_at_five_minutes() {
    let policy = CooldownPolicy::default();
    let waits: Vec<u64> = (0..7).map(|n| policy.wait_after_send(n)).collect();
    assert_eq!(
        waits,
        [30 * S, 60 * S, 120 * S, 240 * S, 5 * MIN, 5 * MIN, 5 * MIN]
    );
    assert_eq!(policy.wait_after_send(u32::MAX), 5 * MIN);
    let custom = CooldownPolicy::with_base_seconds(10);
    assert_eq!(custom.wait_after_send(0), 10 * S);
    assert_eq!(custom.wait_after_send(1), 20 * S);
    // A base above the cap raises the cap.
    assert_eq!(
        CooldownPolicy::with_base_seconds(600).wait_after_send(3),
        10 * MIN
    );
    // A base set by hand that doubling would overflow saturates instead.
    let huge = CooldownPolicy {
        base_ms: u64::MAX / 3,
        max_ms: u64::MAX,
        ..CooldownPolicy::default()
    };
    assert_eq!(huge.wait_after_send(0), u64::MAX / 3);
    assert_eq!(huge.wait_after_send(1), u64::MAX / 3 * 2);
    assert_eq!(huge.wait_after_send(2), u64::MAX);
    assert_eq!(huge.wait_after_send(u32::MAX), u64::MAX);
}

#[test]
fn a_send_starts_a_cooldown_that_ends_on_time() {
    let mut cooldown = Cooldown::new(CooldownPolicy::default());
    assert!(cooldown.can_send(T0));
    assert_eq!(cooldown.active(T0), None);
    cooldown.on_sent(T0);
    assert!(!cooldown.can_send(T0));
    assert_eq!(cooldown.remaining_ms(T0 + 3 * S), 27 * S);
    assert_eq!(
        cooldown.active(T0 + S),
        Some((T0 + 30 * S, CooldownReason::Sent))
    );
    assert!(!cooldown.can_send(T0 + 30 * S - 1));
    assert!(cooldown.can_send(T0 + 30 * S));
    // Time is only what the caller says: a tab that slept an hour is done.
    assert!(cooldown.can_send(T0 + 60 * MIN));
    assert_eq!(cooldown.remaining_ms(T0 + 60 * MIN), 0);
}

#[test]
fn repeated_sends_wait_longer() {
    let mut cooldown = Cooldown::new(CooldownPolicy::default());
    let mut now = T0;
    let mut waits = Vec::new();
    for _ in 0..5 {
        cooldown.on_sent(now);
        let wait = cooldown.remaining_ms(now);
        waits.push(wait / S);
        now += wait;
    }
    assert_eq!(waits, [30, 60, 120, 240, 300]);
    assert_eq!(cooldown.sends(), 5);
}

#[test]
fn the_attempt_limit_gives_the_long_wait_and_throttling_a_short_one() {
    let mut cooldown = Cooldown::new(CooldownPolicy::default());
    cooldown.on_error(&cognito(CognitoErrorKind::LimitExceeded), T0);
    assert_eq!(
        cooldown.active(T0),
        Some((T0 + 15 * MIN, CooldownReason::LimitExceeded))
    );

    let mut throttled = Cooldown::new(CooldownPolicy::default());
    throttled.on_error(&cognito(CognitoErrorKind::TooManyRequests), T0);
    assert_eq!(
        throttled.active(T0),
        Some((T0 + 10 * S, CooldownReason::Throttled))
    );
}

#[test]
fn errors_retrying_can_fix_start_no_cooldown() {
    let invalid = ResendError::from(ResendRequest::new("cid", "a b").validate().unwrap_err());
    for error in [
        ResendError::Network,
        ResendError::Offline,
        ResendError::Timeout,
        cognito(CognitoErrorKind::InternalError),
        cognito(CognitoErrorKind::CodeDeliveryFailure),
        ResendError::UnknownService {
            name: "X".into(),
            message: None,
            status: 400,
        },
        invalid,
    ] {
        let mut cooldown = Cooldown::new(CooldownPolicy::default());
        cooldown.on_error(&error, T0);
        assert!(cooldown.can_send(T0), "{error:?}");
    }
}

#[test]
fn errors_retrying_cannot_fix_hold_the_button_for_the_base_wait() {
    for kind in [
        CognitoErrorKind::UserNotFound,
        CognitoErrorKind::ResourceNotFound,
        CognitoErrorKind::NotAuthorized,
        CognitoErrorKind::InvalidSmsRoleAccessPolicy,
        CognitoErrorKind::UserLambdaValidation,
        CognitoErrorKind::Forbidden,
    ] {
        let mut cooldown = Cooldown::new(CooldownPolicy::default());
        cooldown.on_error(&cognito(kind), T0);
        assert_eq!(
            cooldown.active(T0),
            Some((T0 + 30 * S, CooldownReason::Blocked)),
            "{kind:?}"
        );
    }
}

#[test]
fn a_new_deadline_never_shortens_a_running_one() {
    let mut cooldown = Cooldown::new(CooldownPolicy::default());
    cooldown.on_error(&cognito(CognitoErrorKind::LimitExceeded), T0);
    cooldown.on_error(&cognito(CognitoErrorKind::TooManyRequests), T0 + S);
    cooldown.on_sent(T0 + 2 * S);
    assert_eq!(
        cooldown.active(T0 + 3 * S),
        Some((T0 + 15 * MIN, CooldownReason::LimitExceeded))
    );
}

#[test]
fn start_begins_the_first_wait_without_counting_a_send() {
    let mut cooldown = Cooldown::new(CooldownPolicy::with_base_seconds(20));
    cooldown.start(T0);
    assert_eq!(cooldown.remaining_ms(T0), 20 * S);
    assert_eq!(cooldown.sends(), 0);
    let mut off = Cooldown::new(CooldownPolicy::with_base_seconds(0));
    off.start(T0);
    off.on_sent(T0);
    assert!(off.can_send(T0), "a base of 0 turns the send cooldown off");
}

#[test]
fn the_deadline_survives_a_reload() {
    let mut before = Cooldown::new(CooldownPolicy::default());
    before.on_sent(T0);
    before.on_sent(T0 + 30 * S);
    let stored = before.to_stored(T0 + 40 * S).unwrap();
    assert_eq!(stored, format!("v1:{}:s:2", T0 + 90 * S));

    let mut after = Cooldown::new(CooldownPolicy::default());
    after.restore(&stored, T0 + 50 * S);
    assert_eq!(after.remaining_ms(T0 + 50 * S), 40 * S);
    assert_eq!(after.sends(), 2);
    // The next send continues the schedule.
    after.on_sent(T0 + 90 * S);
    assert_eq!(after.remaining_ms(T0 + 90 * S), 120 * S);
    // Nothing to keep once it is over.
    assert_eq!(after.to_stored(T0 + 90 * S + 120 * S), None);
}

#[test]
fn corrupt_foreign_or_stale_stored_values_are_ignored() {
    let far = (T0 + 16 * MIN).to_string();
    let soon = (T0 + 10 * S).to_string();
    for stored in [
        "",
        "garbage",
        "v1",
        "v1::s:1",
        &format!("v2:{soon}:s:1"),
        &format!("v1:{soon}:x:1"),
        &format!("v1:{soon}:s:-1"),
        &format!("v1:{soon}:s:1:extra"),
        &format!("v1:{far}:l:1"),
        &format!("v1:{}:s:1", T0 - 1),
        "v1:99999999999999999999999:s:1",
        "{\"deadline\":1}",
    ] {
        let mut cooldown = Cooldown::new(CooldownPolicy::default());
        cooldown.restore(stored, T0);
        assert!(cooldown.can_send(T0), "{stored:?} should be ignored");
        assert_eq!(cooldown.sends(), 0, "{stored:?}");
    }
    let mut ok = Cooldown::new(CooldownPolicy::default());
    ok.restore(&format!("v1:{soon}:t:0"), T0);
    assert_eq!(
        ok.active(T0),
        Some((T0 + 10 * S, CooldownReason::Throttled))
    );
}

/// Random event sequences: the invariants hold whatever happens.
#[test]
fn invariants_hold_for_random_event_sequences() {
    let errors = [
        ResendError::Network,
        cognito(CognitoErrorKind::LimitExceeded),
        cognito(CognitoErrorKind::TooManyRequests),
        cognito(CognitoErrorKind::UserNotFound),
        ResendError::Timeout,
    ];
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..500 {
        let policy = CooldownPolicy::with_base_seconds((next() % 120) as u32);
        let mut cooldown = Cooldown::new(policy);
        let mut now = T0;
        for _ in 0..50 {
            let before = cooldown.active(now).map(|(deadline, _)| deadline);
            let sends = cooldown.sends();
            match next() % 4 {
                0 => cooldown.on_sent(now),
                1 => cooldown.on_error(&errors[(next() % 5) as usize], now),
                2 => cooldown.start(now),
                _ => {
                    let stored = cooldown.to_stored(now);
                    let mut reloaded = Cooldown::new(policy);
                    if let Some(stored) = &stored {
                        reloaded.restore(stored, now);
                    }
                    assert_eq!(reloaded.active(now), cooldown.active(now));
                }
            }
            let after = cooldown.active(now).map(|(deadline, _)| deadline);
            // Never shortened, never longer than the longest wait.
            if let Some(before) = before {
                assert!(after.unwrap() >= before);
            }
            assert!(cooldown.remaining_ms(now) <= policy.limit_exceeded_ms.max(policy.max_ms));
            assert!(cooldown.sends() >= sends);
            assert_eq!(cooldown.can_send(now), cooldown.remaining_ms(now) == 0);
            now += next() % (2 * MIN);
        }
    }
}

#[test]
fn countdowns_are_m_ss_rounded_up() {
    assert_eq!(format_remaining(0), "0:00");
    assert_eq!(format_remaining(1), "0:01");
    assert_eq!(format_remaining(27_000), "0:27");
    assert_eq!(format_remaining(59_001), "1:00");
    assert_eq!(format_remaining(305_000), "5:05");
}

#[test]
fn storage_keys_are_the_first_half_of_a_sha256_of_client_zero_username() {
    use sha2::{Digest, Sha256};
    // Across every padding case: one block, the length spilling into a
    // second, several blocks.
    for length in 0..200 {
        let username = "u".repeat(length);
        let digest = Sha256::new()
            .chain_update(b"4example5client6id7abcdefg")
            .chain_update([0u8])
            .chain_update(username.as_bytes())
            .finalize();
        let hex: String = digest[..16]
            .iter()
            .map(|byte| format!("{byte:02x}"))
            .collect();
        assert_eq!(
            storage_key("4example5client6id7abcdefg", &username),
            format!("cognito-resend-code:{hex}"),
            "username of {length} bytes"
        );
    }
    // A key stored by an earlier release still finds its cooldown.
    assert_eq!(
        storage_key("client", "ada@example.com"),
        "cognito-resend-code:dbf63e81ee5587cd6b16e14e5c2f2779"
    );
}

#[test]
fn storage_keys_are_hashes_that_differ_per_user_and_client() {
    let key = storage_key("client", "ada@example.com");
    assert_eq!(key.len(), "cognito-resend-code:".len() + 32);
    assert!(!key.contains("ada") && !key.contains("client:"));
    assert_eq!(key, storage_key("client", "ada@example.com"));
    assert_ne!(key, storage_key("client", "bob@example.com"));
    assert_ne!(key, storage_key("other", "ada@example.com"));
    // The separator keeps ("ab", "c") and ("a", "bc") apart.
    assert_ne!(storage_key("ab", "c"), storage_key("a", "bc"));
}
