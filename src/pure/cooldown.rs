//! The cooldown: when the button may be pressed again. A pure state machine;
//! the caller passes the time in (milliseconds since the epoch), nothing here
//! reads a clock, so the same inputs always give the same answer.
//!
//! ## Schedule
//!
//! | what happened | wait |
//! |---|---|
//! | 1st successful send in this session | `base` (default 30 s) |
//! | 2nd, 3rd, 4th ... | `base` × 2, × 4, × 8 ... capped at `max` (default 5 min) |
//! | `LimitExceededException` ("Attempt limit exceeded") | `limit_exceeded` (default 15 min) |
//! | `TooManyRequestsException` (throttling) | `throttled` (default 10 s) |
//! | Cognito's daily email limit (`LimitExceededException`, "daily email limit") | `daily_limit` (default 1 hour) |
//! | an error retrying cannot fix (configuration, unknown user, already confirmed) | `base` |
//! | network, timeout, server fault, unexpected answer, invalid input | none: the person may retry |
//!
//! A new deadline never shortens one already running. While a request is
//! in flight it is stored as a hold (`f`: the wait a send would start, or
//! the request's timeout if longer), so a reload or another tab does not
//! send too. An answer that started no wait takes it back; a request that
//! got no answer leaves it, as it may have reached Cognito
//! (`WidgetState::sync_stored`).

use crate::protocol::{ErrorClass, ResendError};

/// The waits. All in milliseconds.
///
/// ## Usage
/// ```
/// use cognito_resend_code::cooldown::CooldownPolicy;
/// let policy = CooldownPolicy::with_base_seconds(20);
/// assert_eq!(policy.wait_after_send(0), 20_000);
/// assert_eq!(policy.wait_after_send(1), 40_000);
/// assert_eq!(policy.wait_after_send(10), policy.max_ms);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CooldownPolicy {
    /// The wait after the first send; doubles with each further send.
    pub base_ms: u64,
    /// The longest wait after a send.
    pub max_ms: u64,
    /// The wait after Cognito's `LimitExceededException`.
    pub limit_exceeded_ms: u64,
    /// The wait after `TooManyRequestsException`.
    pub throttled_ms: u64,
    /// The wait after Cognito's daily email limit: nothing goes out before
    /// the next day, so asking again soon only repeats the answer.
    pub daily_limit_ms: u64,
}

impl Default for CooldownPolicy {
    fn default() -> Self {
        Self::with_base_seconds(30)
    }
}

impl CooldownPolicy {
    /// The default policy with another base wait (0 turns the cooldown after
    /// sends off; Cognito's own limits still apply).
    pub fn with_base_seconds(seconds: u32) -> Self {
        let base_ms = u64::from(seconds) * 1000;
        Self {
            base_ms,
            max_ms: (5 * 60 * 1000).max(base_ms),
            limit_exceeded_ms: 15 * 60 * 1000,
            throttled_ms: 10 * 1000,
            daily_limit_ms: 60 * 60 * 1000,
        }
    }

    /// The wait after a successful send, given how many sends came before it.
    pub fn wait_after_send(&self, earlier_sends: u32) -> u64 {
        // Doubling by shifting, saturated by hand: `saturating_mul` links a
        // 128-bit multiply into the wasm.
        let doublings = earlier_sends.min(20);
        let wait = if self.base_ms.leading_zeros() >= doublings {
            self.base_ms << doublings
        } else {
            u64::MAX
        };
        wait.min(self.max_ms)
    }

    /// The wait after an error, and why; `None` when the person may press
    /// again at once.
    pub fn wait_after_error(&self, error: &ResendError) -> Option<(u64, CooldownReason)> {
        match error.class() {
            ErrorClass::AttemptLimit => {
                Some((self.limit_exceeded_ms, CooldownReason::LimitExceeded))
            }
            ErrorClass::Throttled => Some((self.throttled_ms, CooldownReason::Throttled)),
            ErrorClass::DailyEmailLimit => Some((self.daily_limit_ms, CooldownReason::DailyLimit)),
            // Pressing again gives the same answer: hold the button as after a send.
            ErrorClass::ServiceSetup | ErrorClass::Final => {
                Some((self.base_ms, CooldownReason::Blocked))
            }
            // Nothing was sent, or nothing arrived: the person may try again.
            ErrorClass::Transient
            | ErrorClass::InvalidInput
            | ErrorClass::PageSetup
            | ErrorClass::Held => None,
        }
    }
}

