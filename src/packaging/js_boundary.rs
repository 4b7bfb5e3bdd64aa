//! The npm package's JS boundary, outward: `CodeDeliveryDetails` and
//! `Failure` cross it through their serde `Serialize`, with no hand-written
//! building of JS objects per field. (Inward, the headless API's options:
//! `js_reader`.)
//!
//! The serializer here does what serde-wasm-bindgen does for these types,
//! and only that. serde-wasm-bindgen itself measured 18 KiB brotli more on
//! the headless page and 36 KiB more on the element page (its error
//! messages bring Rust's formatting and float printing, and its field-name
//! cache a hash map), far past the 1.5 KiB the pages may spend on it
//! (BENCHMARKS.md).

use serde::ser::{self, Impossible, Serialize, SerializeStruct, Serializer};
use wasm_bindgen::{JsCast, JsValue};

use crate::failure::Failure;

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
        crate::shell::infallible::set_property(&self.0, key, value);
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

/// The scalar methods for types the declared types never hold: each refuses.
macro_rules! unwritable {
    ($($method:ident: $type:ty),*) => {$(
        fn $method(self, _: $type) -> Result<JsValue, Unwritable> {
            Err(Unwritable)
        }
    )*};
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

    unwritable! {
        serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64,
        serialize_f32: f32, serialize_char: char, serialize_bytes: &[u8]
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
