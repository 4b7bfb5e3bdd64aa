//! The demo page served by Trunk: reads its settings from the query string and
//! mounts `<ResendCode/>`. `make demo` opens it pointed at a local emulator.

#[cfg(target_arch = "wasm32")]
fn main() {
    use cognito_resend_code::ResendCode;
    use leptos::prelude::*;
    use leptos::wasm_bindgen::JsCast;

    let params = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok());
    let param = |name: &str| {
        params
            .as_ref()
            .and_then(|p| p.get(name))
            .filter(|v| !v.is_empty())
    };
    let client_id = param("client_id");
    let username = param("username").unwrap_or_default();
    let endpoint = param("endpoint");
    let region = param("region");
    let user_pool_id = param("user_pool_id");
    let flag = |name: &str| param(name).is_some_and(|v| v == "1" || v == "true");
    let locale = param("locale");
    let cooldown_secs = param("cooldown").and_then(|v| v.parse::<u32>().ok());
    let timeout_ms = param("timeout_ms").and_then(|v| v.parse::<u32>().ok());
    let start_cooldown = flag("start_cooldown");
    let enumeration_safe = flag("enumeration_safe");
    let debug = flag("debug");
    let target = endpoint
        .clone()
        .or_else(|| user_pool_id.clone())
        .or_else(|| region.clone())
        .unwrap_or_default();

    // Into its own slot: the page holds the other packagings beside it.
    let Some(root) = document()
        .get_element_by_id("leptos-demo")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    leptos::mount::mount_to(root, move || {
        match client_id {
        None => view! {
            <main class="demo-card">
                <h1>"Resend code demo"</h1>
                <p>
                    "This page needs settings in its address: "
                    <code>"?endpoint=…&client_id=…&username=…"</code>
                    " (or " <code>"region"</code> " / " <code>"user_pool_id"</code>
                    " instead of " <code>"endpoint"</code> "; optional "
                    <code>"locale"</code> ", " <code>"cooldown"</code> " (seconds), "
                    <code>"start_cooldown=1"</code> ", " <code>"enumeration_safe=1"</code> ", "
                    <code>"debug=1"</code> "). "
                    <code>"make demo"</code> " prints a ready-made link."
                </p>
            </main>
        }
        .into_any(),
        Some(client_id) => view! {
            <main class="demo-card">
                <h1>"Confirm your account"</h1>
                <p>"We sent a confirmation code to " <strong>{username.clone()}</strong> ". It can take a minute to arrive."</p>
                <label class="demo-code">
                    "Confirmation code"
                    <input type="text" inputmode="numeric" autocomplete="one-time-code" placeholder="123456"/>
                </label>
                <p class="demo-hint">"Didn't get it?"</p>
                <ResendCode
                    client_id=client_id.clone()
                    username=username
                    endpoint=endpoint
                    region=region
                    user_pool_id=user_pool_id
                    locale=locale
                    cooldown_secs=cooldown_secs
                    timeout_ms=timeout_ms
                    start_cooldown=start_cooldown
                    enumeration_safe=enumeration_safe
                    debug=debug
                    // index.html links the stylesheet: the page's CSP allows
                    // no inline <style>.
                    styles=false
                />
                <p class="demo-config">"Cognito: " {target} " · client " {client_id}</p>
            </main>
        }
        .into_any(),
    }
    })
    .forget();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The demo runs in a browser: `make demo`.");
}
