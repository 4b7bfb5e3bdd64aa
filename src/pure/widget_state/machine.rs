//! The widget's state machine: what a press leads to and how an answer
//! changes it. Time is passed in; nothing here reads a clock.

use crate::cooldown::{Cooldown, CooldownPolicy};
use crate::messages::{error_key, hidden_as_success, MessageKey};
use crate::protocol::{CodeDeliveryDetails, ResendError};
use crate::settings::Settings;

/// What the last press led to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Status {
    /// Nothing yet.
    #[default]
    Idle,
    /// A request is in flight.
    Sending,
    /// The code went out.
    Sent(CodeDeliveryDetails),
    /// An unknown user in enumeration-safe mode: shown as a neutral success.
    SentHidden,
    /// The failure, as the message that says it, and the cooldown it
    /// started: its length (for "please wait {wait}") and its end (for "at
    /// {clock}"), in milliseconds. The error itself goes to the callbacks
    /// ([`crate::failure::Failure`]).
    Failed {
        /// What went wrong, as the words that say it.
        key: MessageKey,
        /// How long the button is held.
        wait_ms: u64,
        /// When the hold ends (since the epoch).
        until: u64,
    },
}

/// What a press should do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Press {
    /// Nothing: a request is in flight or the cooldown runs.
    Ignore,
    /// Send the request (the state is now [`Status::Sending`]).
    Send,
    /// Send nothing: this setup problem is shown and should be logged.
    Refuse(String),
}

/// One widget's state: the last outcome and the cooldown.
///
/// ## Usage
/// ```
/// use cognito_resend_code::messages::{Locale, Messages};
/// use cognito_resend_code::protocol::CodeDeliveryDetails;
/// use cognito_resend_code::widget_state::{Press, Settings, WidgetState};
/// let settings = Settings::default();
/// let mut state = WidgetState::load(&settings, None, true, 0);
/// let messages = Messages::new(Locale::En);
/// assert_eq!(state.press(&settings, 0), Press::Send);
/// assert_eq!(state.view(&messages, false, 0).label, "Sending…");
/// state.finish(&Ok(CodeDeliveryDetails::default()), &settings, 1_000);
/// assert_eq!(state.view(&messages, false, 1_000).label, "Resend code in 0:30");
/// assert_eq!(state.press(&settings, 2_000), Press::Ignore);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WidgetState {
    pub(super) status: Status,
    pub(super) cooldown: Cooldown,
    /// When the last answer arrived (or the host turned the button off
    /// after a wait was over): a wait that ends later is announced.
    pub(super) answered_at: u64,
    /// The host has turned the button off.
    disabled: bool,
    /// What the last send stored while in flight ([`WidgetState::sync_stored`]).
    hold: Option<String>,
}

impl WidgetState {
    /// The state on mount (`on_mount`) or for a new user: the stored deadline
    /// if any, and `start_cooldown` only on mount, once the settings name a
    /// user ([`Settings::names_a_user`]).
    pub fn load(settings: &Settings, stored: Option<&str>, on_mount: bool, now: u64) -> Self {
        let mut state = Self {
            status: Status::Idle,
            cooldown: Cooldown::new(settings.policy()),
            answered_at: 0,
            disabled: settings.disabled,
            hold: None,
        };
        state.merge_stored(stored, now);
        // The wait is for a user: a widget mounted before it knows whom
        // starts it when its settings first name one (the controller then
        // loads with `on_mount`).
        if on_mount
            && settings.start_cooldown
            && settings.names_a_user()
            && state.cooldown.can_send(now)
        {
            state.cooldown.start(now);
        }
        state
    }

    /// Takes in what is stored for this user at `now`, which another widget
    /// or tab may have written since: the longer wait holds, so a tab does
    /// not send during a wait another has stored, and neither shortens the
    /// other's wait.
    pub fn merge_stored(&mut self, stored: Option<&str>, now: u64) {
        if let Some(stored) = stored {
            self.cooldown.restore(stored, now);
        }
    }