/// Why the button is waiting.
///
/// ## Usage
/// ```
/// use cognito_resend_code::cooldown::{Cooldown, CooldownPolicy, CooldownReason};
/// use cognito_resend_code::protocol::{CognitoErrorKind, ResendError};
/// let mut cooldown = Cooldown::new(CooldownPolicy::default());
/// cooldown.on_error(&ResendError::Cognito { kind: CognitoErrorKind::LimitExceeded, message: None }, 0);
/// assert_eq!(cooldown.active(0), Some((15 * 60 * 1000, CooldownReason::LimitExceeded)));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CooldownReason {
    /// A code was just sent.
    Sent,
    /// Cognito's attempt limit was reached.
    LimitExceeded,
    /// Cognito throttled the request.
    Throttled,
    /// Cognito's daily email limit was reached.
    DailyLimit,
    /// An error that pressing again cannot fix.
    Blocked,
    /// Another widget's or tab's request is in flight: its hold, read from
    /// storage. Never stored again by this one, and dropped once storage no
    /// longer shows it ([`Cooldown::forget_in_flight`]).
    InFlight,
}

impl CooldownReason {
    fn code(self) -> char {
        match self {
            Self::Sent => 's',
            Self::LimitExceeded => 'l',
            Self::Throttled => 't',
            Self::DailyLimit => 'd',
            Self::Blocked => 'b',
            Self::InFlight => 'f',
        }
    }

    fn from_code(code: &str) -> Option<Self> {
        Some(match code {
            "s" => Self::Sent,
            "l" => Self::LimitExceeded,
            "t" => Self::Throttled,
            "d" => Self::DailyLimit,
            "b" => Self::Blocked,
            "f" => Self::InFlight,
            _ => return None,
        })
    }
}

/// The cooldown of one user's control.
///
/// ## Usage
/// ```
/// use cognito_resend_code::cooldown::{Cooldown, CooldownPolicy};
/// let mut cooldown = Cooldown::new(CooldownPolicy::default());
/// assert!(cooldown.can_send(0));
/// cooldown.on_sent(1_000);
/// assert!(!cooldown.can_send(1_000));
/// assert_eq!(cooldown.remaining_ms(11_000), 20_000);
/// assert!(cooldown.can_send(31_000));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cooldown {
    policy: CooldownPolicy,
    sends: u32,
    deadline: Option<(u64, CooldownReason)>,
}

impl Cooldown {
    /// No cooldown yet.
    pub fn new(policy: CooldownPolicy) -> Self {
        Self {
            policy,
            sends: 0,
            deadline: None,
        }
    }

    /// The policy in use.
    pub fn policy(&self) -> CooldownPolicy {
        self.policy
    }

    /// Uses another policy from now on; a running wait is kept.
    pub fn set_policy(&mut self, policy: CooldownPolicy) {
        self.policy = policy;
    }

    /// Successful sends counted so far.
    pub fn sends(&self) -> u32 {
        self.sends
    }

    /// Whether the button may send at `now`.
    pub fn can_send(&self, now: u64) -> bool {
        self.remaining_ms(now) == 0
    }

    /// Milliseconds left at `now` (0 when none).
    pub fn remaining_ms(&self, now: u64) -> u64 {
        self.deadline
            .map_or(0, |(deadline, _)| deadline.saturating_sub(now))
    }

    /// The end of the last wait, if it is over at `now`: from then on the
    /// person may ask again.
    pub fn ended(&self, now: u64) -> Option<u64> {
        self.deadline
            .map(|(deadline, _)| deadline)
            .filter(|deadline| *deadline <= now)
    }

    /// The end of the running cooldown and its reason, if one runs at `now`.
    pub fn active(&self, now: u64) -> Option<(u64, CooldownReason)> {
        self.deadline.filter(|(deadline, _)| *deadline > now)
    }

    /// A code was sent at `now`.
    pub fn on_sent(&mut self, now: u64) {
        let wait = self.policy.wait_after_send(self.sends);
        self.sends = self.sends.saturating_add(1);
        self.extend(now, wait, CooldownReason::Sent);
    }

    /// A send failed at `now`.
    pub fn on_error(&mut self, error: &ResendError, now: u64) {
        if let Some((wait, reason)) = self.policy.wait_after_error(error) {
            self.extend(now, wait, reason);
        }
    }

    /// Starts the first wait as if a code had just been sent (sign-up has
    /// just sent one), without counting a send.
    pub fn start(&mut self, now: u64) {
        let wait = self.policy.wait_after_send(0);
        self.extend(now, wait, CooldownReason::Sent);
    }

    fn extend(&mut self, now: u64, wait: u64, reason: CooldownReason) {
        if wait == 0 {
            return;
        }
        let deadline = now.saturating_add(wait);
        if self.remaining_ms(now) < wait {
            self.deadline = Some((deadline, reason));
        }
    }

    /// The text to keep across reloads: `v1:<deadline>:<reason>:<sends>`, or
    /// `None` when nothing needs keeping at `now`.
    pub fn to_stored(&self, now: u64) -> Option<String> {
        let (deadline, reason) = self
            .active(now)
            .filter(|(_, reason)| *reason != CooldownReason::InFlight)?;
        Some(self.text(deadline, reason))
    }

