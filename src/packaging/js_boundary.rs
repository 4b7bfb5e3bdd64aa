//! The npm package's JS boundary: the core's declared types cross it through
//! their serde traits (`Settings: Deserialize` in, `CodeDeliveryDetails` and
//! `Failure: Serialize` out), with no hand-written reading or building of JS
//! objects per option or field.
//!
//! The (de)serializer here does what serde-wasm-bindgen does for these
//! types, and only that. serde-wasm-bindgen itself measured 18 KiB brotli
//! more on the headless page and 36 KiB more on the element page (its error
//! messages bring Rust's formatting and float printing, and its field-name
//! cache a hash map), far past the 1.5 KiB the pages may spend on it
//! (BENCHMARKS.md). Errors here are plain strings, so no formatting code is
//! linked in.

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde::ser::{self, Impossible, Serialize, SerializeStruct, Serializer};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

#[cfg(any(feature = "headless", feature = "element"))]
use crate::failure::Failure;

/// What went wrong reading or writing a JS value.
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
        if !self.0.is_object() || js_sys::Array::is_array(&self.0) {
            // Said of the whole options object: a nested one names itself.
            return refused("options must be an object");
        }
        // A getter that throws, or a revoked Proxy, is "not an object" here:
        // a JS exception must not unwind through the wasm.
        let Ok(entries) = object_entries(&self.0) else {
            return refused("options could not be read");
        };
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

/// `value` as a plain JS object; a missing value is `null`, as the `.d.ts`
/// promises.
pub(crate) fn to_js<T: Serialize>(value: &T) -> JsValue {
    value.serialize(JsWriter).unwrap_or(JsValue::NULL)
}

/// Writes what the declared types hold: structs of strings, booleans,
/// numbers and options.
struct JsWriter;

/// A value the declared types never hold. No message: the writer's error
/// path then carries no string to build or drop.
#[derive(Debug)]
struct Unwritable;

impl core::fmt::Display for Unwritable {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("a value the JS writer does not write")
    }
}

impl std::error::Error for Unwritable {}

impl ser::Error for Unwritable {
    fn custom<T: core::fmt::Display>(_: T) -> Self {
        Self
    }
}

/// A struct being written, as a JS object.
struct JsObject(js_sys::Object);

impl JsObject {
    /// Not generic, so every field type shares it. A plain new object
    /// always takes the property.
    fn set(&self, key: &str, value: &JsValue) {
        let _ = js_sys::Reflect::set(&self.0, &key.into(), value);
    }
}

impl SerializeStruct for JsObject {
    type Ok = JsValue;
    type Error = Unwritable;

    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Unwritable> {
        let value = value.serialize(JsWriter)?;
        self.set(key, &value);
        Ok(())
    }

    fn end(self) -> Result<JsValue, Unwritable> {
        Ok(self.0.into())
    }
}

impl Serializer for JsWriter {
    type Ok = JsValue;
    type Error = Unwritable;
    type SerializeSeq = Impossible<JsValue, Unwritable>;
    type SerializeTuple = Impossible<JsValue, Unwritable>;
    type SerializeTupleStruct = Impossible<JsValue, Unwritable>;
    type SerializeTupleVariant = Impossible<JsValue, Unwritable>;
    type SerializeMap = Impossible<JsValue, Unwritable>;
    type SerializeStruct = JsObject;
    type SerializeStructVariant = Impossible<JsValue, Unwritable>;

    fn serialize_bool(self, v: bool) -> Result<JsValue, Unwritable> {
        Ok(JsValue::from_bool(v))
    }
    fn serialize_f64(self, v: f64) -> Result<JsValue, Unwritable> {
        Ok(JsValue::from_f64(v))
    }
    fn serialize_str(self, v: &str) -> Result<JsValue, Unwritable> {
        Ok(JsValue::from_str(v))
    }
    fn serialize_none(self) -> Result<JsValue, Unwritable> {
        Ok(JsValue::NULL)
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<JsValue, Unwritable> {
        value.serialize(self)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<JsObject, Unwritable> {
        Ok(JsObject(js_sys::Object::new()))
    }

    fn serialize_i8(self, _: i8) -> Result<JsValue, Unwritable> {
        Err(Unwritable)
    }
    fn serialize_i16(self, _: i16) -> Result<JsValue, Unwritable> {
        Err(Unwritable)
    }
    fn serialize_i32(self, _: i32) -> Result<JsValue, Unwritable> {
        Err(Unwritable)
    }
    fn serialize_i64(self, _: i64) -> Result<JsValue, Unwritable> {
        Err(Unwritable)
    }
    fn serialize_u8(self, _: u8) -> Result<JsValue, Unwritable> {
        Err(Unwritable)
    }
    fn serialize_u16(self, _: u16) -> Result<JsValue, Unwritable> {
        Err(Unwritable)
    }
    fn serialize_u32(self, _: u32) -> Result<JsValue, Unwritable> {
        Err(Unwritable)
    }
    fn serialize_u64(self, _: u64) -> Result<JsValue, Unwritable> {
        Err(Unwritable)
    }
    fn serialize_f32(self, _: f32) -> Result<JsValue, Unwritable> {
        Err(Unwritable)
    }
    fn serialize_char(self, _: char) -> Result<JsValue, Unwritable> {
        Err(Unwritable)
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<JsValue, Unwritable> {
        Err(Unwritable)
    }
    fn serialize_unit(self) -> Result<JsValue, Unwritable> {
        Ok(JsValue::NULL)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<JsValue, Unwritable> {
        Ok(JsValue::NULL)
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<JsValue, Unwritable> {
        Ok(JsValue::from_str(variant))
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<JsValue, Unwritable> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<JsValue, Unwritable> {
        Err(Unwritable)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Unwritable> {
        Err(Unwritable)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Unwritable> {
        Err(Unwritable)
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Unwritable> {
        Err(Unwritable)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Unwritable> {
        Err(Unwritable)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Unwritable> {
        Err(Unwritable)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Unwritable> {
        Err(Unwritable)
    }
}

/// An `Error` whose message is the developer's description, carrying the
/// failure's fields (`name`, `cognitoMessage`, `friendlyMessage`, ...).
#[cfg(any(feature = "headless", feature = "element"))]
pub(crate) fn rejection(failure: &Failure) -> JsValue {
    // `message` comes with the fields.
    let error = js_sys::Error::new("");
    let fields = to_js(failure);
    js_sys::Object::assign(
        error.unchecked_ref::<js_sys::Object>(),
        fields.unchecked_ref(),
    )
    .into()
}
