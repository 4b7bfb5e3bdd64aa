//! The cooldown state machine fed random events and times: a running wait is
//! never shortened, never longer than the longest wait, survives a round trip
//! through storage, and `can_send` agrees with `remaining_ms`.
#![no_main]

use cognito_resend_code::cooldown::{Cooldown, CooldownPolicy};
use cognito_resend_code::protocol::{CognitoErrorKind, ResendError};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&base, events)) = data.split_first() else {
        return;
    };
    let policy = CooldownPolicy::with_base_seconds(u32::from(base));
    let longest = policy
        .limit_exceeded_ms
        .max(policy.max_ms)
        .max(policy.daily_limit_ms);
    let mut cooldown = Cooldown::new(policy);
    let mut now: u64 = 1_700_000_000_000;
    for pair in events.chunks(2) {
        let (event, step) = (pair[0], pair.get(1).copied().unwrap_or(0));
        let before = cooldown.active(now).map(|(deadline, _)| deadline);
        match event % 6 {
            0 => cooldown.on_sent(now),
            1 => cooldown.on_error(
                &ResendError::Cognito {
                    kind: CognitoErrorKind::ALL[usize::from(event / 6) % 16],
                    // Now and then Cognito's daily email cap.
                    message: (event / 6 % 32 >= 16)
                        .then(|| "Exceeded daily email limit for the operation or the account.".into()),
                },
                now,
            ),
            2 => cooldown.on_error(&ResendError::Network, now),
            3 => cooldown.start(now),
            4 => {
                let stored = cooldown.to_stored(now);
                let mut reloaded = Cooldown::new(policy);
                if let Some(stored) = &stored {
                    reloaded.restore(stored, now);
                }
                assert_eq!(reloaded.active(now), cooldown.active(now));
            }
            _ => cooldown.restore(&String::from_utf8_lossy(pair), now),
        }
        if let Some(before) = before {
            assert!(cooldown.active(now).map(|(d, _)| d).unwrap_or(0) >= before);
        }
        assert!(cooldown.remaining_ms(now) <= longest);
        assert_eq!(cooldown.can_send(now), cooldown.remaining_ms(now) == 0);
        now += u64::from(step) * 997;
    }
});
