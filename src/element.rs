//! The Rust half of `<cognito-resend-code>`. wasm-bindgen cannot extend
//! `HTMLElement`, so a tiny JS class (`pkg/element.js`) forwards its lifecycle
//! here: attributes become the component's props (as signals, so a change
//! after mount takes effect), the component's callbacks become DOM events.
//! Nothing is re-implemented: it is the same `<ResendCode/>`.

use leptos::mount::UnmountHandle;
use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement, ShadowRoot};

use crate::component::ResendCode;
use crate::protocol::{ClientMetadata, CodeDeliveryDetails, ResendError};

/// The attributes the element observes, in the order the JS class lists them.
pub const ATTRIBUTES: [&str; 15] = [
    "client-id",
    "username",
    "region",
    "user-pool-id",
    "endpoint",
    "secret-hash",
    "cooldown",
    "start-cooldown",
    "locale",
    "enumeration-safe",
    "debug",
    "client-metadata",
    "analytics-endpoint-id",
    "ip-address",
    "encoded-data",
];

/// The widget's stylesheet, for the element's shadow root.
#[wasm_bindgen(js_name = elementStyles)]
pub fn element_styles() -> String {
    include_str!("../style/resend-code.css").to_owned()
}

/// The attributes the element observes.
#[wasm_bindgen(js_name = observedAttributes)]
pub fn observed_attributes() -> Vec<String> {
    ATTRIBUTES.iter().map(|a| (*a).to_owned()).collect()
}

/// One element's props, as signals owned by its own reactive root.
#[wasm_bindgen]
pub struct ElementHandle {
    host: HtmlElement,
    owner: Owner,
    client_id: RwSignal<String>,
    username: RwSignal<String>,
    region: RwSignal<Option<String>>,
    user_pool_id: RwSignal<Option<String>>,
    endpoint: RwSignal<Option<String>>,
    secret_hash: RwSignal<Option<String>>,
    cooldown: RwSignal<Option<u32>>,
    start_cooldown: RwSignal<bool>,
    locale: RwSignal<Option<String>>,
    enumeration_safe: RwSignal<bool>,
    debug: RwSignal<bool>,
    client_metadata: RwSignal<Option<ClientMetadata>>,
    analytics_endpoint_id: RwSignal<Option<String>>,
    ip_address: RwSignal<Option<String>>,
    encoded_data: RwSignal<Option<String>>,
    setup_error: RwSignal<Option<String>>,
    mounted: Option<UnmountHandle<AnyViewState>>,
}

#[wasm_bindgen]
impl ElementHandle {
    /// Props for `host`, not yet mounted.
    #[wasm_bindgen(constructor)]
    pub fn new(host: HtmlElement) -> ElementHandle {
        // The signals belong to this element's own owner, disposed on drop.
        let owner = Owner::new();
        owner.clone().with(|| ElementHandle {
            host,
            owner,
            client_id: RwSignal::new(String::new()),
            username: RwSignal::new(String::new()),
            region: RwSignal::new(None),
            user_pool_id: RwSignal::new(None),
            endpoint: RwSignal::new(None),
            secret_hash: RwSignal::new(None),
            cooldown: RwSignal::new(None),
            start_cooldown: RwSignal::new(false),
            locale: RwSignal::new(None),
            enumeration_safe: RwSignal::new(false),
            debug: RwSignal::new(false),
            client_metadata: RwSignal::new(None),
            analytics_endpoint_id: RwSignal::new(None),
            ip_address: RwSignal::new(None),
            encoded_data: RwSignal::new(None),
            setup_error: RwSignal::new(None),
            mounted: None,
        })
    }

    /// An attribute's new value (`None`: removed). Unknown names are ignored.
    pub fn set(&self, name: &str, value: Option<String>) {
        let text = || value.clone().filter(|v| !v.is_empty());
        let flag = value.as_deref().is_some_and(|v| v != "false");
        match name {
            "client-id" => self.client_id.set(value.clone().unwrap_or_default()),
            "username" => self.username.set(value.clone().unwrap_or_default()),
            "region" => self.region.set(text()),
            "user-pool-id" => self.user_pool_id.set(text()),
            "endpoint" => self.endpoint.set(text()),
            "secret-hash" => self.secret_hash.set(text()),
            "cooldown" => self.cooldown.set(parse_seconds(value.as_deref())),
            "start-cooldown" => self.start_cooldown.set(flag),
            "locale" => self.locale.set(text()),
            "enumeration-safe" => self.enumeration_safe.set(flag),
            "debug" => self.debug.set(flag),
            "client-metadata" => {
                let parsed = text()
                    .map(|json| ClientMetadata::from_json(&json))
                    .transpose();
                match parsed {
                    Ok(metadata) => {
                        self.client_metadata.set(metadata);
                        self.setup_error.set(None);
                    }
                    Err(error) => {
                        // Said now, and again on every press: never a silent drop.
                        let problem = "client-metadata: ".to_owned() + &error.to_string();
                        web_sys::console::error_1(&problem.clone().into());
                        self.client_metadata.set(None);
                        self.setup_error.set(Some(problem));
                    }
                }
            }
            "analytics-endpoint-id" => self.analytics_endpoint_id.set(text()),
            "ip-address" => self.ip_address.set(text()),
            "encoded-data" => self.encoded_data.set(text()),
            _ => {}
        }
    }

