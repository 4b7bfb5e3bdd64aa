//! One `ResendConfirmationCode` POST through gloo-net, the body back as text:
//! no validation, no messages, no widget. The floor under any Rust/wasm
//! contender on this stack.

use wasm_bindgen::prelude::*;

// The same small allocator as the product's npm builds.
#[global_allocator]
// SAFETY: wasm32-unknown-unknown without the atomics feature has one thread.
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

/// POSTs `{"ClientId":…,"Username":…}` and resolves to the answer's body.
#[wasm_bindgen]
pub async fn resend(endpoint: String, body: String) -> Result<String, JsValue> {
    let response = gloo_net::http::Request::post(&endpoint)
        .header("Content-Type", "application/x-amz-json-1.1")
        .header(
            "X-Amz-Target",
            "AWSCognitoIdentityProviderService.ResendConfirmationCode",
        )
        .body(body)
        .map_err(|_| JsValue::from_str("request"))?
        .send()
        .await
        .map_err(|_| JsValue::from_str("network"))?;
    response
        .text()
        .await
        .map_err(|_| JsValue::from_str("body"))
}
