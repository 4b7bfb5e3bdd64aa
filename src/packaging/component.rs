//! The Leptos `<ResendCode/>` component. In the browser it mounts the
//! framework-free widget (`widget.rs`) and keeps it in sync with the props;
//! on the server it renders the widget's first frame from the same node
//! table (`widget_markup.rs`), which the widget adopts on hydration. It
//! draws nothing and decides nothing itself.

use leptos::prelude::*;

use crate::failure::Failure;
use crate::messages::MessageKey;
use crate::protocol::{ClientMetadata, CodeDeliveryDetails};
use crate::widget_markup::ROOT_CLASS;
use crate::widget_state::Settings;

/// A "Resend code" button for Cognito sign-up confirmation.
///
/// Pressing it calls `ResendConfirmationCode` for `username`, then says where
/// the code went ("We emailed a code to a***@e***.") or, in plain words, what
/// went wrong, through a polite live region (`role="status"`) or an alert.
/// While the request is in flight the button says so; after each send it
/// counts down ("Resend code in 0:27") and ignores presses until the time is
/// up. The wait grows with repeated sends, Cognito's attempt limit gives a
/// long wait, and the deadline survives a reload (see [`crate::cooldown`]).
/// Double clicks, key repeat and Enter held down send one request; nothing is
/// retried automatically.
///
/// Set one of `endpoint`, `region` or `user_pool_id` to say where Cognito is.
/// The default look comes with it ([`crate::STYLESHEET`], in a `<style>`
/// beside the widget); `styles=false` leaves styling to the app.
///
/// Rendered on the server (`ssr`), the button, its label and both live
/// regions are in the HTML before any wasm runs; until hydration the button
/// is `aria-disabled` and `aria-busy`, as while sending. Hydration (`hydrate`)
/// takes over those nodes and restores the user's stored cooldown.
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
///             start_cooldown=true
///             on_sent=move |details| leptos::logging::log!("sent: {details:?}")
///         />
///     }
/// }
/// ```
#[component]
pub fn ResendCode(
    /// The app client id (`ClientId`). Use a public client, without a secret.
    #[prop(into)]
    client_id: Signal<String>,
    /// The user to resend the code to: user name or alias (email, phone).
    /// Changing it starts over for that user (their own stored cooldown).
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
    /// A SecretHash computed on your server, for app clients with a secret.
    /// Never put the client secret itself in a page.
    #[prop(optional, into)]
    secret_hash: MaybeProp<String>,
    /// `ClientMetadata` for the custom-message Lambda trigger, in order; e.g.
    /// the page's language, so the code's email is written in it.
    #[prop(optional, into)]
    client_metadata: MaybeProp<ClientMetadata>,
    /// Adds the widget's language (`de`, `pt-BR`, ...) to `ClientMetadata`
    /// under this key, so a custom-message trigger can write the code's
    /// email in the language the person reads the page in. A value
    /// `client_metadata` already has for the key is kept.
    #[prop(optional, into)]
    language_metadata_key: MaybeProp<String>,
    /// `AnalyticsMetadata.AnalyticsEndpointId` (Amazon Pinpoint).
    #[prop(optional, into)]
    analytics_endpoint_id: MaybeProp<String>,
    /// `UserContextData.IpAddress`. Only a server knows the person's public
    /// address (a browser never sees it), so set this only from server-rendered
    /// data.
    #[prop(optional, into)]
    ip_address: MaybeProp<String>,
    /// `UserContextData.EncodedData`. Unset, it is collected at send time from
    /// Cognito's advanced-security script if the page loaded it
    /// (`AmazonCognitoAdvancedSecurityData`), which needs `user_pool_id`.
    #[prop(optional, into)]
    encoded_data: MaybeProp<String>,
    /// A setup problem the page must fix (wrappers use it for attributes they
    /// could not read): a press logs it with `console.error`, shows the
    /// "not set up correctly" message and sends nothing.
    #[prop(optional, into)]
    setup_error: MaybeProp<String>,
    /// Give up on a request after this many milliseconds (default 15 000).
    #[prop(optional, into)]
    timeout_ms: MaybeProp<u32>,
    /// The wait after the first send, in seconds (default 30); it doubles
    /// with each further send, up to 5 minutes. 0 turns it off.
    #[prop(optional, into)]
    cooldown_secs: MaybeProp<u32>,
    /// Start with the first wait on mount (mounted without a client id or a
    /// username: once it has both), for pages shown right after sign-up has
    /// sent a code. Off by default.
    #[prop(optional)]
    start_cooldown: bool,
    /// Turns the button off: presses do nothing until it is cleared.
    #[prop(optional, into)]
    disabled: Signal<bool>,
    /// Show a "Didn't get it?" line under a result: check spam, codes take a
    /// minute or two, only the newest code works, and (with
    /// `on_change_destination`) a control to change the email or phone
    /// number. Off by default.
    #[prop(optional, into)]
    help: Signal<bool>,
    /// The language (`de`, `pt-BR`, ...). Unset: the page's `lang`, then the
    /// browser's language, then English. A server knows neither: it renders
    /// the first frame in this language, else English, so server-rendered
    /// apps in another language set it.
    #[prop(optional, into)]
    locale: MaybeProp<String>,
    /// Your own wording for any message, over the locale's catalog.
    #[prop(optional, into)]
    messages: MaybeProp<Vec<(MessageKey, String)>>,
    /// Show an unknown user exactly like a success (and every success without
    /// its destination), so the widget never tells which accounts exist.
    #[prop(optional, into)]
    enumeration_safe: Signal<bool>,
    /// Log each request (SecretHash redacted) and response to the console.
    #[prop(optional, into)]
    debug: Signal<bool>,
    /// More classes for the widget's root, beside `cognito-resend-code`.
    #[prop(optional, into)]
    class: MaybeProp<String>,
    /// Include the default stylesheet ([`crate::STYLESHEET`]) in a `<style>`
    /// beside the widget (default `true`). Set `false` when the app serves
    /// the CSS itself, or for every instance but one on a page with several.
    #[prop(default = true)]
    styles: bool,
    /// Called with where the code went after each successful send.
    #[prop(optional, into)]
    on_sent: Option<Callback<CodeDeliveryDetails>>,
    /// Called with the failure after each failed send: the error, its
    /// friendly message, whether retrying can help, how long the button is
    /// held and whether it is a setup problem (also for an unknown user in
    /// enumeration-safe mode, which the screen shows as a success).
    #[prop(optional, into)]
    on_error: Option<Callback<Failure>>,
    /// Called when the person presses "Change your email or phone number" in
    /// the help line (shown only with this set): take them back to fix it.
    #[prop(optional, into)]
    on_change_destination: Option<Callback<()>>,
) -> impl IntoView {
    let offers_change = on_change_destination.is_some();
    let settings = move || Settings {
        client_id: client_id.get(),
        username: username.get(),
        region: region.get(),
        user_pool_id: user_pool_id.get(),
        endpoint: endpoint.get(),
        fips: fips.get(),
        secret_hash: secret_hash.get(),
        client_metadata: client_metadata.get(),
        language_metadata_key: language_metadata_key.get(),
        disabled: disabled.get(),
        help: help.get(),
        change_destination: offers_change,
        analytics_endpoint_id: analytics_endpoint_id.get(),
        ip_address: ip_address.get(),
        encoded_data: encoded_data.get(),
        setup_error: setup_error.get(),
        timeout_ms: timeout_ms.get(),
        cooldown_secs: cooldown_secs.get(),
        start_cooldown,
        locale: locale.get(),
        messages: messages.get().unwrap_or_default(),
        enumeration_safe: enumeration_safe.get(),
        debug: debug.get(),
        ..Settings::default()
    };
    let class = move || match class.get() {
        Some(extra) if !extra.trim().is_empty() => ROOT_CLASS.to_owned() + " " + extra.trim(),
        _ => ROOT_CLASS.to_owned(),
    };
    let style = styles.then(|| view! { <style>{crate::STYLESHEET}</style> });
    let handlers = Handlers {
        on_sent,
        on_error,
        on_change_destination,
    };
    let widget = widget_root(settings, class, handlers);
    view! { {style} {widget} }
}