    /// Renders the widget into `root` (the element's shadow root).
    pub fn mount(&mut self, root: ShadowRoot) -> Result<(), JsValue> {
        self.unmount();
        let document = self.host.owner_document().ok_or("no document")?;
        let container: HtmlElement = document.create_element("div")?.unchecked_into();
        root.append_child(&container)?;
        let host = self.host.clone();
        let (client_id, username, region, user_pool_id, endpoint, secret_hash) = (
            self.client_id,
            self.username,
            self.region,
            self.user_pool_id,
            self.endpoint,
            self.secret_hash,
        );
        let (cooldown, start_cooldown, locale, enumeration_safe, debug) = (
            self.cooldown,
            self.start_cooldown.get_untracked(),
            self.locale,
            self.enumeration_safe,
            self.debug,
        );
        let (client_metadata, analytics_endpoint_id, ip_address, encoded_data, setup_error) = (
            self.client_metadata,
            self.analytics_endpoint_id,
            self.ip_address,
            self.encoded_data,
            self.setup_error,
        );
        let sent_host = host.clone();
        let mounted = self.owner.with(|| {
            leptos::mount::mount_to(container, move || {
                let (sent_host, error_host) = (sent_host.clone(), host.clone());
                view! {
                    <ResendCode
                        client_id=client_id
                        username=username
                        region=region
                        user_pool_id=user_pool_id
                        endpoint=endpoint
                        secret_hash=secret_hash
                        cooldown_secs=cooldown
                        start_cooldown=start_cooldown
                        locale=locale
                        enumeration_safe=enumeration_safe
                        debug=debug
                        client_metadata=client_metadata
                        analytics_endpoint_id=analytics_endpoint_id
                        ip_address=ip_address
                        encoded_data=encoded_data
                        setup_error=setup_error
                        on_sent=move |details: CodeDeliveryDetails| dispatch(&sent_host, "code-sent", &sent_detail(&details))
                        on_error=move |error: ResendError| dispatch(&error_host, "code-error", &error_detail(&error))
                    />
                }
                .into_any()
            })
        });
        self.mounted = Some(mounted);
        Ok(())
    }

    /// Removes the widget: its timer, listeners and any request in flight
    /// end with it.
    pub fn unmount(&mut self) {
        if let Some(mounted) = self.mounted.take() {
            drop(mounted);
            if let Some(root) = self.host.shadow_root() {
                root.set_inner_html("");
            }
        }
    }
}

impl Drop for ElementHandle {
    fn drop(&mut self) {
        self.unmount();
        self.owner.cleanup();
    }
}

fn parse_seconds(value: Option<&str>) -> Option<u32> {
    value.and_then(|v| v.trim().parse().ok())
}

fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in pairs {
        let _ = js_sys::Reflect::set(&object, &(*key).into(), value);
    }
    object.into()
}

fn text_or_null(value: Option<&str>) -> JsValue {
    value.map_or(JsValue::NULL, JsValue::from)
}

/// `{destination, deliveryMedium, attributeName}`.
pub(crate) fn sent_detail(details: &CodeDeliveryDetails) -> JsValue {
    object(&[
        ("destination", text_or_null(details.destination.as_deref())),
        (
            "deliveryMedium",
            text_or_null(details.delivery_medium.as_ref().map(|m| m.as_str())),
        ),
        (
            "attributeName",
            text_or_null(details.attribute_name.as_deref()),
        ),
    ])
}

/// `{name, message}`: the error's name and Cognito's message (or ours).
fn error_detail(error: &ResendError) -> JsValue {
    let message = error
        .service_message()
        .map_or_else(|| error.to_string(), str::to_owned);
    object(&[("name", error.name().into()), ("message", message.into())])
}

/// A `bubbles` + `composed` event, so frameworks and plain listeners outside
/// the shadow root see it.
fn dispatch(host: &HtmlElement, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}
