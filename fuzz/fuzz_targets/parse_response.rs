//! Response and error parsing: any status, header and body; never a panic,
//! and a 2xx is either details or an UnexpectedResponse with that status.
#![no_main]

use cognito_resend_code::protocol::{parse_response, ResendError};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let status = [200u16, 201, 204, 400, 403, 500, 502, 503][usize::from(selector & 7)];
    let (header, body) = match rest.iter().position(|&b| b == b'\n') {
        Some(at) if selector & 8 != 0 => (std::str::from_utf8(&rest[..at]).ok(), &rest[at + 1..]),
        _ => (None, rest),
    };
    match parse_response(status, header, body) {
        Ok(_) => assert!((200..300).contains(&status)),
        Err(ResendError::UnexpectedResponse { status: s, .. }) => assert_eq!(s, status),
        Err(error) => {
            assert!(!(200..300).contains(&status), "{error:?}");
            assert!(!error.name().is_empty());
        }
    }
});
