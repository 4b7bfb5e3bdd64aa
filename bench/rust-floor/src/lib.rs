//! One `ResendConfirmationCode` POST sent through gloo-net, the body back as
//! text: no validation, no messages, no widget. The floor under any Rust/wasm
//! contender on this stack. The request is built the way ours is (a
//! `web_sys::Request`, the headers as a plain object), so the floor pays for
//! no more of gloo-net than ours does.

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::RequestInit;

// The same small allocator as the product's npm builds.
#[global_allocator]
// SAFETY: wasm32-unknown-unknown without the atomics feature has one thread.
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

/// POSTs `{"ClientId":…,"Username":…}` and resolves to the answer's body.
#[wasm_bindgen]
pub async fn resend(endpoint: String, body: String) -> Result<String, JsValue> {
    let headers = Object::new();
    Reflect::set(&headers, &"Content-Type".into(), &"application/x-amz-json-1.1".into())?;
    Reflect::set(
        &headers,
        &"X-Amz-Target".into(),
        &"AWSCognitoIdentityProviderService.ResendConfirmationCode".into(),
    )?;
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_headers(&headers);
    init.set_body(&body.into());
    let request = web_sys::Request::new_with_str_and_init(&endpoint, &init)?;
    let response = gloo_net::http::Request::from(request)
        .send()
        .await
        .map_err(|_| JsValue::from_str("network"))?;
    response
        .text()
        .await
        .map_err(|_| JsValue::from_str("body"))
}
