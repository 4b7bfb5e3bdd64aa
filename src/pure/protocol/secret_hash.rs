//! `SecretHash = base64(HMAC-SHA256(key = client secret, message = username + client id))`.

use hmac::{Mac, SimpleHmac};
use sha2::Sha256;

/// Computes the SecretHash Cognito expects from an app client with a secret.
///
/// Belongs on a server: whoever can read the secret can act as the app client.
///
/// ## Usage
/// ```
/// use cognito_resend_code::protocol::compute_secret_hash;
/// assert_eq!(
///     compute_secret_hash("examplesecret", "testuser", "1example23456789"),
///     "+KFZvL/GLR1SNk+vdkME1tWm9EkkhpQuEk/oQ4Kil9k="
/// );
/// ```
pub fn compute_secret_hash(client_secret: &str, username: &str, client_id: &str) -> String {
    // HMAC accepts keys of any length, so this constructor cannot fail; the
    // fallback keeps the function total without a panic path.
    let Ok(mut mac) = SimpleHmac::<Sha256>::new_from_slice(client_secret.as_bytes()) else {
        return String::new();
    };
    mac.update(username.as_bytes());
    mac.update(client_id.as_bytes());
    base64_standard(&mac.finalize().into_bytes())
}

/// Standard base64 with padding; a few lines instead of a crate in the wasm.
fn base64_standard(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk.first().copied().unwrap_or(0),
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                let index = (n >> (18 - 6 * i) & 63) as usize;
                out.push(ALPHABET.get(index).map_or('=', |&b| char::from(b)));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::base64_standard;

    #[test]
    fn base64_matches_rfc_4648_vectors() {
        let cases = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ];
        for (input, expected) in cases {
            assert_eq!(base64_standard(input.as_bytes()), expected, "{input:?}");
        }
        assert_eq!(base64_standard(&[0xfb, 0xff, 0xbf]), "+/+/");
    }
}
