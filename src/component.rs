//! The Leptos `<ResendCode/>` component: props in, a button and a message out.
//! It holds no protocol logic: it builds a request from its props, hands it to
//! the transport and shows the text the message catalog gives for the outcome.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::messages::{english, error_text, sent_text, MessageKey};
use crate::protocol::{CodeDeliveryDetails, EndpointConfig, ResendError, ResendRequest};
use crate::transport::{resend_confirmation_code, DEFAULT_TIMEOUT_MS};

/// Where the control is in its life.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
enum Status {
    #[default]
    Idle,
    Sending,
    Sent(CodeDeliveryDetails),
    Failed(ResendError),
}

/// A "Resend code" button for Cognito sign-up confirmation.
///
/// Pressing it calls `ResendConfirmationCode` for `username` and then says
/// where the code went ("We emailed a code to a***@e***.") or what went wrong,
/// in plain words. While the request is in flight the button says so and
/// cannot be pressed again. Bad props are reported before anything is sent.
///
/// Set one of `endpoint`, `region` or `user_pool_id` to say where Cognito is.
///
/// ## Usage
/// ```no_run
/// use cognito_resend_code::ResendCode;
/// use leptos::prelude::*;
///
/// #[component]
/// fn ConfirmSignUp(username: String) -> impl IntoView {
///     view! {
///         <p>"Enter the code we sent you."</p>
///         <ResendCode
///             client_id="1example23456789"
///             user_pool_id="us-east-1_AbC123"
///             username=username
///         />
///     }
/// }
/// ```
#[component]
pub fn ResendCode(
    /// The app client id (`ClientId`). It should be a public client, without a
    /// secret.
    #[prop(into)]
    client_id: Signal<String>,
    /// The user to resend the code to: the user name or an alias (email,
    /// phone number).
    #[prop(into)]
    username: Signal<String>,
    /// The AWS region of the user pool, such as `us-east-1`.
    #[prop(optional, into)]
    region: MaybeProp<String>,
    /// The user pool id, such as `us-east-1_AbC123`; gives the region.
    #[prop(optional, into)]
    user_pool_id: MaybeProp<String>,
    /// A URL that replaces the AWS endpoint: an emulator or a proxy.
    #[prop(optional, into)]
    endpoint: MaybeProp<String>,
    /// Use the FIPS endpoint (US regions only).
    #[prop(optional, into)]
    fips: Signal<bool>,
    /// A SecretHash computed on your server, for app clients that have a
    /// secret. Never put the client secret itself in a page.
    #[prop(optional, into)]
    secret_hash: MaybeProp<String>,
    /// Give up after this many milliseconds (default 15 000).
    #[prop(optional, into)]
    timeout_ms: MaybeProp<u32>,
) -> impl IntoView {
    let status = RwSignal::new(Status::Idle);
    let sending = move || status.with(|s| *s == Status::Sending);

    let send = move |_| {
        // The button is disabled while sending; this guards the same-tick
        // double click that reaches the handler before the DOM updates.
        if status.with_untracked(|s| *s == Status::Sending) {
            return;
        }
        let mut request = ResendRequest::new(client_id.get_untracked(), username.get_untracked());
        request.secret_hash = secret_hash.get_untracked().filter(|h| !h.is_empty());
        let endpoint = EndpointConfig {
            endpoint: endpoint.get_untracked(),
            region: region.get_untracked(),
            user_pool_id: user_pool_id.get_untracked(),
            fips: fips.get_untracked(),
        };
        let timeout = timeout_ms.get_untracked().unwrap_or(DEFAULT_TIMEOUT_MS);
        status.set(Status::Sending);
        spawn_local(async move {
            let outcome = match resend_confirmation_code(&request, &endpoint, timeout).await {
                Ok(details) => Status::Sent(details),
                Err(error) => {
                    if matches!(error, ResendError::Invalid(_) | ResendError::Endpoint(_)) {
                        // A page author's mistake: say exactly what, where they look.
                        web_sys::console::warn_1(&error.to_string().into());
                    }
                    Status::Failed(error)
                }
            };
            // The component may have been unmounted meanwhile.
            let _ = status.try_set(outcome);
        });
    };

    let label = move || {
        english(if sending() {
            MessageKey::SendingButton
        } else {
            MessageKey::ResendButton
        })
    };
    let sent = move || {
        status.with(|s| match s {
            Status::Sent(details) => sent_text(details),
            _ => String::new(),
        })
    };
    let failed = move || {
        status.with(|s| match s {
            Status::Failed(error) => error_text(error),
            _ => "",
        })
    };

    view! {
        <div class="cognito-resend-code">
            <button
                type="button"
                class="crc-button"
                disabled=sending
                aria-busy=move || sending().then_some("true")
                on:click=send
            >
                {label}
            </button>
            <p class="crc-message crc-sent" role="status">{sent}</p>
            <p class="crc-message crc-error" role="alert">{failed}</p>
        </div>
    }
}
