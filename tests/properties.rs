//! A short, bounded pass of the fuzzers' properties (`make fuzz` runs them
//! for millions of inputs): request bodies are JSON that gives back their
//! fields, validation and endpoint resolution never panic, ClientMetadata
//! JSON round-trips.

use cognito_resend_code::protocol::{
    ClientMetadata, EndpointConfig, ResendRequest, UserContextData,
};

#[path = "support/random.rs"]
mod random;
use random::Random;

impl Random {
    /// A short string from characters that stress escaping and validation.
    fn text(&mut self) -> String {
        const PIECES: &[&str] = &[
            "a",
            "Z",
            "0",
            "_",
            "+",
            "=",
            "/",
            "-",
            ".",
            "@",
            " ",
            "\"",
            "\\",
            "\n",
            "\t",
            "\u{0}",
            "\u{1f}",
            "é",
            "中",
            "😀",
            "\u{200b}",
            "\u{2028}",
            "\u{e000}",
            "\u{fffe}",
            "us-east-1",
            "_AbC",
            "http://",
            ":",
            "#",
        ];
        let length = self.next() % 12;
        (0..length)
            .map(|_| PIECES[(self.next() % PIECES.len() as u64) as usize])
            .collect()
    }
}

#[test]
fn bodies_are_json_that_gives_back_the_fields() {
    let mut random = Random(0x1234_5678_9abc_def1);
    for _ in 0..5_000 {
        let mut request = ResendRequest::new(random.text(), random.text());
        if random.next().is_multiple_of(2) {
            request = request.with_secret_hash(random.text());
        }
        if random.next().is_multiple_of(2) {
            request = request.with_user_context_data(UserContextData {
                ip_address: Some(random.text()),
                encoded_data: None,
            });
        }
        let pairs: Vec<(String, String)> = (0..random.next() % 4)
            .map(|_| (random.text(), random.text()))
            .collect();
        request = request.with_client_metadata(pairs);
        let _ = request.validate();
        let value: serde_json::Value = serde_json::from_str(&request.to_json()).expect("JSON");
        assert_eq!(value["ClientId"], request.client_id.as_str());
        assert_eq!(value["Username"], request.username.as_str());
        let metadata = request.client_metadata.as_ref().unwrap();
        let object = value["ClientMetadata"].as_object().unwrap();
        assert_eq!(object.len(), metadata.len());
        for (key, expected) in metadata.iter() {
            assert_eq!(object[key], expected);
        }
        // ClientMetadata's own JSON reader reads what the writer wrote.
        let written = serde_json::to_string(object).unwrap();
        assert_eq!(
            ClientMetadata::from_json(&written).unwrap().len(),
            metadata.len()
        );
    }
}

#[test]
fn endpoint_resolution_never_panics_and_aws_urls_are_cognitos() {
    let mut random = Random(0x0fed_cba9_8765_4321);
    for _ in 0..20_000 {
        let flags = random.next();
        let config = EndpointConfig {
            endpoint: (flags & 1 != 0).then(|| random.text()),
            region: (flags & 2 != 0).then(|| random.text()),
            user_pool_id: (flags & 4 != 0).then(|| random.text()),
            fips: flags & 8 != 0,
        };
        if let Ok(url) = config.resolve() {
            let custom = config
                .endpoint
                .as_deref()
                .is_some_and(|e| !e.trim().is_empty());
            assert!(custom || url.starts_with("https://cognito-idp"), "{url}");
        }
    }
}
