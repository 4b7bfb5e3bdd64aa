//! The one declaration of every widget option. From it come the `Settings`
//! struct, the element's observed attributes and their parsing, the headless
//! API's option reader, and the option tables of the docs and the `.d.ts`
//! (`tests/option_table.rs` fails the moment any of those differs).
//!
//! Each entry: the Rust field and its type (the type decides how an
//! attribute or a JS value is read: [`super::values`]), then its names in
//! each packaging (`""`: not there, and `why` says why), the TypeScript type,
//! the default, and one line of doc.

use crate::messages::MessageKey;
use crate::protocol::ClientMetadata;

/// One option as the table declares it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OptionSpec {
    /// The `Settings` field.
    pub field: &'static str,
    /// The Leptos prop (`""`: none).
    pub prop: &'static str,
    /// The element's attribute (`""`: none).
    pub attribute: &'static str,
    /// The element's JS property (`""`: none).
    pub property: &'static str,
    /// The headless API's option, dotted when nested (`""`: none).
    pub headless: &'static str,
    /// The TypeScript type of the property and the option.
    pub ts: &'static str,
    /// The default, as the docs say it.
    pub default: &'static str,
    /// One line of doc.
    pub doc: &'static str,
    /// Why a packaging lacks it (`""`: every packaging has it).
    pub why: &'static str,
}