/// In the browser: an empty root that the widget fills, or, after server
/// rendering, adopts (Leptos does not look inside a node it declared empty).
/// The component's callbacks.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
struct Handlers {
    on_sent: Option<Callback<CodeDeliveryDetails>>,
    on_error: Option<Callback<Failure>>,
    on_change_destination: Option<Callback<()>>,
}

#[cfg(target_arch = "wasm32")]
fn widget_root(
    settings: impl Fn() -> Settings + Copy + Send + Sync + 'static,
    class: impl Fn() -> String + Send + Sync + 'static,
    handlers: Handlers,
) -> impl IntoView {
    use std::cell::RefCell;
    use std::rc::Rc;

    use leptos::reactive::owner::WeakOwner;
    use send_wrapper::SendWrapper;

    use crate::widget::{Callbacks, Widget};

    // The widget calls back from its own listeners and tasks, outside any
    // reactive owner: each callback runs in the component's, as Leptos's own
    // event handlers do, so the app's context (a router's `use_navigate`,
    // `expect_context`) is there. Held weakly: the owner's cleanup holds the
    // widget, which holds these callbacks.
    let owner = Owner::current().map(|owner| owner.downgrade());
    let within = move |run: &dyn Fn()| match owner.as_ref().and_then(WeakOwner::upgrade) {
        Some(owner) => owner.with(run),
        None => run(),
    };
    let within = Rc::new(within);
    let callbacks = Callbacks {
        on_sent: handlers.on_sent.map(|callback| {
            let within = Rc::clone(&within);
            Rc::new(move |details: &CodeDeliveryDetails| within(&|| callback.run(details.clone())))
                as _
        }),
        on_error: handlers.on_error.map(|callback| {
            let within = Rc::clone(&within);
            Rc::new(move |failure: &Failure| within(&|| callback.run(failure.clone()))) as _
        }),
        on_change_destination: handlers.on_change_destination.map(|callback| {
            let within = Rc::clone(&within);
            Rc::new(move || within(&|| callback.run(()))) as _
        }),
        on_states: None,
    };
    let widget: Rc<RefCell<Option<Widget>>> = Rc::default();

    // Mounted as the element is created (or hydrated), so it is on the page
    // as soon as the view is.
    let slot = Rc::clone(&widget);
    let attach = move |root: web_sys::Element| {
        let mounted = Widget::mount(root, untrack(settings), callbacks.clone());
        match mounted {
            Ok(mounted) => *slot.borrow_mut() = Some(mounted),
            Err(error) => web_sys::console::error_1(&error),
        }
    };
    // Prop changes after mount.
    let slot = Rc::clone(&widget);
    Effect::new(move |_| {
        let next = settings();
        if let Some(widget) = slot.borrow().as_ref() {
            widget.update(|current| *current = next);
        }
    });
    let slot = SendWrapper::new(widget);
    on_cleanup(move || drop(slot.borrow_mut().take()));

    view! { <div class=class use:attach></div> }
}

