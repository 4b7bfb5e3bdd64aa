//! A sign-up confirmation page, rendered on the server and hydrated in the
//! browser, with `<ResendCode/>` used as the README tells people to. Where
//! Cognito is and who signs up come from the address
//! (`/?endpoint=…&client_id=…&username=…`), so the tests can point it at a
//! fresh emulator; a real app would put its pool and client id in code.
//!
//! Built with the `islands` feature as well, the same page runs in Leptos's
//! islands mode: only `ResendCodeIsland` is hydrated, and it receives the
//! settings from the server as props.

use cognito_resend_code::ResendCode;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::hooks::{use_location, use_query_map};
use leptos_router::path;

/// The HTML document around the app (server only).
pub fn shell(options: LeptosOptions) -> impl IntoView {
    view! {
        <!DOCTYPE html>
        <html lang="en">
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <title>"Confirm your sign-up"</title>
                // No favicon to fetch (a 404 would be a console error).
                <link rel="icon" href="data:," />
                <HydrationScripts options islands=cfg!(feature = "islands") />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// Two routes, so a test can navigate away from the widget and back.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            <nav>
                <NavLink path="/">"Confirm"</NavLink>
                " · "
                <NavLink path="/help">"Help"</NavLink>
            </nav>
            <main>
                <Routes fallback=|| "Not found.">
                    <Route path=path!("/") view=ConfirmSignUp />
                    <Route path=path!("/help") view=Help />
                </Routes>
            </main>
        </Router>
    }
}

/// A link that keeps the address's query (the page's settings).
#[component]
fn NavLink(path: &'static str, children: Children) -> impl IntoView {
    let search = use_location().search;
    let href = move || {
        let search = search.get();
        match search.strip_prefix('?').unwrap_or(&search) {
            "" => path.to_owned(),
            query => format!("{path}?{query}"),
        }
    };
    view! { <A href=href>{children()}</A> }
}

#[component]
fn ConfirmSignUp() -> impl IntoView {
    let query = use_query_map();
    let param = move |name: &str| query.read().get(name);
    view! {
        <h1>"Check your email"</h1>
        <p>"Enter the code we sent you. Didn't get it?"</p>
        {resend_code(param)}
    }
}

/// `<ResendCode/>` in the app's shared code, exactly as the README shows.
#[cfg(not(feature = "islands"))]
fn resend_code(
    param: impl Fn(&str) -> Option<String> + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <ResendCode
            client_id=Signal::derive(move || param("client_id").unwrap_or_default())
            username=Signal::derive(move || param("username").unwrap_or_default())
            endpoint=Signal::derive(move || param("endpoint"))
            class="confirm-resend"
        />
    }
}

/// In islands mode the page around it stays server-only HTML; the island
/// gets its settings as (serialized) props.
#[cfg(feature = "islands")]
fn resend_code(param: impl Fn(&str) -> Option<String>) -> impl IntoView {
    view! {
        <ResendCodeIsland
            client_id=param("client_id").unwrap_or_default()
            username=param("username").unwrap_or_default()
            endpoint=param("endpoint")
        />
    }
}

/// The only part of an islands page that runs in the browser. Callbacks
/// (`on_sent`, `on_error`) would be created here, inside the island: they
/// cannot cross from the server.
#[cfg(feature = "islands")]
#[island]
fn ResendCodeIsland(
    client_id: String,
    username: String,
    endpoint: Option<String>,
) -> impl IntoView {
    view! { <ResendCode client_id=client_id username=username endpoint=endpoint class="confirm-resend" /> }
}

#[component]
fn Help() -> impl IntoView {
    view! {
        <h1>"Help"</h1>
        <p>"Codes can take a minute or two to arrive. Check your spam folder."</p>
    }
}

/// The browser's entry: takes over the server's HTML.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    #[cfg(feature = "islands")]
    leptos::mount::hydrate_islands();
    #[cfg(not(feature = "islands"))]
    leptos::mount::hydrate_body(App);
}
