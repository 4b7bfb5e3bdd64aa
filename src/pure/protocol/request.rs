//! The `ResendConfirmationCode` request: its six fields and the JSON body the
//! official SDK would send for them, byte for byte.

use core::fmt;

use super::json::Json;
use super::secret_hash::compute_secret_hash;

/// `ClientMetadata`: string pairs that keep the order the caller gave them,
/// like a JavaScript object. Inserting a key that is already present replaces
/// its value in place.
///
/// ## Usage
/// ```
/// use cognito_resend_code::protocol::ClientMetadata;
/// let mut metadata = ClientMetadata::new();
/// metadata.insert("lang", "de");
/// metadata.insert("source", "widget");
/// assert_eq!(metadata.get("lang"), Some("de"));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClientMetadata(Vec<(String, String)>);

impl ClientMetadata {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `key` to `value`; an existing key keeps its position.
    pub fn insert(&mut self, key: impl Into<String>, value: impl Into<String>) {
        let (key, value) = (key.into(), value.into());
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some(entry) => entry.1 = value,
            None => self.0.push((key, value)),
        }
    }

    /// The value for `key`, if set.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// The pairs in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// How many pairs there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl ClientMetadata {
    /// Reads a JSON object of strings, keeping its key order, as the custom
    /// element's `client-metadata` attribute holds it.
    ///
    /// ## Usage
    /// ```
    /// use cognito_resend_code::protocol::{ClientMetadata, MetadataError};
    /// let metadata = ClientMetadata::from_json(r#"{"lang":"de","source":"widget"}"#).unwrap();
    /// assert_eq!(metadata.iter().collect::<Vec<_>>(), [("lang", "de"), ("source", "widget")]);
    /// assert_eq!(ClientMetadata::from_json(r#"{"n":1}"#), Err(MetadataError::NotAString("n".into())));
    /// ```
    pub fn from_json(text: &str) -> Result<Self, MetadataError> {
        match Json::parse_str(text) {
            None => Err(MetadataError::NotJson),
            Some(Json::Object(members)) => {
                let mut metadata = Self::new();
                for (key, value) in members {
                    match value {
                        Json::String(text) => metadata.insert(key, text),
                        _ => return Err(MetadataError::NotAString(key)),
                    }
                }
                Ok(metadata)
            }
            Some(_) => Err(MetadataError::NotAnObject),
        }
    }
}

/// Why a `ClientMetadata` JSON text was refused.
///
/// ## Usage
/// ```
/// use cognito_resend_code::protocol::ClientMetadata;
/// let error = ClientMetadata::from_json("{lang: de}").unwrap_err();
/// assert_eq!(error.to_string(), "ClientMetadata is not valid JSON");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MetadataError {
    /// Not valid JSON.
    NotJson,
    /// JSON, but not an object.
    NotAnObject,
    /// The value of this key is not a string.
    NotAString(String),
}

impl MetadataError {
    /// What is wrong (also its `Display`).
    pub fn message(&self) -> String {
        match self {
            Self::NotJson => "ClientMetadata is not valid JSON".into(),
            Self::NotAnObject => "ClientMetadata must be a JSON object of strings".into(),
            Self::NotAString(key) => {
                let mut text = String::from("ClientMetadata value of ");
                super::push_quoted(&mut text, key);
                text.push_str(" must be a string");
                text
            }
        }
    }
}

impl fmt::Display for MetadataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for MetadataError {}

impl<K: Into<String>, V: Into<String>> FromIterator<(K, V)> for ClientMetadata {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut metadata = Self::new();
        for (k, v) in iter {
            metadata.insert(k, v);
        }
        metadata
    }
}

/// `UserContextData`, the context Cognito's advanced security scores.
///
/// ## Usage
/// ```
/// use cognito_resend_code::protocol::{ResendRequest, UserContextData};
/// let data = UserContextData { ip_address: None, encoded_data: Some("abc".into()) };
/// let request = ResendRequest::new("cid", "ok").with_user_context_data(data);
/// assert_eq!(request.to_json(), r#"{"ClientId":"cid","Username":"ok","UserContextData":{"EncodedData":"abc"}}"#);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UserContextData {
    /// `IpAddress`: only a server can know it (a browser does not see its own
    /// public address).
    pub ip_address: Option<String>,
    /// `EncodedData`: what Cognito's advanced-security script collects.
    pub encoded_data: Option<String>,
}

/// `AnalyticsMetadata`: the Amazon Pinpoint endpoint to record the event for.
///
/// ## Usage
/// ```
/// use cognito_resend_code::protocol::ResendRequest;
/// let request = ResendRequest::new("cid", "ok").with_analytics_endpoint_id("ep-1");
/// assert_eq!(request.analytics_metadata.unwrap().analytics_endpoint_id.as_deref(), Some("ep-1"));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AnalyticsMetadata {
    /// `AnalyticsEndpointId`.
    pub analytics_endpoint_id: Option<String>,
}