macro_rules! options {
    ($(
        #[doc = $doc:literal]
        $field:ident: $ty:ty {
            prop: $prop:literal,
            attribute: $attribute:literal,
            property: $property:literal,
            headless: $headless:literal,
            ts: $ts:literal,
            default: $default:literal,
            why: $why:literal,
        }
    )*) => {
        /// Everything a caller can set on the widget, one field per option of
        /// [`OPTIONS`]. Empty strings count as unset.
        ///
        /// ## Usage
        /// ```
        /// use cognito_resend_code::widget_state::Settings;
        /// let mut settings = Settings::default();
        /// settings.apply_attribute("client-id", Some("1example23456789"));
        /// settings.apply_attribute("user-pool-id", Some("us-east-1_AbC123"));
        /// settings.apply_attribute("username", Some("ada"));
        /// let (request, endpoint) = settings.request(Default::default());
        /// assert_eq!(request.client_id, "1example23456789");
        /// assert_eq!(endpoint.resolve().unwrap(), "https://cognito-idp.us-east-1.amazonaws.com/");
        /// ```
        #[derive(Clone, Debug, Default, PartialEq, Eq)]
        pub struct Settings {
            $(#[doc = $doc] pub $field: $ty,)*
            /// Options whose value could not be read (an attribute, the
            /// element's `messages` property), by name, with what is wrong:
            /// a press reports the first and sends nothing.
            pub problems: Vec<(&'static str, String)>,
        }

        /// Every option, in the order the docs list them.
        pub const OPTIONS: &[OptionSpec] = &[$(OptionSpec {
            field: stringify!($field),
            prop: $prop,
            attribute: $attribute,
            property: $property,
            headless: $headless,
            ts: $ts,
            default: $default,
            doc: $doc,
            why: $why,
        },)*];

        impl Settings {
            /// Reads attribute `name`'s value into its field: `None` when the
            /// element has no such attribute, else the attribute and whether
            /// the value was readable (the error says what is wrong, without
            /// the name).
            pub(super) fn read_attribute(
                &mut self,
                name: &str,
                value: Option<&str>,
            ) -> Option<(&'static str, Result<(), String>)> {
                // The field is found here and read once below, so each
                // type's reading is in the wasm once, not once per attribute.
                let (attribute, slot) = 'found: {
                    $(
                        if !$attribute.is_empty() && name == $attribute {
                            break 'found ($attribute, super::values::OptionValue::slot(&mut self.$field));
                        }
                    )*
                    return None;
                };
                Some((attribute, slot.read(value)))
            }

            /// Reads the headless option `key` (top level) from `map`: `None`
            /// when there is no such option.
            pub(super) fn read_option<'de, A: serde::de::MapAccess<'de>>(
                &mut self,
                key: &str,
                map: &mut A,
            ) -> Option<Result<(), A::Error>> {
                $(
                    if !$headless.is_empty() && key == $headless {
                        return Some(
                            super::values::OptionValue::from_js(map, super::values::Path::option($headless))
                                .map(|read| self.$field = read),
                        );
                    }
                )*
                None
            }
        }
    };
}

/// The element's observed attributes, comma-separated, a flag (boolean)
/// attribute marked with a leading `?`: what the element's JS class
/// (`src/packaging/npm/element.js`) needs to mirror each as a property.
/// Built at compile time (a run-time join costs
/// more wasm than the string); `tests/option_table.rs` checks it against
/// [`OPTIONS`].
pub const ATTRIBUTE_LIST: &str = "client-id,username,region,user-pool-id,endpoint,?fips,\
secret-hash,client-metadata,language-metadata-key,analytics-endpoint-id,ip-address,\
encoded-data,timeout-ms,cooldown,?start-cooldown,?disabled,locale,?help,?change-destination,?enumeration-safe,?debug";

options! {
    /// The app client id (`ClientId`). Use a public client, without a secret.
    client_id: String {
        prop: "client_id", attribute: "client-id", property: "clientId", headless: "clientId",
        ts: "string", default: "required", why: "",
    }
    /// The user to resend the code to: user name or alias (email, phone). Changing it starts over for that user.
    username: String {
        prop: "username", attribute: "username", property: "username", headless: "username",
        ts: "string", default: "required", why: "",
    }
    /// The AWS region of the user pool, such as `us-east-1`.
    region: Option<String> {
        prop: "region", attribute: "region", property: "region", headless: "region",
        ts: "string", default: "from `user-pool-id`", why: "",
    }
    /// The user pool id, such as `us-east-1_AbC123`; gives the region.
    user_pool_id: Option<String> {
        prop: "user_pool_id", attribute: "user-pool-id", property: "userPoolId", headless: "userPoolId",
        ts: "string", default: "none", why: "",
    }
    /// A URL that replaces the AWS endpoint: an emulator or a proxy.
    endpoint: Option<String> {
        prop: "endpoint", attribute: "endpoint", property: "endpoint", headless: "endpoint",
        ts: "string", default: "AWS", why: "",
    }
    /// Use the FIPS endpoint (US regions only).
    fips: bool {
        prop: "fips", attribute: "fips", property: "fips", headless: "fips",
        ts: "boolean", default: "false", why: "",
    }
    /// A SecretHash computed on your server, for app clients with a secret. The element reads the attribute, then removes it; the property is write-only.
    secret_hash: Option<String> {
        prop: "secret_hash", attribute: "secret-hash", property: "secretHash", headless: "secretHash",
        ts: "string", default: "none", why: "",
    }
    /// The app client secret, to compute the SecretHash. Servers only (the widget's wasm builds ignore it).
    client_secret: Option<String> {
        prop: "", attribute: "", property: "", headless: "clientSecret",
        ts: "string", default: "none",
        why: "A client secret must never reach a page, so only the headless API (for servers) takes it.",
    }
    /// `ClientMetadata` for the Lambda triggers, in order. The attribute holds its JSON.
    client_metadata: Option<ClientMetadata> {
        prop: "client_metadata", attribute: "client-metadata", property: "clientMetadata", headless: "clientMetadata",
        ts: "Record<string, string>", default: "none", why: "",
    }
    /// Adds the widget's language (`de`, `pt-BR`, ...) to `ClientMetadata` under this key, so a custom-message trigger can write the code's email in it. A value the metadata already has for the key is kept.
    language_metadata_key: Option<String> {
        prop: "language_metadata_key", attribute: "language-metadata-key", property: "languageMetadataKey", headless: "languageMetadataKey",
        ts: "string", default: "none", why: "",
    }
    /// `AnalyticsMetadata.AnalyticsEndpointId` (Amazon Pinpoint).
    analytics_endpoint_id: Option<String> {
        prop: "analytics_endpoint_id", attribute: "analytics-endpoint-id", property: "analyticsEndpointId", headless: "analyticsEndpointId",
        ts: "string", default: "none", why: "",
    }
    /// `UserContextData.IpAddress`. Only a server knows it: set it from server-rendered data.
    ip_address: Option<String> {
        prop: "ip_address", attribute: "ip-address", property: "ipAddress", headless: "userContextData.ipAddress",
        ts: "string", default: "none", why: "",
    }
    /// `UserContextData.EncodedData`. Unset, it is collected at send time from Cognito's advanced-security script if the page has it (needs the user pool id).
    encoded_data: Option<String> {
        prop: "encoded_data", attribute: "encoded-data", property: "encodedData", headless: "userContextData.encodedData",
        ts: "string", default: "collected", why: "",
    }
    /// Give up on a request after this many milliseconds.
    timeout_ms: Option<u32> {
        prop: "timeout_ms", attribute: "timeout-ms", property: "timeoutMs", headless: "timeoutMs",
        ts: "number", default: "15000", why: "",
    }
    /// The wait after the first send, in seconds; it doubles with each further send, up to 5 minutes. 0 turns it off.
    cooldown_secs: Option<u32> {
        prop: "cooldown_secs", attribute: "cooldown", property: "cooldown", headless: "",
        ts: "number", default: "30",
        why: "The headless API holds no button; its error value says how long the widget would wait (`cooldownMs`).",
    }
    /// Start with the first wait on mount (mounted without a client id or a username: once it has both), for pages shown right after sign-up sent a code.
    start_cooldown: bool {
        prop: "start_cooldown", attribute: "start-cooldown", property: "startCooldown", headless: "",
        ts: "boolean", default: "false",
        why: "The headless API holds no button.",
    }
    /// Turns the button off: presses and `send()` do nothing until it is cleared.
    disabled: bool {
        prop: "disabled", attribute: "disabled", property: "disabled", headless: "",
        ts: "boolean", default: "false",
        why: "The headless API holds no button.",
    }
    /// The language (`de`, `pt-BR`, ...). Unset: the page's `lang`, then the browser's, then English; for the headless API, English.
    locale: Option<String> {
        prop: "locale", attribute: "locale", property: "locale", headless: "locale",
        ts: "string", default: "the page's (headless: English)", why: "",
    }
    /// Your own wording for any message, by message key, over the locale's catalog.
    messages: Vec<(MessageKey, String)> {
        prop: "messages", attribute: "", property: "messages", headless: "",
        ts: "Partial<Record<MessageKey, string>>", default: "none",
        why: "An object does not fit in an attribute: the element takes it as a property. The headless API draws nothing: its `friendlyMessage` is the catalog's sentence, and a page with its own words shows its own.",
    }
    /// Show a "Didn't get it?" line under a result: check spam, codes take a minute or two, only the newest works, and a control to change the email or phone number (`change-destination` event, `on_change_destination`).
    help: bool {
        prop: "help", attribute: "help", property: "help", headless: "",
        ts: "boolean", default: "false",
        why: "The headless API draws nothing.",
    }
    /// With `help`: offer "Change your email or phone number", which fires `change-destination`. Set it when your page handles that event.
    change_destination: bool {
        prop: "", attribute: "change-destination", property: "changeDestination", headless: "",
        ts: "boolean", default: "false",
        why: "The component offers it when `on_change_destination` is given; the headless API draws nothing.",
    }
    /// Show an unknown user exactly like a success, so the widget never tells which accounts exist.
    enumeration_safe: bool {
        prop: "enumeration_safe", attribute: "enumeration-safe", property: "enumerationSafe", headless: "",
        ts: "boolean", default: "false",
        why: "The headless API reports every outcome as it is; the page decides what to show.",
    }
    /// Log each request (SecretHash redacted) and answer to the console.
    debug: bool {
        prop: "debug", attribute: "debug", property: "debug", headless: "",
        ts: "boolean", default: "false",
        why: "The headless API hands every outcome to its caller, who can log it.",
    }
    /// A setup problem the page must fix: a press logs it, shows the "not set up correctly" message and sends nothing.
    setup_error: Option<String> {
        prop: "setup_error", attribute: "", property: "", headless: "",
        ts: "string", default: "none",
        why: "For wrappers around the component; the element and the headless API report their own setup problems (an unreadable attribute, an unknown option).",
    }
}
