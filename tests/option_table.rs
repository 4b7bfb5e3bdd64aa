//! The option table (`src/pure/settings/options.rs`) is the one declaration
//! of every option. What is written elsewhere is generated from it, or
//! checked against it here: the docs' tables (README.md, pkg/README.md), the
//! `.d.ts` entries, the element's observed attributes, the component's
//! props and the headless option reader. `BLESS=1 cargo test --test
//! option_table` rewrites the generated parts after a change to the table.

use std::path::Path;

use cognito_resend_code::failure::Failure;
use cognito_resend_code::messages::{Locale, MessageKey, Messages};
use cognito_resend_code::protocol::ResendError;
use cognito_resend_code::settings::{OptionSpec, Settings, ATTRIBUTE_LIST, OPTIONS};

/// Props of the component that are not options of the widget: how it is
/// drawn and what it calls back.
const RENDERING_PROPS: [&str; 5] = [
    "class",
    "styles",
    "on_sent",
    "on_error",
    "on_change_destination",
];

fn code(name: &str) -> String {
    if name.is_empty() {
        "—".into()
    } else {
        format!("`{name}`")
    }
}

/// The table of every option, in every packaging.
fn docs_table(with_prop: bool) -> String {
    let mut out = String::new();
    if with_prop {
        out += "| option (Leptos prop) | attribute | property | headless option | default | what it does |\n|---|---|---|---|---|---|\n";
    } else {
        out += "| attribute | property | headless option | default | what it does |\n|---|---|---|---|---|\n";
    }
    for option in OPTIONS {
        if !with_prop
            && option.attribute.is_empty()
            && option.property.is_empty()
            && option.headless.is_empty()
        {
            continue;
        }
        if with_prop {
            out += &format!("| {} ", code(option.prop));
        }
        out += &format!(
            "| {} | {} | {} | {} | {} |\n",
            code(option.attribute),
            code(option.property),
            code(option.headless),
            option.default,
            option.doc.trim()
        );
    }
    out += "\nNot in every packaging:\n\n";
    for option in OPTIONS.iter().filter(|option| !option.why.is_empty()) {
        let name = [option.prop, option.headless, option.property]
            .into_iter()
            .find(|name| !name.is_empty())
            .unwrap_or(option.field);
        out += &format!("- `{name}`: {}\n", option.why);
    }
    out
}

fn ts_doc(option: &OptionSpec, indent: &str) -> String {
    format!(
        "{indent}/** {} (default: {}) */\n",
        option.doc.trim(),
        option.default
    )
}

/// `ResendOptions`' members: every headless option, nested ones grouped.
fn ts_options() -> String {
    let mut out = String::new();
    let mut nested: Vec<(&str, Vec<&OptionSpec>)> = Vec::new();
    for option in OPTIONS.iter().filter(|option| !option.headless.is_empty()) {
        match option.headless.split_once('.') {
            Some((group, _)) => match nested.iter_mut().find(|(name, _)| *name == group) {
                Some((_, members)) => members.push(option),
                None => {
                    nested.push((group, vec![option]));
                    out += &format!("  {group}?: {{\n__{group}__  }};\n");
                }
            },
            None => {
                let optional = if option.default == "required" {
                    ""
                } else {
                    "?"
                };
                out += &ts_doc(option, "  ");
                out += &format!("  {}{optional}: {};\n", option.headless, option.ts);
            }
        }
    }
    for (group, members) in nested {
        let mut inner = String::new();
        for option in members {
            let (_, name) = option.headless.split_once('.').unwrap();
            inner += &ts_doc(option, "    ");
            inner += &format!("    {name}?: {};\n", option.ts);
        }
        out = out.replace(&format!("__{group}__"), &inner);
    }
    out
}

