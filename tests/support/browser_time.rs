//! Waiting in the browser tests: a real timer, and polling until what a
//! person would see has appeared.

/// Resolves after `ms` milliseconds (a `setTimeout`).
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Polls until `check` holds; fails the test after `limit_ms`.
pub async fn wait_until(what: &str, limit_ms: i32, check: impl Fn() -> bool) {
    let mut waited = 0;
    while !check() {
        assert!(waited < limit_ms, "timed out waiting for {what}");
        sleep(20).await;
        waited += 20;
    }
}