/// On the server: the widget's first frame, from the same node table the
/// browser widget uses, with the button unavailable until hydration. There
/// is no storage here, so a stored cooldown shows once hydrated.
#[cfg(not(target_arch = "wasm32"))]
fn widget_root(
    settings: impl Fn() -> Settings + Send + Sync + 'static,
    class: impl Fn() -> String + Send + Sync + 'static,
    _handlers: Handlers,
) -> impl IntoView {
    use crate::widget_markup::{before_hydration, render_html};
    use crate::widget_state::WidgetState;

    let settings = untrack(settings);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |since| since.as_millis() as u64);
    // The server knows neither the page's `lang` nor the browser's language:
    // the `locale` prop, else English.
    let locale = settings.language("", "");
    let messages = settings.catalog(locale, &[]);
    let state = WidgetState::load(&settings, None, true, now);
    // As the browser will show it: the help line's change control only
    // with a handler; no clock (the server does not know the person's time
    // zone), so a long wait is a countdown until the browser takes over.
    let options = crate::widget_state::ViewOptions {
        enumeration_safe: settings.enumeration_safe,
        help: settings.help,
        change_destination: settings.change_destination,
        disabled: settings.disabled,
        clock: None,
    };
    let view = before_hydration(state.view_with(&messages, &options, now));
    let markup = render_html(&view);
    view! {
        <div class=class lang=view.lang data-state=view.state inner_html=markup></div>
    }
}