/// One `ResendConfirmationCode` request.
///
/// ## Usage
/// ```
/// use cognito_resend_code::protocol::ResendRequest;
/// let request = ResendRequest::new("cid", "ok").with_client_metadata([("b", "2"), ("a", "1")]);
/// assert!(request.validate().is_ok());
/// assert_eq!(
///     request.to_json(),
///     r#"{"ClientId":"cid","Username":"ok","ClientMetadata":{"b":"2","a":"1"}}"#
/// );
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ResendRequest {
    /// `ClientId`: the app client's id (required).
    pub client_id: String,
    /// `Username`: the user name or an alias (email, phone, `sub`) (required).
    pub username: String,
    /// `SecretHash`: needed when the app client has a secret.
    pub secret_hash: Option<String>,
    /// `UserContextData`.
    pub user_context_data: Option<UserContextData>,
    /// `AnalyticsMetadata`.
    pub analytics_metadata: Option<AnalyticsMetadata>,
    /// `ClientMetadata`, passed to the custom-message Lambda trigger.
    pub client_metadata: Option<ClientMetadata>,
}

impl ResendRequest {
    /// A request with the two required fields.
    pub fn new(client_id: impl Into<String>, username: impl Into<String>) -> Self {
        Self {
            client_id: client_id.into(),
            username: username.into(),
            ..Self::default()
        }
    }

    /// Uses a SecretHash computed elsewhere (ideally on a server).
    #[must_use]
    pub fn with_secret_hash(mut self, secret_hash: impl Into<String>) -> Self {
        self.secret_hash = Some(secret_hash.into());
        self
    }

    /// Computes the SecretHash from the app client's secret and this request's
    /// username and client id. Meant for servers: a secret in a browser is not
    /// secret.
    #[must_use]
    pub fn with_client_secret(mut self, client_secret: &str) -> Self {
        self.secret_hash = Some(compute_secret_hash(
            client_secret,
            &self.username,
            &self.client_id,
        ));
        self
    }

    /// Sets `UserContextData`.
    #[must_use]
    pub fn with_user_context_data(mut self, data: UserContextData) -> Self {
        self.user_context_data = Some(data);
        self
    }

    /// Sets `AnalyticsMetadata.AnalyticsEndpointId`.
    #[must_use]
    pub fn with_analytics_endpoint_id(mut self, id: impl Into<String>) -> Self {
        self.analytics_metadata = Some(AnalyticsMetadata {
            analytics_endpoint_id: Some(id.into()),
        });
        self
    }

    /// Sets `ClientMetadata`, keeping the order given.
    #[must_use]
    pub fn with_client_metadata<K, V>(mut self, pairs: impl IntoIterator<Item = (K, V)>) -> Self
    where
        K: Into<String>,
        V: Into<String>,
    {
        self.client_metadata = Some(pairs.into_iter().collect());
        self
    }

    /// The body with the SecretHash replaced by `[redacted]`: what debug logs
    /// may show.
    pub fn to_redacted_json(&self) -> String {
        self.write_json(true)
    }

    /// The JSON body: keys in the SDK's model order, absent optional fields
    /// omitted, no whitespace, strings escaped as `JSON.stringify` does.
    pub fn to_json(&self) -> String {
        self.write_json(false)
    }

    /// The JSON body, its SecretHash `[redacted]` if asked (one writer for
    /// both bodies, and no copy of the request to redact it).
    fn write_json(&self, redact: bool) -> String {
        let mut out = String::with_capacity(64 + self.username.len());
        let mut object = JsonObject::open(&mut out);
        object.string("ClientId", &self.client_id);
        object.string("Username", &self.username);
        if let Some(hash) = &self.secret_hash {
            object.string("SecretHash", if redact { "[redacted]" } else { hash });
        }
        if let Some(data) = &self.user_context_data {
            let mut inner = object.object("UserContextData");
            inner.optional_string("IpAddress", data.ip_address.as_deref());
            inner.optional_string("EncodedData", data.encoded_data.as_deref());
            inner.close();
        }
        if let Some(analytics) = &self.analytics_metadata {
            let mut inner = object.object("AnalyticsMetadata");
            inner.optional_string(
                "AnalyticsEndpointId",
                analytics.analytics_endpoint_id.as_deref(),
            );
            inner.close();
        }
        if let Some(metadata) = &self.client_metadata {
            let mut inner = object.object("ClientMetadata");
            for (key, value) in metadata.iter() {
                inner.string(key, value);
            }
            inner.close();
        }
        object.close();
        out
    }
}

/// A minimal JSON object writer: all this body needs, far smaller than a
/// general serializer in the wasm.
struct JsonObject<'a> {
    out: &'a mut String,
    empty: bool,
}

impl<'a> JsonObject<'a> {
    fn open(out: &'a mut String) -> Self {
        out.push('{');
        Self { out, empty: true }
    }

    fn key(&mut self, key: &str) {
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
        write_json_string(self.out, key);
        self.out.push(':');
    }

    fn string(&mut self, key: &str, value: &str) {
        self.key(key);
        write_json_string(self.out, value);
    }

    fn optional_string(&mut self, key: &str, value: Option<&str>) {
        if let Some(value) = value {
            self.string(key, value);
        }
    }

    fn object(&mut self, key: &str) -> JsonObject<'_> {
        self.key(key);
        JsonObject::open(self.out)
    }

    fn close(self) {
        self.out.push('}');
    }
}

/// Writes `value` as a JSON string exactly as `JSON.stringify` does.
pub(crate) fn write_json_string(out: &mut String, value: &str) {
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                out.push_str("\\u00");
                super::push_hex(out, c as u8);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
