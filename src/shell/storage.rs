//! The only part that touches localStorage: the cooldown deadline, kept under
//! a hashed key so it survives a reload. Storage can be missing or refuse
//! (private mode, quota, sandboxed frames); the widget then simply forgets.

fn local_storage() -> Option<web_sys::Storage> {
    super::window().local_storage().ok()?
}

/// The stored text for `key`, if any.
pub(crate) fn load(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok()?
}

/// Stores `value` under `key`, or removes the key when `value` is `None`.
pub(crate) fn save(key: &str, value: Option<&str>) {
    if let Some(storage) = local_storage() {
        let _ = match value {
            Some(value) => storage.set_item(key, value),
            None => storage.remove_item(key),
        };
    }
}
