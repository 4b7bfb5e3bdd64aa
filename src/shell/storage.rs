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

/// Stores `value` under `key`. A deadline that has passed is left in
/// place, not removed: it is ignored when read, and a removal would cost
/// bytes every page downloads.
pub(crate) fn save(key: &str, value: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(key, value);
    }
}
