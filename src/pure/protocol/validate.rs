//! The documented constraints on the request, checked before anything is sent.

use core::fmt;

use super::request::ResendRequest;

/// Maximum length of `ClientId`, `Username` and `SecretHash`, in characters.
pub const MAX_LENGTH: usize = 128;

/// A request field that has constraints.
///
/// ## Usage
/// ```
/// use cognito_resend_code::protocol::Field;
/// assert_eq!(Field::ClientId.name(), "ClientId");
/// assert!(Field::SecretHash.allowed().contains("'/'"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// `ClientId`: 1..=128 characters of `[\w+]`.
    ClientId,
    /// `Username`: 1..=128 characters of `[\p{L}\p{M}\p{S}\p{N}\p{P}]`.
    Username,
    /// `SecretHash`: 1..=128 characters of `[\w+=/]`.
    SecretHash,
}

impl Field {
    /// The field's name on the wire.
    pub fn name(self) -> &'static str {
        match self {
            Field::ClientId => "ClientId",
            Field::Username => "Username",
            Field::SecretHash => "SecretHash",
        }
    }

    /// The characters the field allows, in words.
    pub fn allowed(self) -> &'static str {
        match self {
            Field::ClientId => "ASCII letters, digits, '_' and '+'",
            Field::Username => {
                "letters, marks, symbols, numbers and punctuation (no spaces or control characters)"
            }
            Field::SecretHash => "ASCII letters, digits, '_', '+', '=' and '/'",
        }
    }
}

/// The rule a field broke.
///
/// ## Usage
/// ```
/// use cognito_resend_code::protocol::{ResendRequest, Rule};
/// let error = ResendRequest::new("cid", "x".repeat(129)).validate().unwrap_err();
/// assert_eq!(error.rule, Rule::TooLong { length: 129 });
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// Empty, but at least one character is required.
    Empty,
    /// Longer than [`MAX_LENGTH`] characters.
    TooLong {
        /// How many characters it has.
        length: usize,
    },
    /// Holds a character the field's pattern does not allow.
    Character {
        /// The character.
        found: char,
        /// Its position, counting characters from 1.
        position: usize,
    },
}

/// A request that Cognito would reject: which field, and which rule.
///
/// ## Usage
/// ```
/// use cognito_resend_code::protocol::ResendRequest;
/// let error = ResendRequest::new("", "ok").validate().unwrap_err();
/// assert_eq!(error.to_string(), "ClientId is required and must not be empty");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ValidationError {
    /// The field.
    pub field: Field,
    /// The rule it broke.
    pub rule: Rule,
}

impl ValidationError {
    /// What is wrong, naming the field and the rule (also its `Display`).
    pub fn message(&self) -> String {
        let mut text = String::from(self.field.name());
        match self.rule {
            Rule::Empty => text.push_str(" is required and must not be empty"),
            Rule::TooLong { length } => {
                text.push_str(" must be at most ");
                super::push_decimal(&mut text, MAX_LENGTH as u64);
                text.push_str(" characters long, not ");
                super::push_decimal(&mut text, length as u64);
            }
            Rule::Character { found, position } => {
                text.push_str(" must only contain ");
                text.push_str(self.field.allowed());
                text.push_str("; character ");
                super::push_decimal(&mut text, position as u64);
                text.push_str(" is U+");
                // At least four hex digits, as Unicode writes code points.
                let code = found as u32;
                for shift in (0..6).rev() {
                    let digit = (code >> (shift * 4)) & 0xf;
                    if shift < 4 || code >> (shift * 4) != 0 {
                        let digit = char::from_digit(digit, 16).unwrap_or('0');
                        text.push(digit.to_ascii_uppercase());
                    }
                }
            }
        }
        text
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for ValidationError {}

impl ResendRequest {
    /// Checks every documented constraint. The optional objects
    /// (`UserContextData`, `AnalyticsMetadata`, `ClientMetadata`) have none.
    ///
    /// ## Usage
    /// ```
    /// use cognito_resend_code::protocol::{Field, ResendRequest, Rule};
    /// let error = ResendRequest::new("cid", "two words").validate().unwrap_err();
    /// assert_eq!(error.field, Field::Username);
    /// assert_eq!(error.rule, Rule::Character { found: ' ', position: 4 });
    /// ```
    pub fn validate(&self) -> Result<(), ValidationError> {
        check(Field::ClientId, &self.client_id, is_word_or_plus)?;
        check(Field::Username, &self.username, is_username_char)?;
        if let Some(hash) = &self.secret_hash {
            check(Field::SecretHash, hash, is_base64_char)?;
        }
        Ok(())
    }
}

// A function pointer, not a generic: one copy of the loop in the wasm.
fn check(field: Field, value: &str, allowed: fn(char) -> bool) -> Result<(), ValidationError> {
    let fail = |rule| Err(ValidationError { field, rule });
    let mut length = 0;
    for (index, c) in value.chars().enumerate() {
        if !allowed(c) {
            return fail(Rule::Character {
                found: c,
                position: index + 1,
            });
        }
        length += 1;
    }
    match length {
        0 => fail(Rule::Empty),
        n if n > MAX_LENGTH => fail(Rule::TooLong { length: n }),
        _ => Ok(()),
    }
}

/// `[\w+=/]`: a base64 SecretHash.
fn is_base64_char(c: char) -> bool {
    is_word_or_plus(c) || c == '=' || c == '/'
}

/// `[\w+]` as Cognito's (Java) regular expressions read it: ASCII only.
fn is_word_or_plus(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '+'
}

/// `[\p{L}\p{M}\p{S}\p{N}\p{P}]`: every general category except separators
/// (Z*) and "other" (C*: control, format, private use, surrogate, unassigned).
///
/// Separators, controls, format characters, private use and noncharacters are
/// excluded exactly. Other unassigned code points are accepted: which ones are
/// unassigned depends on the Unicode version of whoever checks, and a full
/// category table would cost the page tens of kilobytes. Cognito decides those.
pub fn is_username_char(c: char) -> bool {
    // `is_space` is Zs, Zl and Zp plus controls that `is_control` has
    // already caught: one function the wasm carries anyway.
    !(c.is_control()
        || crate::protocol::is_space(c)
        || is_format(c)
        || is_private_use(c)
        || is_noncharacter(c))
}

/// Cf (Unicode 16).
fn is_format(c: char) -> bool {
    matches!(
        c,
        '\u{ad}'
            | '\u{600}'..='\u{605}'
            | '\u{61c}'
            | '\u{6dd}'
            | '\u{70f}'
            | '\u{890}'..='\u{891}'
            | '\u{8e2}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206f}'
            | '\u{feff}'
            | '\u{fff9}'..='\u{fffb}'
            | '\u{110bd}'
            | '\u{110cd}'
            | '\u{13430}'..='\u{1343f}'
            | '\u{1bca0}'..='\u{1bca3}'
            | '\u{1d173}'..='\u{1d17a}'
            | '\u{e0001}'
            | '\u{e0020}'..='\u{e007f}'
    )
}

/// Co.
fn is_private_use(c: char) -> bool {
    matches!(
        c,
        '\u{e000}'..='\u{f8ff}' | '\u{f0000}'..='\u{ffffd}' | '\u{100000}'..='\u{10fffd}'
    )
}

/// The 66 noncharacters (Cn, permanently unassigned).
fn is_noncharacter(c: char) -> bool {
    let n = c as u32;
    (0xfdd0..=0xfdef).contains(&n) || n & 0xfffe == 0xfffe
}