    /// Takes in what is stored for this user at `now` (as
    /// [`WidgetState::merge_stored`]) and returns what to store in its
    /// place, if anything: a running wait; while this widget's request is
    /// in flight, a hold for the wait its code would start (or its timeout,
    /// if longer), so a reload, a route change or another tab meanwhile
    /// holds the button too, as the code may be on its way; and once the
    /// answer is in, the answer's own wait in place of that hold, empty
    /// when it started none (another widget's text stored since stays);
    /// when no answer came at all, the hold stays, as the request may have
    /// reached Cognito.
    /// Another widget's hold holds this one only while storage shows it,
    /// and is never stored again from here.
    pub fn sync_stored(&mut self, stored: Option<&str>, now: u64) -> Option<String> {
        let own_hold = stored.is_some() && stored == self.hold.as_deref();
        let sending = self.status == Status::Sending;
        // No answer came (the connection failed or went offline, the time
        // ran out, or the browser cancelled the request as the page was
        // left): it may have reached Cognito, so the hold stays for a
        // reload and other tabs, while this widget, whose own words say
        // "try again", stays free.
        let unanswered = matches!(
            self.status,
            Status::Failed {
                key: MessageKey::Network | MessageKey::Timeout | MessageKey::Offline,
                ..
            }
        );
        if !sending && !unanswered {
            // Taken back or replaced with the answer: from then on it is
            // only text, whoever stores the same.
            self.hold = None;
        }
        if !own_hold {
            // Another's hold holds for as long as storage shows it.
            self.cooldown.forget_in_flight();
            self.merge_stored(stored, now);
        }
        self.stored(now).or_else(|| match (sending, own_hold) {
            (true, false) => self.hold.clone(),
            (false, true) if !unanswered => Some(String::new()),
            _ => None,
        })
    }

    /// The host turned the button off (`true`) or on again, at `now`. The
    /// end of a wait is said once, however often a page toggles `disabled`
    /// (while it checks the code typed, say): turned off after the wait was
    /// over, it is not said again when turned on; a wait that ends while it
    /// is off is said when it is turned on.
    pub fn set_disabled(&mut self, disabled: bool, now: u64) {
        if disabled && !self.disabled && self.cooldown.ended(now).is_some() {
            self.answered_at = now;
        }
        self.disabled = disabled;
    }

    /// The base wait from now on (a setting the host may change at any
    /// time); a running wait is kept.
    pub fn set_policy(&mut self, policy: CooldownPolicy) {
        self.cooldown.set_policy(policy);
    }

    /// The last outcome.
    pub fn status(&self) -> &Status {
        &self.status
    }

    /// A press at `now`.
    pub fn press(&mut self, settings: &Settings, now: u64) -> Press {
        if self.status == Status::Sending || !self.cooldown.can_send(now) || settings.disabled {
            return Press::Ignore;
        }
        if let Some(problem) = settings.setup_problem() {
            self.status = Status::Failed {
                key: MessageKey::Misconfigured,
                wait_ms: 0,
                until: now,
            };
            self.answered_at = now;
            return Press::Refuse(problem.to_owned());
        }
        self.status = Status::Sending;
        self.hold = self
            .cooldown
            .in_flight_hold(now, u64::from(settings.timeout_ms()));
        Press::Send
    }

    /// The answer to the request, at `now`: the wait it starts follows the
    /// policy last given ([`WidgetState::load`], [`WidgetState::set_policy`]).
    pub fn finish(
        &mut self,
        result: &Result<CodeDeliveryDetails, ResendError>,
        settings: &Settings,
        now: u64,
    ) {
        // A hold read from storage (another request in flight, or this
        // widget's own earlier one that got no answer) is read again at the
        // next sync; the answer's own wait must not hide behind it.
        self.cooldown.forget_in_flight();
        self.status = match result {
            Ok(details) => {
                self.cooldown.on_sent(now);
                Status::Sent(details.clone())
            }
            Err(error) if hidden_as_success(error, settings.enumeration_safe) => {
                self.cooldown.on_sent(now);
                Status::SentHidden
            }
            Err(error) => {
                self.cooldown.on_error(error, now);
                let wait_ms = self.cooldown.remaining_ms(now);
                Status::Failed {
                    key: error_key(error),
                    wait_ms,
                    until: now.saturating_add(wait_ms),
                }
            }
        };
        self.answered_at = now;
    }

    /// What to keep in storage at `now` (`None`: no wait runs).
    pub fn stored(&self, now: u64) -> Option<String> {
        self.cooldown.to_stored(now)
    }

    /// When the countdown's text next changes, in milliseconds from `now`
    /// (just after the displayed second turns); `None` when nothing runs, so
    /// an idle widget keeps no timer.
    pub fn next_tick_in(&self, now: u64) -> Option<u64> {
        match self.cooldown.remaining_ms(now) {
            0 => None,
            remaining => Some(match remaining % 1000 {
                0 => 1000,
                ms => ms,
            }),
        }
    }

    /// How long the button is held from `now`, in milliseconds (0: not).
    pub fn remaining_ms(&self, now: u64) -> u64 {
        self.cooldown.remaining_ms(now)
    }
}
