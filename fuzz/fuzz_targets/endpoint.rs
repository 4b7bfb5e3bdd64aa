//! Endpoint resolution from any region, user pool id or URL: never a panic;
//! an AWS endpoint is always https and Cognito's.
#![no_main]

use cognito_resend_code::protocol::EndpointConfig;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let mut parts = text.splitn(3, '\u{0}');
    let config = EndpointConfig {
        endpoint: parts.next().filter(|_| flags & 1 != 0).map(Into::into),
        region: parts.next().filter(|_| flags & 2 != 0).map(Into::into),
        user_pool_id: parts.next().filter(|_| flags & 4 != 0).map(Into::into),
        fips: flags & 8 != 0,
    };
    if let Ok(url) = config.resolve() {
        let custom = config
            .endpoint
            .as_deref()
            .is_some_and(|e| !e.trim().is_empty());
        assert!(url.starts_with("http://") || url.starts_with("https://"));
        if !custom {
            assert!(url.starts_with("https://cognito-idp"), "{url}");
            assert!(url.ends_with('/'));
        }
    }
});
