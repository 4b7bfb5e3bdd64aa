//! What the page around the widget does to it, in a page of its own (these
//! change the whole page, so no other test runs beside them), against the
//! fake Cognito that tools/test.sh starts:
//! - `localStorage` that throws on access, as when cookies are blocked or in
//!   a sandboxed frame without `allow-same-origin`: the widget still works
//!   and holds its cooldown for as long as it is mounted;
//! - the page's `lang` changing after mount: the words follow it.
#![cfg(target_arch = "wasm32")]

use cognito_resend_code::widget::{Callbacks, Widget};
use cognito_resend_code::widget_state::Settings;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "support/fake_server.rs"]
#[allow(dead_code)] // each test binary uses part of it
mod fake_server;
use fake_server::FAKE;

fn break_storage() {
    js_sys::eval(
        r#"Object.defineProperty(window, "localStorage", { configurable: true,
            get() { throw new DOMException("The operation is insecure.", "SecurityError"); } })"#,
    )
    .unwrap();
    assert!(
        js_sys::eval("window.localStorage").is_err(),
        "storage still readable"
    );
}

#[path = "support/browser_time.rs"]
mod browser_time;
use browser_time::wait_until;

fn mount(username: &str) -> (Element, Widget) {
    mount_with(username, None)
}

fn mount_with(username: &str, locale: Option<&str>) -> (Element, Widget) {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let settings = Settings {
        client_id: "webclient".into(),
        username: username.into(),
        endpoint: Some(FAKE.into()),
        locale: locale.map(Into::into),
        ..Settings::default()
    };
    let widget = Widget::mount(root.clone(), settings, Callbacks::default()).unwrap();
    (root, widget)
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn without_storage_a_press_still_sends_and_the_cooldown_holds_while_mounted() {
    break_storage();
    let username = format!("fake.email+{}", (js_sys::Math::random() * 1e9) as u64);
    let (root, widget) = mount(&username);
    assert_eq!(text(&root, ".crc-label"), "Resend code");
    let button: web_sys::HtmlElement =
        wasm_bindgen::JsCast::unchecked_into(root.query_selector("button").unwrap().unwrap());
    button.click();
    wait_until("a status after a press", 5_000, || {
        !text(&root, "[role=status]").is_empty()
    })
    .await;
    assert!(text(&root, "[role=status]").starts_with("We emailed a code to"));
    assert!(text(&root, ".crc-label").starts_with("Resend code in 0:"));
    assert_eq!(
        root.query_selector("button")
            .unwrap()
            .unwrap()
            .get_attribute("aria-disabled")
            .as_deref(),
        Some("true")
    );
    // The documented degradation: with nowhere to keep the deadline, a new
    // mount (a reload) starts without it.
    drop(widget);
    root.remove();
    let (again, _widget) = mount(&username);
    assert_eq!(text(&again, ".crc-label"), "Resend code");
}

#[wasm_bindgen_test]
async fn the_words_follow_the_page_lang_when_it_changes_after_mount() {
    let html = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .document_element()
        .unwrap();
    html.set_attribute("lang", "en").unwrap();
    let (root, _widget) = mount("fake.email+lang");
    let (fixed_root, _fixed) = mount_with("fake.email+lang", Some("fr"));
    assert_eq!(text(&root, ".crc-label"), "Resend code");
    html.set_attribute("lang", "de").unwrap();
    wait_until("the German label", 2_000, || {
        text(&root, ".crc-label") == "Code erneut senden"
    })
    .await;
    assert_eq!(root.get_attribute("lang").as_deref(), Some("de"));
    // A `locale` setting is not overridden by the page.
    assert_eq!(text(&fixed_root, ".crc-label"), "Renvoyer le code");
    html.set_attribute("lang", "en").unwrap();
}
