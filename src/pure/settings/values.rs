//! How one option's value is read, decided by its type: from an attribute's
//! text (the element) and from a JS value (the headless API and the
//! element's object properties, through serde). Errors name the option.

use serde::de::{DeserializeSeed, Deserializer, Error, IgnoredAny, MapAccess, Visitor};

use crate::messages::MessageKey;
use crate::protocol::ClientMetadata;

/// A type an option can have.
pub(crate) trait OptionValue: Sized {
    /// Reads an attribute (`None`: absent). The error says what is wrong,
    /// to follow the attribute's name.
    fn from_attribute(value: Option<&str>) -> Result<Self, String>;

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

impl OptionValue for String {
    fn from_attribute(value: Option<&str>) -> Result<Self, String> {
        Ok(value.unwrap_or_default().to_owned())
    }

    fn from_js<'de, A: MapAccess<'de>>(map: &mut A, path: Path) -> Result<Self, A::Error> {
        Ok(nullable(map, path, " must be a string")?.unwrap_or_default())
    }
}

impl OptionValue for Option<String> {
    fn from_attribute(value: Option<&str>) -> Result<Self, String> {
        Ok(value.filter(|v| !v.is_empty()).map(str::to_owned))
    }

    fn from_js<'de, A: MapAccess<'de>>(map: &mut A, path: Path) -> Result<Self, A::Error> {
        Ok(nullable::<A, String>(map, path, " must be a string")?.filter(|v| !v.is_empty()))
    }
}

/// A flag attribute is on when present, unless its value is `false`.
impl OptionValue for bool {
    fn from_attribute(value: Option<&str>) -> Result<Self, String> {
        Ok(value.is_some_and(|v| v != "false"))
    }

    fn from_js<'de, A: MapAccess<'de>>(map: &mut A, path: Path) -> Result<Self, A::Error> {
        Ok(nullable(map, path, " must be a boolean")?.unwrap_or_default())
    }
}

impl OptionValue for Option<u32> {
    fn from_attribute(value: Option<&str>) -> Result<Self, String> {
        match value.map(str::trim).filter(|v| !v.is_empty()) {
            None => Ok(None),
            Some(text) => crate::protocol::parse_decimal_u32(text)
                .map(Some)
                .ok_or_else(|| " must be a whole number".into()),
        }
    }

    fn from_js<'de, A: MapAccess<'de>>(map: &mut A, path: Path) -> Result<Self, A::Error> {
        nullable(map, path, " must be a whole number")
    }
}

impl OptionValue for Option<ClientMetadata> {
    fn from_attribute(value: Option<&str>) -> Result<Self, String> {
        match value.filter(|v| !v.is_empty()) {
            None => Ok(None),
            Some(json) => ClientMetadata::from_json(json)
                .map(Some)
                .map_err(|error| ": ".to_owned() + &error.message()),
        }
    }

    fn from_js<'de, A: MapAccess<'de>>(map: &mut A, path: Path) -> Result<Self, A::Error> {
        map.next_value_seed(Nullable(Pairs(path, |_: &str| Some(()))))
            .map(|pairs| pairs.map(|pairs| pairs.into_iter().map(|(k, (), v)| (k, v)).collect()))
    }
}

impl OptionValue for Vec<(MessageKey, String)> {
    fn from_attribute(_: Option<&str>) -> Result<Self, String> {
        Err(" is a property, not an attribute".into())
    }

    fn from_js<'de, A: MapAccess<'de>>(map: &mut A, path: Path) -> Result<Self, A::Error> {
        let pairs = map.next_value_seed(Nullable(Pairs(path, MessageKey::from_name)))?;
        Ok(pairs
            .unwrap_or_default()
            .into_iter()
            .map(|(_, key, text)| (key, text))
            .collect())
    }
}

/// Reads the messages object of the element's `messages` property.
#[cfg(all(target_arch = "wasm32", feature = "element"))]
pub(crate) fn read_messages<'de, D: Deserializer<'de>>(
    value: D,
) -> Result<Vec<(MessageKey, String)>, D::Error> {
    let path = Path("", "messages");
    let pairs = Nullable(Pairs(path, MessageKey::from_name)).deserialize(value)?;
    Ok(pairs
        .unwrap_or_default()
        .into_iter()
        .map(|(_, key, text)| (key, text))
        .collect())
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

/// An object of strings, in order, each key read by `K` (`None`: not a key
/// this option knows). Errors: `path.key must be a string`, `path.key is
/// not a message key`, `path must be an object of strings`.
struct Pairs<F>(Path, F);

impl<'de, K, F: Fn(&str) -> Option<K>> DeserializeSeed<'de> for Pairs<F> {
    type Value = Vec<(String, K, String)>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        let path = self.0;
        deserializer
            .deserialize_map(self)
            .map_err(|_: D::Error| named(path, " must be an object of strings"))
            .and_then(|pairs| pairs.map_err(|problem: String| D::Error::custom(problem)))
    }
}

impl<'de, K, F: Fn(&str) -> Option<K>> Visitor<'de> for Pairs<F> {
    /// The pairs, or the problem with one of them (kept apart from the map's
    /// own errors, which only mean "not an object").
    type Value = Result<Vec<(String, K, String)>, String>;

    fn expecting(&self, formatter: &mut core::fmt::Formatter) -> core::fmt::Result {
        formatter.write_str("an object of strings")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut pairs = Vec::new();
        let mut problem = None;
        while let Some(name) = map.next_key::<String>()? {
            let entry = self.0.text() + "." + &name;
            // After a problem the rest is only read through, so the map ends well.
            let key = match (&problem, (self.1)(&name)) {
                (None, Some(key)) => key,
                (None, None) => {
                    problem = Some(entry + " is not a message key");
                    map.next_value::<IgnoredAny>()?;
                    continue;
                }
                (Some(_), _) => {
                    map.next_value::<IgnoredAny>()?;
                    continue;
                }
            };
            match map.next_value::<String>() {
                Ok(text) => pairs.push((name, key, text)),
                Err(_) => problem = Some(entry + " must be a string"),
            }
        }
        Ok(problem.map_or(Ok(pairs), Err))
    }
}
