//! The npm package's wasm files: the library with the JavaScript exports and
//! the small allocator that only these builds want. An app that depends on
//! `cognito-resend-code` itself gets neither. Every export is a one-line
//! forward; the behaviour lives in the library.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::prelude::*;

// The npm builds allocate little and rarely: a small free list instead of
// dlmalloc (7 KB of wasm).
#[global_allocator]
// SAFETY: wasm32-unknown-unknown without the atomics feature has one thread.
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

/// `setCatalogLoader(tag => Promise<string>)`: how to get the JSON catalog
/// of a language this wasm does not carry.
#[wasm_bindgen(js_name = setCatalogLoader)]
pub fn set_catalog_loader(loader: js_sys::Function) {
    cognito_resend_code::catalogs::set_catalog_loader(loader);
}

#[cfg(feature = "headless")]
mod headless {
    use cognito_resend_code::headless;
    use wasm_bindgen::prelude::*;

    /// `computeSecretHash(clientSecret, username, clientId)`.
    #[wasm_bindgen(js_name = computeSecretHash)]
    pub fn compute_secret_hash(client_secret: &str, username: &str, client_id: &str) -> JsValue {
        // A JS string made from the Rust one: returning the `String` itself
        // would link in the code that shrinks it into a boxed slice.
        headless::compute_secret_hash_js(client_secret, username, client_id)
            .as_str()
            .into()
    }

    /// `resendConfirmationCode(options)`.
    #[wasm_bindgen(js_name = resendConfirmationCode)]
    pub async fn resend_confirmation_code(options: JsValue) -> Result<JsValue, JsValue> {
        headless::resend_confirmation_code_js(options).await
    }
}

#[cfg(feature = "element")]
mod element {
    use cognito_resend_code::element;
    use wasm_bindgen::prelude::*;
    use web_sys::{HtmlElement, ShadowRoot};

    /// The attributes `<cognito-resend-code>` observes, comma-separated.
    #[wasm_bindgen(js_name = observedAttributes)]
    pub fn observed_attributes() -> JsValue {
        element::observed_attributes()
    }

    /// Loads the page language's catalog before the first element draws:
    /// a promise, or `undefined` when there is nothing to load.
    #[wasm_bindgen(js_name = preloadPageCatalog)]
    pub fn preload_page_catalog() -> JsValue {
        element::preload_page_catalog()
    }

    /// One `<cognito-resend-code>`: its JS class
    /// (`src/packaging/npm/element.js`) forwards its lifecycle. Removed from
    /// the page, the class frees the handle, and dropping it unmounts the
    /// widget (so there is no `unmount` export).
    #[wasm_bindgen]
    pub struct ElementHandle(element::ElementHandle);

    #[wasm_bindgen]
    impl ElementHandle {
        /// Settings for `host`, not yet mounted.
        #[wasm_bindgen(constructor)]
        pub fn new(host: HtmlElement) -> ElementHandle {
            ElementHandle(element::ElementHandle::new(host))
        }

        /// An attribute's new value (`None`: removed), or, under the name
        /// `messages`, the `messages` property's as JSON text.
        pub fn set(&self, name: &str, value: Option<String>) {
            self.0.set(name, value);
        }

        /// Renders the widget into the element's shadow root.
        pub fn mount(
            &mut self,
            root: ShadowRoot,
            set_states: js_sys::Function,
        ) -> Result<(), JsValue> {
            self.0.mount(root, set_states)
        }

        /// The element's `send()`.
        pub fn send(&self) -> js_sys::Promise {
            self.0.send()
        }
    }
}
