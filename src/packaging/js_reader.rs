//! The npm package's JS boundary, inward: the headless API's options object
//! becomes `Settings` through its serde `Deserialize`, with no hand-written
//! reading of JS objects per option. (The element reads attributes, and its
//! `messages` property as JSON text: none of this is in its wasm.)
//!
//! The deserializer here does what serde-wasm-bindgen does for `Settings`,
//! and only that (`js_boundary` says why not serde-wasm-bindgen itself).
//! Errors are plain strings, so no formatting code is linked in.

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

/// What went wrong reading a JS value.
pub(crate) struct JsError(pub(crate) String);

impl core::fmt::Display for JsError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(&self.0)
    }
}

impl core::fmt::Debug for JsError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for JsError {}

impl de::Error for JsError {
    fn custom<T: core::fmt::Display>(message: T) -> Self {
        // Only ever called with strings (`String: ToString` needs no formatting).
        Self(message.to_string())
    }
}

fn refused<T>(what: &str) -> Result<T, JsError> {
    Err(JsError(what.to_owned()))
}

/// Reads a JS value: `undefined`/`null`, strings, booleans, whole numbers
/// and plain objects (in their key order), as the declared types ask.
pub(crate) struct JsReader(pub(crate) JsValue);

impl<'de> Deserializer<'de> for JsReader {
    type Error = JsError;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, JsError> {
        refused("an unsupported value")
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsError> {
        match self.0.as_bool() {
            Some(on) => visitor.visit_bool(on),
            None => refused("not a boolean"),
        }
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsError> {
        match self.0.as_f64() {
            Some(n) if n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&n) => {
                visitor.visit_u32(n as u32)
            }
            _ => refused("not a whole number"),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsError> {
        self.deserialize_string(visitor)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsError> {
        match self.0.as_string() {
            Some(text) => visitor.visit_string(text),
            None => refused("not a string"),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsError> {
        if self.0.is_undefined() || self.0.is_null() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsError> {
        if !self.0.is_object() {
            return refused("options must be an object");
        }
        // A getter that throws, or a revoked Proxy, cannot be read: a JS
        // exception must not unwind through the wasm. Read first, as
        // `Array.isArray` throws for a revoked Proxy too.
        let Ok(entries) = object_entries(&self.0) else {
            return refused("options could not be read");
        };
        if js_sys::Array::is_array(&self.0) {
            // Said of the whole options object: a nested one names itself.
            return refused("options must be an object");
        }
        visitor.visit_map(Entries {
            entries,
            next: 0,
            value: JsValue::UNDEFINED,
        })
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsError> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u8 u16 u64 u128 f32 f64 char bytes byte_buf unit
        unit_struct newtype_struct seq tuple tuple_struct struct enum identifier
    }
}

#[wasm_bindgen]
extern "C" {
    /// `Object.entries`, its exceptions caught: an object's own enumerable
    /// properties (as spread and `JSON.stringify` read them), getters run.
    #[wasm_bindgen(catch, js_namespace = Object, js_name = entries)]
    fn object_entries(object: &JsValue) -> Result<js_sys::Array, JsValue>;
}

/// An object's `[key, value]` pairs, in order.
struct Entries {
    entries: js_sys::Array,
    next: u32,
    value: JsValue,
}

impl<'de> MapAccess<'de> for Entries {
    type Error = JsError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, JsError> {
        if self.next >= self.entries.length() {
            return Ok(None);
        }
        let pair: js_sys::Array = self.entries.get(self.next).unchecked_into();
        self.next += 1;
        self.value = pair.get(1);
        seed.deserialize(JsReader(pair.get(0))).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, JsError> {
        seed.deserialize(JsReader(core::mem::take(&mut self.value)))
    }
}
