//! Request bodies and SecretHash, against protocol.md's vectors.

use cognito_resend_code::protocol::{
    compute_secret_hash, ClientMetadata, ResendRequest, UserContextData,
};

const CLIENT: &str = "4example5client6id7abcdefg";

fn all_fields() -> ResendRequest {
    ResendRequest::new(CLIENT, "ok")
        .with_client_secret("s3cr3t")
        .with_user_context_data(UserContextData {
            ip_address: Some("192.0.2.1".into()),
            encoded_data: Some("enc-data".into()),
        })
        .with_analytics_endpoint_id("ep-123")
        .with_client_metadata([("source", "widget"), ("lang", "en")])
}

#[test]
fn conformance_vector_1_all_fields() {
    assert_eq!(
        all_fields().to_json(),
        r#"{"ClientId":"4example5client6id7abcdefg","Username":"ok","SecretHash":"jk2Rnl4OIrVU4cAE+QcQlcB8n2/dQghm5Md/MIG76uc=","UserContextData":{"IpAddress":"192.0.2.1","EncodedData":"enc-data"},"AnalyticsMetadata":{"AnalyticsEndpointId":"ep-123"},"ClientMetadata":{"source":"widget","lang":"en"}}"#
    );
}

#[test]
fn conformance_vector_1_does_not_depend_on_the_order_fields_are_set() {
    let reordered = ResendRequest::new(CLIENT, "ok")
        .with_client_metadata([("source", "widget"), ("lang", "en")])
        .with_analytics_endpoint_id("ep-123")
        .with_user_context_data(UserContextData {
            ip_address: Some("192.0.2.1".into()),
            encoded_data: Some("enc-data".into()),
        })
        .with_secret_hash("jk2Rnl4OIrVU4cAE+QcQlcB8n2/dQghm5Md/MIG76uc=");
    assert_eq!(reordered.to_json(), all_fields().to_json());
}

#[test]
fn conformance_vector_2_required_fields_only() {
    assert_eq!(
        ResendRequest::new(CLIENT, "ok").to_json(),
        r#"{"ClientId":"4example5client6id7abcdefg","Username":"ok"}"#
    );
}

#[test]
fn conformance_vector_3_map_order_kept() {
    let request = ResendRequest::new("cid", "ok").with_client_metadata([("b", "2"), ("a", "1")]);
    assert_eq!(
        request.to_json(),
        r#"{"ClientId":"cid","Username":"ok","ClientMetadata":{"b":"2","a":"1"}}"#
    );
}

#[test]
fn secret_hash_vectors() {
    let cases = [
        (
            "test-secret",
            "teacher@example.com",
            "test-client-id",
            "ubMq12ua7Sob8EJy4crIRzaQLGUIELfDWkbXBRqlgVw=",
        ),
        (
            "examplesecret",
            "testuser",
            "1example23456789",
            "+KFZvL/GLR1SNk+vdkME1tWm9EkkhpQuEk/oQ4Kil9k=",
        ),
        (
            "s3cr3t",
            "ok",
            CLIENT,
            "jk2Rnl4OIrVU4cAE+QcQlcB8n2/dQghm5Md/MIG76uc=",
        ),
    ];
    for (secret, user, client, expected) in cases {
        assert_eq!(
            compute_secret_hash(secret, user, client),
            expected,
            "{user}"
        );
    }
}

#[test]
fn secret_hash_from_builder_uses_the_request_username_and_client() {
    let request = ResendRequest::new("test-client-id", "teacher@example.com")
        .with_client_secret("test-secret");
    assert_eq!(
        request.secret_hash.as_deref(),
        Some("ubMq12ua7Sob8EJy4crIRzaQLGUIELfDWkbXBRqlgVw=")
    );
}

#[test]
fn strings_are_escaped_like_json_stringify() {
    let request = ResendRequest::new("cid", "ok").with_client_metadata([(
        "k\"\\",
        "line\nbreak\ttab\r\u{8}\u{c}\u{1}\u{1f}/é😀\u{2028}<>&",
    )]);
    assert_eq!(
        request.to_json(),
        "{\"ClientId\":\"cid\",\"Username\":\"ok\",\"ClientMetadata\":{\"k\\\"\\\\\":\"line\\nbreak\\ttab\\r\\b\\f\\u0001\\u001f/é😀\u{2028}<>&\"}}"
    );
}

#[test]
fn partial_nested_objects_omit_absent_keys() {
    let request = ResendRequest::new("cid", "ok").with_user_context_data(UserContextData {
        ip_address: None,
        encoded_data: Some("e".into()),
    });
    assert_eq!(
        request.to_json(),
        r#"{"ClientId":"cid","Username":"ok","UserContextData":{"EncodedData":"e"}}"#
    );
    let empty =
        ResendRequest::new("cid", "ok").with_client_metadata(Vec::<(String, String)>::new());
    assert_eq!(
        empty.to_json(),
        r#"{"ClientId":"cid","Username":"ok","ClientMetadata":{}}"#
    );
}

#[test]
fn client_metadata_keeps_first_position_and_last_value_of_a_repeated_key() {
    let mut metadata = ClientMetadata::new();
    metadata.insert("a", "1");
    metadata.insert("b", "2");
    metadata.insert("a", "3");
    assert_eq!(
        metadata.iter().collect::<Vec<_>>(),
        [("a", "3"), ("b", "2")]
    );
    assert_eq!(metadata.len(), 2);
    assert_eq!(metadata.get("a"), Some("3"));
    assert_eq!(metadata.get("c"), None);
    assert!(ClientMetadata::new().is_empty());
}

#[test]
fn the_redacted_body_hides_the_secret_hash_only() {
    let redacted = all_fields().to_redacted_json();
    assert!(!redacted.contains("jk2Rnl4O"));
    assert!(redacted.contains(r#""SecretHash":"[redacted]""#));
    assert!(redacted.contains(r#""Username":"ok""#));
    let plain = ResendRequest::new("cid", "ok");
    assert_eq!(plain.to_redacted_json(), plain.to_json());
}

#[test]
fn client_metadata_from_json_keeps_order_and_refuses_non_strings() {
    use cognito_resend_code::protocol::MetadataError;
    let metadata = ClientMetadata::from_json(r#" {"b":"2","a":"1","lang":"pt-BR"} "#).unwrap();
    assert_eq!(
        metadata.iter().collect::<Vec<_>>(),
        [("b", "2"), ("a", "1"), ("lang", "pt-BR")]
    );
    assert_eq!(ClientMetadata::from_json("{}"), Ok(ClientMetadata::new()));
    assert_eq!(ClientMetadata::from_json(""), Err(MetadataError::NotJson));
    assert_eq!(
        ClientMetadata::from_json("{'a':'b'}"),
        Err(MetadataError::NotJson)
    );
    assert_eq!(
        ClientMetadata::from_json(r#"["a"]"#),
        Err(MetadataError::NotAnObject)
    );
    assert_eq!(
        ClientMetadata::from_json(r#""a""#),
        Err(MetadataError::NotAnObject)
    );
    assert_eq!(
        ClientMetadata::from_json(r#"{"a":"1","n":2}"#),
        Err(MetadataError::NotAString("n".into()))
    );
    assert_eq!(
        ClientMetadata::from_json(r#"{"o":{"x":"y"}}"#),
        Err(MetadataError::NotAString("o".into()))
    );
    assert_eq!(
        ClientMetadata::from_json(r#"{"z":null}"#),
        Err(MetadataError::NotAString("z".into()))
    );
    assert_eq!(
        MetadataError::NotAString("n".into()).to_string(),
        "ClientMetadata value of \"n\" must be a string"
    );
}
