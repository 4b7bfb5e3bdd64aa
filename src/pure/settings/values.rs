//! How one option's value is read, decided by its type: from an attribute's
//! text (the element) and from a JS value (the headless API, through serde);
//! and the element's `messages` property, from the JSON text its JS half
//! writes. Errors name the option.

use serde::de::{DeserializeSeed, Deserializer, Error, IgnoredAny, MapAccess, Visitor};

use crate::messages::MessageKey;
use crate::protocol::{ClientMetadata, Json};

/// A type an option can have.
pub(crate) trait OptionValue: Sized {
    /// The field, for an attribute to write ([`Slot::read`]).
    fn slot(&mut self) -> Slot<'_>;

    /// Reads the next value of `map`; `path` names it in the error
    /// (`options.timeoutMs`).
    fn from_js<'de, A: MapAccess<'de>>(map: &mut A, path: Path) -> Result<Self, A::Error>;
}

/// Where a value sits, for errors: `options.` + `timeoutMs`. Kept in two
/// parts so the wasm holds each option's name once.
#[derive(Clone, Copy)]
pub(crate) struct Path(pub(crate) &'static str, pub(crate) &'static str);

impl Path {
    /// A headless option.
    pub(crate) const fn option(name: &'static str) -> Self {
        Self("options.", name)
    }

    fn text(self) -> String {
        self.0.to_owned() + self.1
    }
}

/// `path` followed by `problem`, as a deserializer error.
pub(crate) fn named<E: Error>(path: Path, problem: &str) -> E {
    E::custom(path.text() + problem)
}

/// `undefined` and `null` are unset.
fn nullable<'de, A: MapAccess<'de>, T: serde::Deserialize<'de>>(
    map: &mut A,
    path: Path,
    expected: &str,
) -> Result<Option<T>, A::Error> {
    map.next_value::<Option<T>>()
        .map_err(|_| named(path, expected))
}

/// A field of [`Settings`](super::Settings) an attribute writes, by its
/// type: one copy of each type's reading serves every attribute of it.
pub(crate) enum Slot<'a> {
    Text(&'a mut String),
    Maybe(&'a mut Option<String>),
    Flag(&'a mut bool),
    Number(&'a mut Option<u32>),
    Metadata(&'a mut Option<ClientMetadata>),
    /// An option only a property sets.
    Property,
}

impl Slot<'_> {
    /// Reads an attribute (`None`: absent) into the field, which an
    /// unreadable value leaves as it was. The error says what is wrong, to
    /// follow the attribute's name.
    pub(crate) fn read(self, value: Option<&str>) -> Result<(), String> {
        let text = value.filter(|v| !v.is_empty());
        match self {
            Slot::Text(field) => *field = value.unwrap_or_default().to_owned(),
            Slot::Maybe(field) => *field = text.map(str::to_owned),
            // A flag attribute is on when present, unless its value is `false`.
            Slot::Flag(field) => *field = value.is_some_and(|v| v != "false"),
            Slot::Number(field) => {
                *field = match value.map(crate::protocol::trim).filter(|v| !v.is_empty()) {
                    None => None,
                    Some(text) => Some(
                        crate::protocol::parse_decimal_u32(text)
                            .ok_or(" must be a whole number")?,
                    ),
                }
            }
            Slot::Metadata(field) => {
                *field = match text {
                    None => None,
                    Some(json) => Some(
                        ClientMetadata::from_json(json)
                            .map_err(|error| ": ".to_owned() + &error.message())?,
                    ),
                }
            }
            Slot::Property => return Err(" is a property, not an attribute".into()),
        }
        Ok(())
    }
}

impl OptionValue for String {
    fn slot(&mut self) -> Slot<'_> {
        Slot::Text(self)
    }

    fn from_js<'de, A: MapAccess<'de>>(map: &mut A, path: Path) -> Result<Self, A::Error> {
        Ok(nullable(map, path, " must be a string")?.unwrap_or_default())
    }
}

impl OptionValue for Option<String> {
    fn slot(&mut self) -> Slot<'_> {
        Slot::Maybe(self)
    }

    fn from_js<'de, A: MapAccess<'de>>(map: &mut A, path: Path) -> Result<Self, A::Error> {
        Ok(nullable::<A, String>(map, path, " must be a string")?.filter(|v| !v.is_empty()))
    }
}

impl OptionValue for bool {
    fn slot(&mut self) -> Slot<'_> {
        Slot::Flag(self)
    }

    fn from_js<'de, A: MapAccess<'de>>(map: &mut A, path: Path) -> Result<Self, A::Error> {
        Ok(nullable(map, path, " must be a boolean")?.unwrap_or_default())
    }
}

impl OptionValue for Option<u32> {
    fn slot(&mut self) -> Slot<'_> {
        Slot::Number(self)
    }

    fn from_js<'de, A: MapAccess<'de>>(map: &mut A, path: Path) -> Result<Self, A::Error> {
        nullable(map, path, " must be a whole number")
    }
}

impl OptionValue for Option<ClientMetadata> {
    fn slot(&mut self) -> Slot<'_> {
        Slot::Metadata(self)
    }

    fn from_js<'de, A: MapAccess<'de>>(map: &mut A, path: Path) -> Result<Self, A::Error> {
        let pairs = map.next_value_seed(Nullable(Pairs::strings(path, |_| true)))?;
        Ok(pairs.map(|pairs| pairs.into_iter().collect()))
    }
}

impl OptionValue for Vec<(MessageKey, String)> {
    fn slot(&mut self) -> Slot<'_> {
        Slot::Property
    }

    fn from_js<'de, A: MapAccess<'de>>(map: &mut A, path: Path) -> Result<Self, A::Error> {
        map.next_value_seed(Nullable(Pairs::messages(path)))
            .map(message_pairs)
    }
}

