//! The catalogs a wasm built without `all-locales` leaves out, loaded once
//! each when a page needs one. The JS entry says how (`setCatalogLoader`):
//! `fetch` next to the module in a browser, the file system in Node. A catalog
//! that cannot be loaded is remembered as empty, so the widget speaks English
//! and does not ask again.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Function, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::messages::{parse_catalog, Locale, MessageKey};

// An `Rc<Vec<_>>` rather than `Rc<[_]>`: no copy of the parsed catalog.
type Catalog = Rc<Vec<(MessageKey, String)>>;

thread_local! {
    static LOADER: RefCell<Option<Function>> = const { RefCell::new(None) };
    static LOADED: RefCell<Vec<(Locale, Catalog)>> = const { RefCell::new(Vec::new()) };
}

/// `setCatalogLoader(tag => Promise<string>)`: how to get the JSON catalog
/// of a language (`de`, `pt-BR`, ...) this wasm does not carry.
pub fn set_catalog_loader(loader: Function) {
    LOADER.with(|slot| *slot.borrow_mut() = Some(loader));
}

/// The catalog of `locale` if it is ready: empty for a built-in one.
pub(crate) fn ready(locale: Locale) -> Option<Catalog> {
    if locale.is_built_in() {
        return Some(Rc::default());
    }
    LOADED.with(|loaded| {
        loaded
            .borrow()
            .iter()
            .find(|(l, _)| *l == locale)
            .map(|(_, catalog)| Rc::clone(catalog))
    })
}

/// Loads the catalog of `locale` in the background (see [`load`]), then
/// calls `then` (a JS function: a widget's own callback, or a promise's
/// `resolve`). Every widget and the element's preload go through this one
/// task, so the wasm carries its code once.
#[cfg(feature = "widget")]
pub(crate) fn load_then(locale: Locale, then: Function) {
    wasm_bindgen_futures::spawn_local(async move {
        load(locale).await;
        // A widget dropped meanwhile has dropped its callback: the call
        // then throws, and there is nothing left to tell.
        let _ = then.call0(&JsValue::UNDEFINED);
    });
}

/// Loads the catalog of `locale` unless it is ready, and returns it (empty
/// if it could not be loaded); afterwards [`ready`] has it too.
pub(crate) async fn load(locale: Locale) -> Catalog {
    if let Some(catalog) = ready(locale) {
        return catalog;
    }
    let loader = LOADER.with(|slot| slot.borrow().clone());
    let promise = loader
        .and_then(|loader| loader.call1(&JsValue::NULL, &locale.tag().into()).ok())
        .map(|value| Promise::resolve(&value));
    let text = match promise {
        Some(promise) => JsFuture::from(promise)
            .await
            .ok()
            .and_then(|v| v.as_string()),
        None => None,
    };
    let catalog = Rc::new(text.map(|json| parse_catalog(&json)).unwrap_or_default());
    // Another widget may have loaded it meanwhile: keep the first.
    ready(locale).unwrap_or_else(|| {
        LOADED.with(|loaded| loaded.borrow_mut().push((locale, Rc::clone(&catalog))));
        catalog
    })
}
