//! What the widget shows at one moment, as data: the shell writes it into
//! the DOM, the server renders it as the first frame.

use super::machine::{Status, WidgetState};
use crate::cooldown::CooldownReason;
use crate::messages::{MessageKey, Messages};

/// Everything the widget shows at one moment.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct View {
    /// The locale tag, for the root's `lang`.
    pub lang: &'static str,
    /// The root's `data-state`: `sending`, `cooldown`, `limit` or none.
    pub state: Option<&'static str>,
    /// The button's visible label.
    pub label: String,
    /// The words assistive technology says instead of a countdown.
    pub accessible_name: Option<String>,
    /// A request is in flight (`aria-busy`).
    pub sending: bool,
    /// A press does nothing now (`aria-disabled`).
    pub unavailable: bool,
    /// The polite live region: where the code went.
    pub sent: String,
    /// The alert: what went wrong.
    pub failed: String,
}

impl WidgetState {
    /// What the widget shows at `now`.
    pub fn view(&self, messages: &Messages, enumeration_safe: bool, now: u64) -> View {
        let sending = self.status == Status::Sending;
        let remaining = self.cooldown.remaining_ms(now);
        let state = match self.cooldown.active(now) {
            _ if sending => Some("sending"),
            Some((_, CooldownReason::LimitExceeded)) => Some("limit"),
            Some(_) => Some("cooldown"),
            None => None,
        };
        let (label, accessible_name) = match remaining {
            _ if sending => (messages.get(MessageKey::SendingButton).to_owned(), None),
            0 => (messages.get(MessageKey::ResendButton).to_owned(), None),
            ms => (
                messages.cooldown_button(ms),
                Some(messages.cooldown_label(ms)),
            ),
        };
        let (sent, failed) = match &self.status {
            Status::Sent(details) => (messages.sent(details, enumeration_safe), String::new()),
            Status::SentHidden => (
                messages.get(MessageKey::SentNeutral).to_owned(),
                String::new(),
            ),
            Status::Failed(error, wait) => (String::new(), messages.error(error, *wait)),
            Status::Idle | Status::Sending => (String::new(), String::new()),
        };
        View {
            lang: messages.locale().tag(),
            state,
            label,
            accessible_name,
            sending,
            unavailable: sending || remaining > 0,
            sent,
            failed,
        }
    }
}