/// `CognitoResendCodeElement`'s members: every property.
fn ts_element() -> String {
    let mut out = String::new();
    for option in OPTIONS.iter().filter(|option| !option.property.is_empty()) {
        // Attributes reflect as strings, flags as booleans; objects stay objects.
        let ts = match option.ts {
            "boolean" => "boolean".to_owned(),
            ts if ts.starts_with("Record") || ts.starts_with("Partial") => format!("{ts} | null"),
            _ => "string | null".to_owned(),
        };
        out += &ts_doc(option, "  ");
        out += &format!("  {}: {ts};\n", option.property);
    }
    out
}

/// The element's attributes as markup and JSX write them: flags are
/// booleans, everything else a string (an object option holds its JSON).
fn ts_attributes() -> String {
    let mut out = String::new();
    for option in OPTIONS.iter().filter(|option| !option.attribute.is_empty()) {
        let ts = if option.ts == "boolean" {
            "boolean"
        } else {
            "string"
        };
        out += &ts_doc(option, "  ");
        out += &format!("  \"{}\"?: {ts};\n", option.attribute);
    }
    out
}

fn ts_message_keys() -> String {
    let keys: Vec<String> = MessageKey::ALL
        .iter()
        .map(|key| format!("\"{}\"", key.name()))
        .collect();
    format!("export type MessageKey =\n  | {};\n", keys.join("\n  | "))
}

/// Checks (or with `BLESS=1` rewrites) the text between `start` and `end`
/// in `path`.
fn generated(path: &str, start: &str, end: &str, expected: &str) {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let text = std::fs::read_to_string(&file).unwrap();
    let from = text
        .find(start)
        .unwrap_or_else(|| panic!("{path}: no {start}"))
        + start.len();
    let to = from
        + text[from..]
            .find(end)
            .unwrap_or_else(|| panic!("{path}: no {end}"));
    let found = text[from..to].trim_start_matches('\n');
    if found == expected {
        return;
    }
    if std::env::var_os("BLESS").is_some() {
        let rewritten = format!("{}\n{expected}{}", &text[..from], &text[to..]);
        std::fs::write(&file, rewritten).unwrap();
        return;
    }
    panic!(
        "{path} differs from the option table between {start} and {end}; run `BLESS=1 cargo test --test option_table`.\n--- expected\n{expected}\n--- found\n{found}"
    );
}

#[test]
fn the_readmes_option_tables_come_from_the_table() {
    let start = "<!-- options: generated from the option table -->";
    generated("README.md", start, "<!-- /options -->", &docs_table(true));
    generated(
        "pkg/README.md",
        start,
        "<!-- /options -->",
        &docs_table(false),
    );
}

#[test]
fn the_typescript_entries_come_from_the_table() {
    generated(
        "pkg/index.d.ts",
        "// <options: generated from the option table>",
        "  // </options>",
        &ts_options(),
    );
    generated(
        "pkg/index.d.ts",
        "// <element: generated from the option table>",
        "  // </element>",
        &ts_element(),
    );
    generated(
        "pkg/index.d.ts",
        "// <attributes: generated from the option table>",
        "  // </attributes>",
        &ts_attributes(),
    );
    generated(
        "pkg/index.d.ts",
        "// <message keys: generated>",
        "// </message keys>",
        &ts_message_keys(),
    );
}

#[test]
fn the_element_observes_every_attribute_of_the_table() {
    let expected: Vec<String> = OPTIONS
        .iter()
        .filter(|option| !option.attribute.is_empty())
        .map(|option| {
            let flag = if option.ts == "boolean" { "?" } else { "" };
            format!("{flag}{}", option.attribute)
        })
        .collect();
    assert_eq!(ATTRIBUTE_LIST, expected.join(","));
    // The element's JS class hands its `messages` property over under that
    // name (ElementHandle.set), so no attribute may take it.
    assert!(OPTIONS.iter().all(|option| option.attribute != "messages"));
    // And each one sets its field.
    for option in OPTIONS.iter().filter(|option| !option.attribute.is_empty()) {
        let mut settings = Settings::default();
        let value = match option.ts {
            "boolean" => "",
            "number" => "7",
            ts if ts.starts_with("Record") => r#"{"k":"v"}"#,
            _ => "x",
        };
        assert_eq!(
            settings.apply_attribute(option.attribute, Some(value)),
            None,
            "{}",
            option.attribute
        );
        assert_ne!(
            settings,
            Settings::default(),
            "{} sets nothing",
            option.attribute
        );
    }
}

