//! One request path: the component, the custom element and the headless API
//! read the same options (empty strings and whitespace included) into the
//! same settings and send the same bytes. Run in the browser against the
//! fake Cognito, which records every body it receives.

use cognito_resend_code::element::ElementHandle;
use cognito_resend_code::headless::resend_confirmation_code_js;
use cognito_resend_code::protocol::ClientMetadata;
use cognito_resend_code::ResendCode;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, ShadowRootInit, ShadowRootMode};

wasm_bindgen_test_configure!(run_in_browser);

#[path = "support/fake_server.rs"]
mod fake_server;
use fake_server::FAKE;

#[path = "support/browser_time.rs"]
#[allow(dead_code)] // each test binary uses part of it
mod browser_time;

/// The bodies the fake received for `username`, in order.
async fn bodies(username: &str) -> Vec<String> {
    fake_server::received()
        .await
        .into_iter()
        .filter_map(|r| r["body"].as_str().map(str::to_owned))
        .filter(|body| body.contains(username))
        .collect()
}

fn new_host() -> HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    host
}

fn click(root: &web_sys::Element) {
    let button: HtmlElement = root
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    button.click();
}

#[wasm_bindgen_test]
async fn the_same_options_give_the_same_bytes_from_the_component_the_element_and_the_headless_api()
{
    let username = format!(
        "fake.email+one-path-{}",
        (js_sys::Math::random() * 1e9) as u64
    );
    let metadata = r#"{"lang":" de ","source":""}"#;

    // The component, with every option as a prop (cooldown off, so the
    // element, sharing the stored deadline, may send right after).
    let component_root = new_host();
    let props_username = username.clone();
    let _mounted = leptos::mount::mount_to(component_root.clone(), move || {
        view! {
            <ResendCode
                client_id="webclient"
                username=props_username.clone()
                endpoint=FAKE.to_owned()
                region=String::new()
                user_pool_id=String::new()
                secret_hash=String::new()
                client_metadata=ClientMetadata::from_json(metadata).unwrap()
                analytics_endpoint_id=" ep 1 ".to_owned()
                ip_address=String::new()
                encoded_data=" enc ".to_owned()
                timeout_ms=5000u32
                cooldown_secs=0u32
                locale=String::new()
                styles=false
            />
        }
    });
    click(&component_root);

    // The element, with the same options as attributes, as its JS half
    // forwards them.
    let host = new_host();
    let shadow = host
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .unwrap();
    let mut element = ElementHandle::new(host.clone());
    for (name, value) in [
        ("client-id", "webclient"),
        ("username", username.as_str()),
        ("endpoint", FAKE),
        ("region", ""),
        ("user-pool-id", ""),
        ("secret-hash", ""),
        ("client-metadata", metadata),
        ("analytics-endpoint-id", " ep 1 "),
        ("ip-address", ""),
        ("encoded-data", " enc "),
        ("timeout-ms", "5000"),
        ("cooldown", "0"),
        ("locale", ""),
    ] {
        element.set(name, Some(value.to_owned()));
    }
    element
        .mount(shadow.clone(), js_sys::Function::new_no_args(""))
        .unwrap();

    // Wait for the component's request before pressing the element's button.
    let mut seen = Vec::new();
    for _ in 0..250 {
        seen = bodies(&username).await;
        if !seen.is_empty() {
            break;
        }
        browser_time::sleep(20).await;
    }
    assert_eq!(seen.len(), 1, "the component sent one request");
    click(&shadow.unchecked_into());

    // The headless API, with the same options as a JS object.
    let options = serde_json::json!({
        "clientId": "webclient",
        "username": username,
        "endpoint": FAKE,
        "region": "",
        "userPoolId": "",
        "secretHash": "",
        "clientMetadata": {"lang": " de ", "source": ""},
        "analyticsEndpointId": " ep 1 ",
        "userContextData": {"ipAddress": "", "encodedData": " enc "},
        "timeoutMs": 5000,
        "locale": "",
    });
    let options = js_sys::JSON::parse(&options.to_string()).unwrap();
    let sent = resend_confirmation_code_js(options).await;
    assert!(sent.is_ok(), "the headless API sent: {sent:?}");

    let mut seen = Vec::new();
    for _ in 0..250 {
        seen = bodies(&username).await;
        if seen.len() >= 3 {
            break;
        }
        browser_time::sleep(20).await;
    }
    let expected = format!(
        r#"{{"ClientId":"webclient","Username":"{username}","UserContextData":{{"EncodedData":" enc "}},"AnalyticsMetadata":{{"AnalyticsEndpointId":" ep 1 "}},"ClientMetadata":{{"lang":" de ","source":""}}}}"#
    );
    assert_eq!(seen, [expected.clone(), expected.clone(), expected]);
    drop(element);
    host.remove();
    component_root.remove();
}