/// The element's `messages` property, as the JSON text its JS half writes
/// (`None`: no messages): an object of message key to text. The JS half
/// writes a value that is not a string as `0`, and a value JSON cannot hold
/// as empty text, so each problem is found, and named, here.
pub(crate) fn messages_from_json(json: Option<&str>) -> Result<Vec<(MessageKey, String)>, String> {
    let mut messages = Vec::new();
    let Some(json) = json else {
        return Ok(messages);
    };
    let Some(Json::Object(members)) = Json::parse_str(json) else {
        return Err("messages must be an object of strings".into());
    };
    for (name, value) in members {
        let entry = "messages.".to_owned() + &name;
        let Some(key) = MessageKey::from_name(&name) else {
            return Err(entry + " is not a message key");
        };
        let Json::String(text) = value else {
            return Err(entry + " must be a string");
        };
        messages.push((key, text));
    }
    Ok(messages)
}

/// Every pair read is a message key's (`Pairs::messages` refused others).
fn message_pairs(pairs: Option<Vec<(String, String)>>) -> Vec<(MessageKey, String)> {
    // A loop, not iterator adapters: each adapter is its own code in the wasm.
    let mut messages = Vec::new();
    for (name, text) in pairs.unwrap_or_default() {
        if let Some(key) = MessageKey::from_name(&name) {
            messages.push((key, text));
        }
    }
    messages
}

/// `userContextData: {ipAddress, encodedData}`, as the API nests it: an
/// object of strings (`null` and empty ones unset) with only those keys.
pub(crate) fn read_user_context<'de, A: MapAccess<'de>>(
    map: &mut A,
) -> Result<(Option<String>, Option<String>), A::Error> {
    let reader = Pairs {
        path: Path::option("userContextData"),
        known: |key| key == "ipAddress" || key == "encodedData",
        unknown: " is not an option",
        not_object: " must be an object",
        nullable_values: true,
    };
    let (mut ip_address, mut encoded_data) = (None, None);
    for (key, value) in map.next_value_seed(Nullable(reader))?.unwrap_or_default() {
        let value = Some(value).filter(|v| !v.is_empty());
        if key == "ipAddress" {
            ip_address = value;
        } else {
            // The only other key `known` lets through.
            encoded_data = value;
        }
    }
    Ok((ip_address, encoded_data))
}

/// `undefined` / `null`, or what the inner seed reads.
pub(crate) struct Nullable<S>(pub(crate) S);

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Nullable<S> {
    type Value = Option<S::Value>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_option(self)
    }
}

impl<'de, S: DeserializeSeed<'de>> Visitor<'de> for Nullable<S> {
    type Value = Option<S::Value>;

    fn expecting(&self, formatter: &mut core::fmt::Formatter) -> core::fmt::Result {
        formatter.write_str("an object")
    }

    fn visit_none<E: Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        self.0.deserialize(deserializer).map(Some)
    }
}

/// An object of strings, in order, its keys checked by `known` (a key met
/// twice, which JSON text allows, is kept twice: the later value wins where
/// it is used). Errors:
/// `path.key must be a string`, `path.key` + `unknown`, `path` +
/// `not_object`. One reader, not generic, for every such option: each
/// instance of a serde visitor is its own code in the wasm.
struct Pairs {
    path: Path,
    known: fn(&str) -> bool,
    unknown: &'static str,
    not_object: &'static str,
    /// Whether a value may be `null`/`undefined` (read as empty).
    nullable_values: bool,
}

impl Pairs {
    /// Any keys, string values.
    fn strings(path: Path, known: fn(&str) -> bool) -> Self {
        Self {
            path,
            known,
            unknown: "",
            not_object: " must be an object of strings",
            nullable_values: false,
        }
    }

    /// Message keys, string values.
    fn messages(path: Path) -> Self {
        Self {
            unknown: " is not a message key",
            ..Self::strings(path, |name| MessageKey::from_name(name).is_some())
        }
    }
}

impl<'de> DeserializeSeed<'de> for Pairs {
    type Value = Vec<(String, String)>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        let (path, not_object) = (self.path, self.not_object);
        deserializer
            .deserialize_map(self)
            .map_err(|_: D::Error| named(path, not_object))
            .and_then(|pairs| pairs.map_err(|problem: String| D::Error::custom(problem)))
    }
}

impl<'de> Visitor<'de> for Pairs {
    /// The pairs, or the problem with one of them (kept apart from the map's
    /// own errors, which only mean "not an object").
    type Value = Result<Vec<(String, String)>, String>;

    fn expecting(&self, formatter: &mut core::fmt::Formatter) -> core::fmt::Result {
        formatter.write_str("an object of strings")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut pairs = Vec::new();
        let mut problem = None;
        while let Some(name) = map.next_key::<String>()? {
            let entry = self.path.text() + "." + &name;
            if problem.is_some() {
                // After a problem the rest is only read through, so the map ends well.
                map.next_value::<IgnoredAny>()?;
            } else if !(self.known)(&name) {
                problem = Some(entry + self.unknown);
                map.next_value::<IgnoredAny>()?;
            } else {
                match map.next_value::<Option<String>>() {
                    Ok(Some(text)) => pairs.push((name, text)),
                    Ok(None) if self.nullable_values => pairs.push((name, String::new())),
                    _ => problem = Some(entry + " must be a string"),
                }
            }
        }
        Ok(problem.map_or(Ok(pairs), Err))
    }
}
