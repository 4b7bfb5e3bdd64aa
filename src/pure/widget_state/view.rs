//! What the widget shows at one moment, as data: the shell writes it into
//! the DOM, the server renders it as the first frame.

use super::machine::{Status, WidgetState};
use crate::cooldown::CooldownReason;
use crate::messages::{MessageKey, Messages};

/// Waits longer than this are said as the time of day they end ("Resend
/// code at 14:32") rather than counted down, when a clock is given.
pub const CLOCK_AFTER_MS: u64 = 3 * 60 * 1000;

/// How the widget presents itself, besides its words.
#[derive(Clone, Copy, Default)]
pub struct ViewOptions<'a> {
    /// Every success reads the same, whoever the user is.
    pub enumeration_safe: bool,
    /// Show the "Didn't get it?" line under a result.
    pub help: bool,
    /// Offer "Change your email or phone number" in that line (someone
    /// handles it).
    pub change_destination: bool,
    /// The host turned the button off.
    pub disabled: bool,
    /// Says a time (milliseconds since the epoch) as a time of day in the
    /// person's language, such as `14:32`. Without it, every wait is a
    /// countdown.
    pub clock: Option<&'a dyn Fn(u64) -> String>,
}

/// Everything the widget shows at one moment.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct View {
    /// The locale tag, for the root's `lang`.
    pub lang: &'static str,
    /// The root's `data-state`: `sending`, `cooldown`, `limit` or none.
    pub state: Option<&'static str>,
    /// What the last answer was: `sent`, `error` or none.
    pub outcome: Option<&'static str>,
    /// The button's visible label.
    pub label: String,
    /// The message the label comes from.
    pub label_key: Option<MessageKey>,
    /// The words assistive technology says instead of a countdown.
    pub accessible_name: Option<String>,
    /// A request is in flight (`aria-busy`).
    pub sending: bool,
    /// A press does nothing now (`aria-disabled`).
    pub unavailable: bool,
    /// The polite live region: where the code went.
    pub sent: String,
    /// The message `sent` comes from.
    pub sent_key: Option<MessageKey>,
    /// The alert: what went wrong.
    pub failed: String,
    /// The message `failed` comes from.
    pub failed_key: Option<MessageKey>,
    /// Said once by a second polite live region when a wait is over.
    pub announce: String,
    /// The "Didn't get it?" line, when shown.
    pub help: Option<String>,
    /// The "change your email or phone number" control's text, when shown.
    pub change_destination: Option<String>,
}

impl View {
    /// The element's custom states (`:state(...)`): the root's state and
    /// the last outcome, such as `sent` and `cooldown`.
    pub fn custom_states(&self) -> impl Iterator<Item = &'static str> {
        self.state.into_iter().chain(self.outcome)
    }
}

impl WidgetState {
    /// What the widget shows at `now`.
    pub fn view(&self, messages: &Messages, enumeration_safe: bool, now: u64) -> View {
        let options = ViewOptions {
            enumeration_safe,
            ..ViewOptions::default()
        };
        self.view_with(messages, &options, now)
    }

    /// What the widget shows at `now`, presented as `options` say.
    pub fn view_with(&self, messages: &Messages, options: &ViewOptions, now: u64) -> View {
        let sending = self.status == Status::Sending;
        let remaining = self.cooldown.remaining_ms(now);
        let state = match self.cooldown.active(now) {
            _ if sending => Some("sending"),
            Some((_, CooldownReason::LimitExceeded | CooldownReason::DailyLimit)) => Some("limit"),
            Some(_) => Some("cooldown"),
            None => None,
        };
        // A time of day for `until`, when the wait is long and a clock is given.
        // Rounded up to the minute: "at 14:33" for 14:32:45, never a time
        // at which a press is still refused.
        let clock_for = |wait: u64, until: u64| match options.clock {
            Some(clock) if wait > CLOCK_AFTER_MS => Some(clock(
                until.saturating_add((60_000 - until % 60_000) % 60_000),
            )),
            _ => None,
        };
        let fixed = |key: MessageKey| (key, messages.get(key).to_owned(), None);
        let (label_key, label, accessible_name) = match remaining {
            _ if sending => fixed(MessageKey::SendingButton),
            0 => fixed(MessageKey::ResendButton),
            ms => match clock_for(ms, now.saturating_add(ms)) {
                Some(clock) => (
                    MessageKey::CooldownUntil,
                    messages.cooldown_until(&clock),
                    None,
                ),
                None => (
                    MessageKey::CooldownButton,
                    messages.cooldown_button(ms),
                    Some(messages.cooldown_label(ms)),
                ),
            },
        };
        let (mut sent, mut sent_key, mut failed, mut failed_key) =
            (String::new(), None, String::new(), None);
        let mut outcome = None;
        match &self.status {
            Status::Sent(details) => {
                let (key, text) = messages.sent_with_key(details, options.enumeration_safe);
                (sent, sent_key, outcome) = (text, Some(key), Some("sent"));
            }
            Status::SentHidden => {
                sent = messages.get(MessageKey::SentNeutral).to_owned();
                (sent_key, outcome) = (Some(MessageKey::SentNeutral), Some("sent"));
            }
            Status::Failed {
                key,
                wait_ms,
                until,
            } => {
                let clock = clock_for(*wait_ms, *until);
                failed = messages.key_until(*key, *wait_ms, clock.as_deref());
                failed_key = Some(match (*key, clock) {
                    (MessageKey::LimitExceeded, Some(_)) => MessageKey::LimitExceededUntil,
                    (key, _) => key,
                });
                outcome = Some("error");
            }
            Status::Idle | Status::Sending => {}
        }
        // "Didn't get it?" under a result that leaves the person waiting for
        // a code, or told it could not be delivered.
        let help = options.help
            && (sent_key.is_some() || failed_key == Some(MessageKey::CodeDeliveryFailure));
        // Once, when a wait that began with the last answer (or on mount) is over.
        let announce = match self.cooldown.ended(now) {
            Some(ended) if !sending && !options.disabled && ended > self.answered_at => {
                messages.get(MessageKey::CanResendNow).to_owned()
            }
            _ => String::new(),
        };
        View {
            lang: messages.locale().tag(),
            state,
            outcome,
            label,
            label_key: Some(label_key),
            accessible_name,
            sending,
            unavailable: sending || remaining > 0 || options.disabled,
            sent,
            sent_key,
            failed,
            failed_key,
            announce,
            help: help.then(|| messages.get(MessageKey::HelpText).to_owned()),
            change_destination: (help && options.change_destination)
                .then(|| messages.get(MessageKey::ChangeDestination).to_owned()),
        }
    }
}