#[test]
fn the_component_has_a_prop_for_every_option_with_one() {
    let source = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src/packaging/component.rs"),
    )
    .unwrap();
    let from = source.find("pub fn ResendCode(").unwrap();
    let to = from + source[from..].find(") -> impl IntoView").unwrap();
    let mut props: Vec<&str> = source[from..to]
        .lines()
        .filter_map(|line| line.strip_prefix("    "))
        .filter(|line| !line.starts_with(['/', '#', ' ']))
        .filter_map(|line| line.split_once(':').map(|(name, _)| name))
        .collect();
    props.sort_unstable();
    let mut expected: Vec<&str> = OPTIONS
        .iter()
        .map(|option| option.prop)
        .filter(|prop| !prop.is_empty())
        .chain(RENDERING_PROPS)
        .collect();
    expected.sort_unstable();
    assert_eq!(props, expected);
}

#[test]
fn the_headless_reader_knows_every_headless_option_and_nothing_else() {
    for option in OPTIONS.iter().filter(|option| !option.headless.is_empty()) {
        let value = match option.ts {
            "boolean" => "true".to_owned(),
            "number" => "7".to_owned(),
            "Record<string, string>" => r#"{"k":"v"}"#.to_owned(),
            ts if ts.starts_with("Partial") => r#"{"ResendButton":"Again"}"#.to_owned(),
            _ => "\"x\"".to_owned(),
        };
        let json = match option.headless.split_once('.') {
            Some((group, name)) => format!("{{\"{group}\":{{\"{name}\":{value}}}}}"),
            None => format!("{{\"{}\":{value}}}", option.headless),
        };
        let settings: Settings =
            serde_json::from_str(&json).unwrap_or_else(|e| panic!("{json}: {e}"));
        assert_ne!(settings, Settings::default(), "{json} sets nothing");
    }
    for (json, problem) in [
        (
            r#"{"clientMetaData":{}}"#,
            "options.clientMetaData is not an option",
        ),
        (
            r#"{"analyticsMetadata":{}}"#,
            "options.analyticsMetadata is not an option",
        ),
        (r#"{"cooldown":5}"#, "options.cooldown is not an option"),
        (
            r#"{"userContextData":{"ip":"x"}}"#,
            "options.userContextData.ip is not an option",
        ),
        (
            r#"{"userContextData":"x"}"#,
            "options.userContextData must be an object",
        ),
        (r#"{"clientId":7}"#, "options.clientId must be a string"),
        (r#"{"fips":"yes"}"#, "options.fips must be a boolean"),
        (r#"{"timeoutMs":0}"#, "options.timeoutMs must be above 0"),
        (
            r#"{"timeoutMs":"5"}"#,
            "options.timeoutMs must be a whole number",
        ),
        (
            r#"{"userContextData":{"ipAddress":5}}"#,
            "options.userContextData.ipAddress must be a string",
        ),
        (
            r#"{"clientMetadata":{"a":1}}"#,
            "options.clientMetadata.a must be a string",
        ),
        (
            r#"{"clientMetadata":{"a":null}}"#,
            "options.clientMetadata.a must be a string",
        ),
        (
            r#"{"clientMetadata":[]}"#,
            "options.clientMetadata must be an object of strings",
        ),
        (
            r#"{"messages":{"Resend":"x"}}"#,
            "options.messages is not an option",
        ),
    ] {
        let error = serde_json::from_str::<Settings>(json)
            .unwrap_err()
            .to_string();
        assert!(error.starts_with(problem), "{json}: {error}");
    }
}

#[test]
fn nested_headless_objects_are_read_key_by_key() {
    let read = |json: &str| serde_json::from_str::<Settings>(json);
    // userContextData: null and empty values are unset.
    let settings = read(r#"{"userContextData":{"ipAddress":null,"encodedData":"e"}}"#).unwrap();
    assert_eq!(settings.ip_address, None);
    assert_eq!(settings.encoded_data.as_deref(), Some("e"));
    let settings = read(r#"{"userContextData":{"ipAddress":"1.2.3.4","encodedData":""}}"#).unwrap();
    assert_eq!(settings.ip_address.as_deref(), Some("1.2.3.4"));
    assert_eq!(settings.encoded_data, None);
    assert_eq!(
        read(r#"{"userContextData":null}"#).unwrap(),
        Settings::default()
    );
    // clientMetadata: a key JSON text repeats keeps its place and its last value.
    let settings = read(r#"{"clientMetadata":{"a":"1","b":"2","a":"3"}}"#).unwrap();
    let pairs: Vec<(&str, &str)> = settings.client_metadata.as_ref().unwrap().iter().collect();
    assert_eq!(pairs, [("a", "3"), ("b", "2")]);
}

#[test]
fn the_elements_messages_property_is_read_from_json_each_problem_named() {
    let mut settings = Settings::default();
    let json = r#"{"ResendButton":"Again","SentEmail":"Mailed to {destination}!"}"#;
    assert_eq!(settings.apply_messages_json(Some(json)), None);
    assert_eq!(
        settings.messages,
        [
            (MessageKey::ResendButton, "Again".to_owned()),
            (MessageKey::SentEmail, "Mailed to {destination}!".to_owned()),
        ]
    );
    // What the element's JS class writes for each bad value: a non-string text as 0,
    // a value JSON cannot hold as empty text.
    for (json, problem) in [
        (
            r#"{"ResendButon":"x"}"#,
            "messages.ResendButon is not a message key",
        ),
        (
            r#"{"ResendButton":0}"#,
            "messages.ResendButton must be a string",
        ),
        (
            r#"{"ResendButton":"x","Sending":0,"Nope":"y"}"#,
            "messages.Sending is not a message key",
        ),
        (
            r#"{"ResendButton":"x","SentSms":0}"#,
            "messages.SentSms must be a string",
        ),
        (r#"["x"]"#, "messages must be an object of strings"),
        (r#""x""#, "messages must be an object of strings"),
        ("", "messages must be an object of strings"),
    ] {
        let mut settings = Settings::default();
        settings.apply_messages_json(Some(r#"{"ResendButton":"Again"}"#));
        assert_eq!(
            settings.apply_messages_json(Some(json)),
            Some(problem),
            "{json}"
        );
        assert_eq!(settings.messages, [], "{json}: no message replaced");
        assert_eq!(settings.setup_problem(), Some(problem), "{json}");
        // Until a good value, or none, replaces it.
        assert_eq!(settings.apply_messages_json(None), None);
        assert_eq!(settings.setup_problem(), None);
    }
}

#[test]
fn the_failure_fields_are_the_ones_the_typescript_declares() {
    let failure = Failure::new(ResendError::Network, &Messages::new(Locale::En), 0);
    let value = serde_json::to_value(&failure).unwrap();
    let mut fields: Vec<&str> = value
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    fields.sort_unstable();
    let dts = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("pkg/index.d.ts"))
        .unwrap();
    let from = dts
        .find("export interface ResendFailure {")
        .expect("ResendFailure in index.d.ts");
    let to = from + dts[from..].find("\n}").unwrap();
    let mut declared: Vec<&str> = dts[from..to]
        .lines()
        .skip(1)
        .map(str::trim)
        .filter(|line| !line.starts_with('/') && !line.starts_with('*'))
        .filter_map(|line| line.split_once(':').map(|(name, _)| name))
        .collect();
    declared.sort_unstable();
    assert_eq!(fields, declared);
}

/// The Custom Elements Manifest (`pkg/custom-elements.json`): attributes and
/// properties from the option table, slots from the message keys, parts
/// from the node table, CSS properties from the stylesheet, and the events,
/// states and method the element has.
fn custom_elements_manifest() -> String {
    use cognito_resend_code::widget_markup::NODES;
    use serde_json::{json, Value};

    let element_options = OPTIONS.iter().filter(|option| !option.property.is_empty());
    let attributes: Vec<Value> = OPTIONS
        .iter()
        .filter(|option| !option.attribute.is_empty())
        .map(|option| {
            json!({
                "name": option.attribute,
                "description": option.doc.trim(),
                "type": { "text": if option.ts == "boolean" { "boolean" } else { "string" } },
                "default": option.default,
                "fieldName": option.property,
            })
        })
        .collect();
    let mut members: Vec<Value> = element_options
        .map(|option| {
            let mut member = json!({
                "kind": "field",
                "name": option.property,
                "description": option.doc.trim(),
                "type": { "text": if option.ts == "boolean" { "boolean".to_owned() } else { format!("{} | null", if option.ts == "number" { "string" } else { option.ts }) } },
            });
            if !option.attribute.is_empty() {
                member["attribute"] = json!(option.attribute);
                member["reflects"] = json!(option.attribute != "secret-hash");
            }
            member
        })
        .collect();
    members.push(json!({
        "kind": "method",
        "name": "send",
        "description": "Sends as a press does (cooldown, in-flight guard and `disabled` apply). Resolves with the `code-sent` detail; rejects with an Error carrying the `code-error` detail's fields, or `CooldownActive` / `Disabled` when nothing was sent; an `InvalidStateError` DOMException when the element is not in the document.",
        "return": { "type": { "text": "Promise<CodeDeliveryDetails>" } },
    }));
    let events = json!([
        { "name": "code-sent", "type": { "text": "CustomEvent<CodeDeliveryDetails>" }, "description": "A code went out: `detail` says where (`destination`, `deliveryMedium`, `attributeName`). Bubbles, composed." },
        { "name": "code-error", "type": { "text": "CustomEvent<ResendFailure>" }, "description": "A send failed: `detail` is the failure (`name`, `message`, `cognitoMessage`, `friendlyMessage`, `retryable`, `cooldownMs`, `setupProblem`). Bubbles, composed." },
        { "name": "change-destination", "type": { "text": "CustomEvent<null>" }, "description": "The person pressed \"Change your email or phone number\" in the help line (`help`): take them back to fix it. Bubbles, composed." },
    ]);
    let mut slots = vec![json!({
        "name": "help",
        "description": "Content added to the \"Didn't get it?\" line (shown with `help`, after a result).",
    })];
    for key in MessageKey::ALL.iter().filter(|key| !key.is_duration_part()) {
        slots.push(json!({
            "name": key.name(),
            "description": format!("Replaces the message `{}`: \"{}\"", key.name(), cognito_resend_code::messages::english(*key)),
        }));
    }
    let mut parts: Vec<&str> = Vec::new();
    for node in &NODES {
        for (name, value) in node.attributes {
            if *name == "part" {
                for part in value.split(' ') {
                    if !parts.contains(&part) {
                        parts.push(part);
                    }
                }
            }
        }
    }
    let part_doc = |part: &str| match part {
        "button" => "The resend button.",
        "message" => "Both result lines: where the code went, and what went wrong.",
        "error" => "The line that says what went wrong.",
        "help" => "The \"Didn't get it?\" line.",
        "change-destination" => {
            "The \"Change your email or phone number\" control in the help line."
        }
        other => panic!("document the part {other}"),
    };
    let parts: Vec<Value> = parts
        .iter()
        .map(|part| json!({ "name": part, "description": part_doc(part) }))
        .collect();
    let stylesheet = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("style/resend-code.css"),
    )
    .unwrap();
    let mut properties: Vec<Value> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for (at, _) in stylesheet.match_indices("var(--crc-") {
        let rest = &stylesheet[at + 4..];
        let end = rest.find(')').unwrap();
        let (name, default) = rest[..end].split_once(", ").unwrap_or((&rest[..end], ""));
        if !seen.contains(&name.to_owned()) {
            seen.push(name.to_owned());
            properties.push(json!({ "name": name, "default": default, "description": "Theme the widget from outside (on the element or an ancestor); the default follows prefers-color-scheme." }));
        }
    }
    let states = json!([
        { "name": "sending", "description": "A request is in flight." },
        { "name": "cooldown", "description": "The button waits before it may send again." },
        { "name": "limit", "description": "Cognito's attempt limit or daily email limit holds the button." },
        { "name": "sent", "description": "The last send succeeded." },
        { "name": "error", "description": "The last send failed." },
    ]);
    let manifest = json!({
        "schemaVersion": "2.1.0",
        "readme": "README.md",
        "modules": [{
            "kind": "javascript-module",
            "path": "element.js",
            "declarations": [{
                "kind": "class",
                "name": "CognitoResendCode",
                "tagName": "cognito-resend-code",
                "customElement": true,
                "description": "A \"Resend code\" button for Amazon Cognito sign-up: calls ResendConfirmationCode, says where the code went or what to do, and holds the button in a visible cooldown. Register it with `import \"cognito-resend-code/element\"`, or under another name with `defineElement()` from `cognito-resend-code/define-element`.",
                "superclass": { "name": "HTMLElement" },
                "attributes": attributes,
                "members": members,
                "events": events,
                "slots": slots,
                "cssParts": parts,
                "cssProperties": properties,
                "cssStates": states,
            }],
            "exports": [
                { "kind": "js", "name": "defineElement", "declaration": { "name": "defineElement", "module": "element.js" } },
                { "kind": "custom-element-definition", "name": "cognito-resend-code", "declaration": { "name": "CognitoResendCode", "module": "element.js" } },
            ],
        }],
    });
    serde_json::to_string_pretty(&manifest).unwrap() + "\n"
}

#[test]
fn the_custom_elements_manifest_comes_from_the_tables() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("pkg/custom-elements.json");
    let expected = custom_elements_manifest();
    let found = std::fs::read_to_string(&path).unwrap_or_default();
    if found != expected {
        if std::env::var_os("BLESS").is_some() {
            std::fs::write(&path, &expected).unwrap();
        } else {
            panic!("pkg/custom-elements.json differs from the tables; run `BLESS=1 cargo test --test option_table`.");
        }
    }
    let package: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("pkg/package.json"))
            .unwrap(),
    )
    .unwrap();
    assert_eq!(package["customElements"], "custom-elements.json");
    assert!(package["files"]
        .as_array()
        .unwrap()
        .contains(&"custom-elements.json".into()));
}

/// pkg/README's slot table: one slot per message key, and `help`.
fn slots_table() -> String {
    let mut out = String::from("| slot | replaces (English) |\n|---|---|\n");
    out += "| `help` | nothing: adds to the \"Didn't get it?\" line |\n";
    for key in MessageKey::ALL.iter().filter(|key| !key.is_duration_part()) {
        let text = cognito_resend_code::messages::english(*key).replace('|', "\\|");
        out += &format!("| `{}` | {text} |\n", key.name());
    }
    out
}

#[test]
fn the_slot_table_comes_from_the_message_keys() {
    generated(
        "pkg/README.md",
        "<!-- slots: generated from the message keys -->",
        "<!-- /slots -->",
        &slots_table(),
    );
}
