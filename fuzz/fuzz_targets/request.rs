//! Request validation and serialisation: a valid request's body is JSON
//! that gives back exactly its fields, in the protocol's key order; the
//! ClientMetadata JSON reader keeps what it reads.
#![no_main]

use cognito_resend_code::protocol::{ClientMetadata, ResendRequest, UserContextData};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let parts: Vec<&str> = text.split('\u{0}').collect();
    let part = |i: usize| parts.get(i).copied();
    let mut request = ResendRequest::new(part(0).unwrap_or(""), part(1).unwrap_or(""));
    if let Some(hash) = part(2) {
        request = request.with_secret_hash(hash);
    }
    if let Some(ip) = part(3) {
        request = request.with_user_context_data(UserContextData {
            ip_address: Some(ip.into()),
            encoded_data: part(4).map(Into::into),
        });
    }
    if let Some(id) = part(5) {
        request = request.with_analytics_endpoint_id(id);
    }
    if parts.len() > 6 {
        request = request.with_client_metadata(
            parts[6..]
                .chunks(2)
                .map(|kv| (kv[0], kv.get(1).copied().unwrap_or(""))),
        );
    }
    let _ = request.validate();
    let body = request.to_json();
    let value: serde_json::Value = serde_json::from_str(&body).expect("the body is JSON");
    assert_eq!(value["ClientId"], request.client_id.as_str());
    assert_eq!(value["Username"], request.username.as_str());
    let redacted = request.to_redacted_json();
    if let Some(hash) = request
        .secret_hash
        .as_deref()
        .filter(|h| !h.is_empty() && *h != "[redacted]")
    {
        assert!(!redacted.contains(&format!(
            "\"SecretHash\":{}",
            serde_json::to_string(hash).unwrap()
        )));
    }
    if let Ok(metadata) = ClientMetadata::from_json(&text) {
        let again: ClientMetadata = metadata.iter().collect();
        assert_eq!(again, metadata);
    }
});
