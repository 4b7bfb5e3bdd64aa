//! Every documented constraint, and the message naming field and rule.

use cognito_resend_code::protocol::{Field, ResendRequest, Rule, ValidationError};

fn username(name: &str) -> Result<(), ValidationError> {
    ResendRequest::new("cid", name).validate()
}

fn client_id(id: &str) -> Result<(), ValidationError> {
    ResendRequest::new(id, "ok").validate()
}

fn secret_hash(hash: &str) -> Result<(), ValidationError> {
    ResendRequest::new("cid", "ok")
        .with_secret_hash(hash)
        .validate()
}

fn rule(result: Result<(), ValidationError>, field: Field) -> Rule {
    let error = result.expect_err("should be invalid");
    assert_eq!(error.field, field);
    error.rule
}

#[test]
fn required_fields_must_not_be_empty() {
    assert_eq!(rule(client_id(""), Field::ClientId), Rule::Empty);
    assert_eq!(rule(username(""), Field::Username), Rule::Empty);
    assert_eq!(rule(secret_hash(""), Field::SecretHash), Rule::Empty);
}

#[test]
fn lengths_are_counted_in_characters_up_to_128() {
    assert!(client_id(&"a".repeat(128)).is_ok());
    assert_eq!(
        rule(client_id(&"a".repeat(129)), Field::ClientId),
        Rule::TooLong { length: 129 }
    );
    // 128 two-byte characters are 256 bytes, still fine.
    assert!(username(&"é".repeat(128)).is_ok());
    assert_eq!(
        rule(username(&"é".repeat(129)), Field::Username),
        Rule::TooLong { length: 129 }
    );
    assert!(secret_hash(&"=".repeat(128)).is_ok());
    assert_eq!(
        rule(secret_hash(&"/".repeat(200)), Field::SecretHash),
        Rule::TooLong { length: 200 }
    );
}

#[test]
fn client_id_allows_ascii_word_characters_and_plus_only() {
    assert!(client_id("Abc_123+xyz").is_ok());
    for (bad, position) in [
        ("a-b", 2),
        ("ab c", 3),
        ("é", 1),
        ("a=b", 2),
        ("a/b", 2),
        ("１", 1),
    ] {
        let found = bad.chars().nth(position - 1).unwrap();
        assert_eq!(
            rule(client_id(bad), Field::ClientId),
            Rule::Character { found, position },
            "{bad}"
        );
    }
}

#[test]
fn secret_hash_allows_word_characters_plus_equals_and_slash() {
    assert!(secret_hash("ubMq12ua7Sob8EJy4crIRzaQLGUIELfDWkbXBRqlgVw=").is_ok());
    assert!(secret_hash("+KFZvL/GLR1SNk+vdkME1tWm9EkkhpQuEk/oQ4Kil9k=").is_ok());
    assert_eq!(
        rule(secret_hash("ab-c"), Field::SecretHash),
        Rule::Character {
            found: '-',
            position: 3
        }
    );
    assert_eq!(
        rule(secret_hash("ab c"), Field::SecretHash),
        Rule::Character {
            found: ' ',
            position: 3
        }
    );
}

#[test]
fn username_allows_letters_marks_symbols_numbers_and_punctuation() {
    for ok in [
        "ada",
        "teacher@example.com",
        "+14155550100",
        "4a8c2e3f-64d2-45bc-a2fc-c57cdc0fa52b",
        "José",
        "e\u{301}", // combining acute accent: a mark
        "王小明",
        "Ünïcödé_ß",
        "٣٤٥",      // Arabic-Indic digits
        "€$^`~|<>", // symbols
        "😀",       // So, outside the BMP
        "!\"#%&'()*,-./:;?@[\\]_{}¡§«»¿",
    ] {
        assert!(username(ok).is_ok(), "{ok:?} should be accepted");
    }
}

#[test]
fn username_rejects_separators_controls_format_private_use_and_noncharacters() {
    for (bad, found) in [
        ("a b", ' '),
        ("a\u{a0}b", '\u{a0}'),
        ("a\u{3000}b", '\u{3000}'),
        ("a\u{2028}b", '\u{2028}'),
        ("a\u{2029}b", '\u{2029}'),
        ("a\tb", '\t'),
        ("a\nb", '\n'),
        ("a\u{0}b", '\u{0}'),
        ("a\u{7f}b", '\u{7f}'),
        ("a\u{85}b", '\u{85}'),
        ("a\u{200b}b", '\u{200b}'),
        ("a\u{200d}b", '\u{200d}'),
        ("a\u{feff}b", '\u{feff}'),
        ("a\u{ad}b", '\u{ad}'),
        ("a\u{202e}b", '\u{202e}'),
        ("a\u{e0041}b", '\u{e0041}'),
        ("a\u{e000}b", '\u{e000}'),
        ("a\u{f8ff}b", '\u{f8ff}'),
        ("a\u{10fffd}b", '\u{10fffd}'),
        ("a\u{fdd0}b", '\u{fdd0}'),
        ("a\u{fffe}b", '\u{fffe}'),
        ("a\u{1ffff}b", '\u{1ffff}'),
    ] {
        assert_eq!(
            rule(username(bad), Field::Username),
            Rule::Character { found, position: 2 },
            "{bad:?}"
        );
    }
}

#[test]
fn an_invalid_character_is_reported_before_the_length() {
    let long_with_space = format!("{} ", "a".repeat(200));
    assert_eq!(
        rule(username(&long_with_space), Field::Username),
        Rule::Character {
            found: ' ',
            position: 201
        }
    );
}

#[test]
fn client_id_is_checked_before_username() {
    let error = ResendRequest::new("", "").validate().unwrap_err();
    assert_eq!(error.field, Field::ClientId);
}

#[test]
fn messages_name_the_field_and_the_rule() {
    assert_eq!(
        username("").unwrap_err().to_string(),
        "Username is required and must not be empty"
    );
    assert_eq!(
        client_id(&"a".repeat(130)).unwrap_err().to_string(),
        "ClientId must be at most 128 characters long, not 130"
    );
    assert_eq!(
        username("two words").unwrap_err().to_string(),
        "Username must only contain letters, marks, symbols, numbers and punctuation (no spaces or control characters); character 4 is U+0020"
    );
    assert_eq!(
        secret_hash("a-").unwrap_err().to_string(),
        "SecretHash must only contain ASCII letters, digits, '_', '+', '=' and '/'; character 2 is U+002D"
    );
    // Code points are written with at least four hex digits, and all of them.
    for (text, code) in [
        ("a\u{7f}", "U+007F"),
        ("a\u{feff}", "U+FEFF"),
        ("a\u{e0001}", "U+E0001"),
        ("a\u{10ffff}", "U+10FFFF"),
    ] {
        let message = username(text).unwrap_err().to_string();
        assert!(
            message.ends_with(&format!("character 2 is {code}")),
            "{message}"
        );
    }
}

#[test]
fn optional_objects_have_no_constraints() {
    let request = ResendRequest::new("cid", "ok")
        .with_analytics_endpoint_id("")
        .with_client_metadata([("", "any thing \n at all")]);
    assert!(request.validate().is_ok());
}
