//! The component and the transport in headless Chromium, against the fake
//! Cognito that tools/test.sh starts (`FAKE_COGNITO_URL`, default port 4571).
#![cfg(target_arch = "wasm32")]

use cognito_resend_code::protocol::{EndpointConfig, ResendRequest, UserContextData};
use cognito_resend_code::transport::resend_confirmation_code;
use cognito_resend_code::ResendCode;
use leptos::prelude::*;
use serde_json::Value;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlButtonElement, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

const FAKE: &str = match option_env!("FAKE_COGNITO_URL") {
    Some(url) => url,
    None => "http://127.0.0.1:4571/",
};

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Polls until `check` holds; fails the test after `limit_ms`.
async fn wait_until(what: &str, limit_ms: i32, check: impl Fn() -> bool) {
    let mut waited = 0;
    while !check() {
        assert!(waited < limit_ms, "timed out waiting for {what}");
        sleep(20).await;
        waited += 20;
    }
}

/// A username no other test uses: `scenario+<random>` (the fake ignores the
/// part after `+`). Tests run concurrently and share the fake.
fn unique(scenario: &str) -> String {
    format!("{scenario}+{}", (js_sys::Math::random() * 1e9) as u64)
}

/// The requests the fake received for this username.
async fn fake_requests(username: &str) -> Vec<Value> {
    let text = gloo_net::http::Request::get(&format!("{FAKE}_requests"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let all: Vec<Value> = serde_json::from_str(&text).unwrap();
    all.into_iter()
        .filter(|r| {
            let body: Value = serde_json::from_str(r["body"].as_str().unwrap()).unwrap_or_default();
            body["Username"] == username
        })
        .collect()
}

/// A mounted widget and the handles a person would use.
struct Widget {
    root: HtmlElement,
}

impl Widget {
    fn mount(
        username: &str,
        secret_hash: Option<&str>,
        endpoint: &str,
        timeout_ms: Option<u32>,
    ) -> Self {
        let document = web_sys::window().unwrap().document().unwrap();
        let root: HtmlElement = document.create_element("div").unwrap().unchecked_into();
        document.body().unwrap().append_child(&root).unwrap();
        let (username, endpoint) = (username.to_owned(), endpoint.to_owned());
        let secret_hash = secret_hash.map(str::to_owned);
        let handle = leptos::mount::mount_to(root.clone(), move || {
            view! {
                <ResendCode
                    client_id="webclient"
                    username=username.clone()
                    endpoint=endpoint.clone()
                    secret_hash=secret_hash.clone()
                    timeout_ms=timeout_ms
                />
            }
        });
        handle.forget();
        Self { root }
    }

    fn button(&self) -> HtmlButtonElement {
        self.root
            .query_selector("button")
            .unwrap()
            .unwrap()
            .unchecked_into()
    }

    fn text(&self, selector: &str) -> String {
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap_or_default()
    }

    fn status(&self) -> String {
        self.text("[role=status]")
    }

    fn alert(&self) -> String {
        self.text("[role=alert]")
    }

    async fn press_and_wait_for_alert(&self) -> String {
        self.button().click();
        wait_until("an alert", 5_000, || !self.alert().is_empty()).await;
        self.alert()
    }
}

#[wasm_bindgen_test]
async fn a_press_sends_once_shows_sending_then_the_destination() {
    let username = unique("fake.slow");
    let widget = Widget::mount(&username, None, FAKE, None);
    let button = widget.button();
    assert_eq!(button.text_content().unwrap(), "Resend code");
    // Two presses in the same tick, before the DOM shows the disabled state.
    button.click();
    button.click();
    wait_until("the sending state", 2_000, || button.disabled()).await;
    assert_eq!(button.text_content().unwrap(), "Sending…");
    assert_eq!(button.get_attribute("aria-busy").as_deref(), Some("true"));
    button.click();
    wait_until("the result", 5_000, || !widget.status().is_empty()).await;
    assert_eq!(widget.status(), "We emailed a code to s***@e***.");
    assert_eq!(widget.alert(), "");
    assert!(!button.disabled());
    assert_eq!(button.text_content().unwrap(), "Resend code");
    assert_eq!(fake_requests(&username).await.len(), 1);
}

#[wasm_bindgen_test]
async fn the_secret_hash_prop_goes_on_the_wire_and_nowhere_in_the_dom() {
    let username = unique("fake.email");
    let widget = Widget::mount(&username, Some("c2VjcmV0aGFzaA=="), FAKE, None);
    widget.button().click();
    wait_until("the result", 5_000, || !widget.status().is_empty()).await;
    let requests = fake_requests(&username).await;
    assert_eq!(
        requests[0]["body"].as_str().unwrap(),
        format!(
            r#"{{"ClientId":"webclient","Username":"{username}","SecretHash":"c2VjcmV0aGFzaA=="}}"#
        )
    );
    assert!(!widget.root.outer_html().contains("c2VjcmV0aGFzaA"));
}

#[wasm_bindgen_test]
async fn cognito_errors_are_shown_in_plain_words() {
    let limit = Widget::mount("fake.error.LimitExceededException", None, FAKE, None);
    assert_eq!(
        limit.press_and_wait_for_alert().await,
        "Too many attempts. Please wait a while before asking for another code."
    );
    let confirmed = Widget::mount("fake.confirmed", None, FAKE, None);
    assert_eq!(
        confirmed.press_and_wait_for_alert().await,
        "Your account is already confirmed. You can sign in now."
    );
    let internal = Widget::mount("fake.error.InternalErrorException", None, FAKE, None);
    assert_eq!(
        internal.press_and_wait_for_alert().await,
        "Something went wrong on our side. Please try again in a moment."
    );
    assert_eq!(internal.status(), "");
    assert!(!internal.button().disabled(), "usable again after an error");
}

#[wasm_bindgen_test]
async fn an_invalid_username_is_reported_without_a_request() {
    let username = format!("{}\tx", unique("fake.email"));
    let widget = Widget::mount(&username, None, FAKE, None);
    assert_eq!(
        widget.press_and_wait_for_alert().await,
        "That username isn't valid. Check it and try again."
    );
    assert_eq!(fake_requests(&username).await.len(), 0);
}

#[wasm_bindgen_test]
async fn a_server_that_never_answers_times_out() {
    let widget = Widget::mount("fake.hang", None, FAKE, Some(300));
    assert_eq!(
        widget.press_and_wait_for_alert().await,
        "The server took too long to answer. Please try again."
    );
    assert!(!widget.button().disabled());
}

#[wasm_bindgen_test]
async fn a_refused_connection_is_a_network_error() {
    // Port 9 (discard) has no listener here: the connection is refused.
    let widget = Widget::mount("fake.email", None, "http://127.0.0.1:9/", None);
    assert_eq!(
        widget.press_and_wait_for_alert().await,
        "We couldn't reach the server. Check your connection and try again."
    );
}

/// What the browser actually sent for a request with every field set:
/// protocol.md's conformance vector 1, byte for byte, and the headers.
#[wasm_bindgen_test]
async fn wire_bytes_and_headers_match_the_conformance_vector() {
    // protocol.md's vector uses the username "ok"; only this test sends it.
    let request = ResendRequest::new("4example5client6id7abcdefg", "ok")
        .with_client_secret("s3cr3t")
        .with_user_context_data(UserContextData {
            ip_address: Some("192.0.2.1".into()),
            encoded_data: Some("enc-data".into()),
        })
        .with_analytics_endpoint_id("ep-123")
        .with_client_metadata([("source", "widget"), ("lang", "en")]);
    let endpoint = EndpointConfig {
        endpoint: Some(FAKE.into()),
        ..Default::default()
    };
    let details = resend_confirmation_code(&request, &endpoint, 5_000)
        .await
        .unwrap();
    assert_eq!(details.destination.as_deref(), Some("a***@e***"));

    let requests = fake_requests("ok").await;
    let sent = requests.last().expect("the fake saw the request");
    assert_eq!(sent["method"], "POST");
    assert_eq!(sent["path"], "/");
    assert_eq!(
        sent["body"],
        r#"{"ClientId":"4example5client6id7abcdefg","Username":"ok","SecretHash":"jk2Rnl4OIrVU4cAE+QcQlcB8n2/dQghm5Md/MIG76uc=","UserContextData":{"IpAddress":"192.0.2.1","EncodedData":"enc-data"},"AnalyticsMetadata":{"AnalyticsEndpointId":"ep-123"},"ClientMetadata":{"source":"widget","lang":"en"}}"#
    );
    let header = |name: &str| -> Vec<String> {
        sent["headers"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|pair| pair[0] == name)
            .map(|pair| pair[1].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(header("content-type"), ["application/x-amz-json-1.1"]);
    assert_eq!(
        header("x-amz-target"),
        ["AWSCognitoIdentityProviderService.ResendConfirmationCode"]
    );
    assert_eq!(
        header("x-amz-user-agent"),
        [concat!("cognito-resend-code/", env!("CARGO_PKG_VERSION"))]
    );
    assert!(
        header("authorization").is_empty(),
        "no Authorization header"
    );
    assert!(header("cookie").is_empty(), "no credentials");
}