    /// What to store while a request that left at `now` is in flight: a
    /// hold for the wait a send would start, or for the request's
    /// `timeout_ms` if that is longer (no longer than the longest wait);
    /// `None` when a send starts no wait (`cooldown` 0).
    pub fn in_flight_hold(&self, now: u64, timeout_ms: u64) -> Option<String> {
        let wait = self.policy.wait_after_send(self.sends);
        let hold = wait.max(timeout_ms).min(self.policy.max_ms);
        (wait > 0).then(|| self.text(now.saturating_add(hold), CooldownReason::InFlight))
    }

    /// Drops a hold read from another widget's request in flight: what is
    /// stored says again whether it still holds (its answer takes it back).
    pub fn forget_in_flight(&mut self) {
        if let Some((_, CooldownReason::InFlight)) = self.deadline {
            self.deadline = None;
        }
    }

    fn text(&self, deadline: u64, reason: CooldownReason) -> String {
        let mut text = String::from("v1:");
        crate::protocol::push_decimal(&mut text, deadline);
        text.push(':');
        text.push(reason.code());
        text.push(':');
        crate::protocol::push_decimal(&mut text, u64::from(self.sends));
        text
    }

    /// Restores what [`Cooldown::to_stored`] wrote. Anything malformed, from
    /// another version, already over, or implausibly far in the future
    /// (further than the longest wait) is ignored.
    pub fn restore(&mut self, stored: &str, now: u64) {
        let mut parts = stored.split([':']);
        let (Some("v1"), Some(deadline), Some(reason), Some(sends), None) = (
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
        ) else {
            return;
        };
        let (Some(deadline), Some(reason), Some(sends)) = (
            crate::protocol::parse_decimal(deadline),
            CooldownReason::from_code(reason),
            crate::protocol::parse_decimal_u32(sends),
        ) else {
            return;
        };
        // No longer than the wait its reason could have started.
        let longest = match reason {
            // The base wait may have changed since: up to the longest.
            CooldownReason::Sent | CooldownReason::Blocked | CooldownReason::InFlight => {
                self.policy.max_ms
            }
            CooldownReason::LimitExceeded => self.policy.limit_exceeded_ms,
            CooldownReason::Throttled => self.policy.throttled_ms,
            CooldownReason::DailyLimit => self.policy.daily_limit_ms,
        };
        if deadline > now && deadline - now <= longest {
            self.sends = self.sends.max(sends);
            self.extend(now, deadline - now, reason);
        }
    }
}

/// `m:ss` for a countdown, rounding up so it never shows 0:00 while waiting.
///
/// ## Usage
/// ```
/// use cognito_resend_code::cooldown::format_remaining;
/// assert_eq!(format_remaining(27_000), "0:27");
/// assert_eq!(format_remaining(26_001), "0:27");
/// assert_eq!(format_remaining(900_000), "15:00");
/// ```
pub fn format_remaining(ms: u64) -> String {
    let seconds = ms.div_ceil(1000);
    let mut text = String::new();
    crate::protocol::push_decimal(&mut text, seconds / 60);
    text.push(':');
    let rest = seconds % 60;
    if rest < 10 {
        text.push('0');
    }
    crate::protocol::push_decimal(&mut text, rest);
    text
}

/// The localStorage key for one user of one app client: a SHA-256 of both, so
/// storage holds no username or other personal data.
///
/// ## Usage
/// ```
/// use cognito_resend_code::cooldown::storage_key;
/// let key = storage_key("client", "ada@example.com");
/// assert!(key.starts_with("cognito-resend-code:"));
/// assert!(!key.contains("ada"));
/// ```
pub fn storage_key(client_id: &str, username: &str) -> String {
    // SHA-256 through sha2's block function, the message padded here
    // (FIPS 180-4, 5.1.1): the wasm then carries no `Digest` buffering.
    const INITIAL_STATE: [u32; 8] = [
        0x6a09_e667,
        0xbb67_ae85,
        0x3c6e_f372,
        0xa54f_f53a,
        0x510e_527f,
        0x9b05_688c,
        0x1f83_d9ab,
        0x5be0_cd19,
    ];
    let mut message = Vec::with_capacity(client_id.len() + username.len() + 73);
    message.extend_from_slice(client_id.as_bytes());
    message.push(0);
    message.extend_from_slice(username.as_bytes());
    let bits = message.len() as u64 * 8;
    message.push(0x80);
    while message.len() % 64 != 56 {
        message.push(0);
    }
    message.extend_from_slice(&bits.to_be_bytes());
    let mut state = INITIAL_STATE;
    for block in message.chunks_exact(64) {
        let block = sha2::digest::generic_array::GenericArray::from_slice(block);
        sha2::compress256(&mut state, core::slice::from_ref(block));
    }
    let mut key = String::from("cognito-resend-code:");
    // The first 16 bytes of the digest.
    for word in &state[..4] {
        for byte in word.to_be_bytes() {
            crate::protocol::push_hex(&mut key, byte);
        }
    }
    key
}
