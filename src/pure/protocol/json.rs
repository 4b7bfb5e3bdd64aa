//! A small JSON reader: all the response parsing needs, a fraction of the
//! bytes a general-purpose JSON library adds to the wasm. Strict RFC 8259
//! syntax, a nesting limit, no panics; numbers are checked, not kept.

/// A parsed JSON value.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Json {
    Null,
    Bool(bool),
    Number,
    String(String),
    Array(Vec<Json>),
    /// Members in document order; a repeated key's last value wins on lookup,
    /// as in `JSON.parse`.
    Object(Vec<(String, Json)>),
}

impl Json {
    /// Parses a whole document; `None` when it is not valid JSON.
    #[cfg(test)]
    pub(crate) fn parse(bytes: &[u8]) -> Option<Json> {
        Self::parse_str(&utf8(bytes)?)
    }

    /// [`Json::parse`] of text that is already a `str`.
    pub(crate) fn parse_str(text: &str) -> Option<Json> {
        let mut reader = Reader {
            text,
            bytes: text.as_bytes(),
            at: 0,
        };
        let value = reader.value(0)?;
        reader.skip_space();
        (reader.at == reader.bytes.len()).then_some(value)
    }

    /// The member `key` of an object.
    pub(crate) fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The text of a string value.
    pub(crate) fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(text) => Some(text),
            _ => None,
        }
    }
}

/// `bytes` as text when they are valid UTF-8, as `core::str::from_utf8`
/// decides (no overlong forms, no surrogates, nothing past U+10FFFF), in a
/// loop a fraction of its size in the wasm.
pub(crate) fn utf8(bytes: &[u8]) -> Option<String> {
    let mut text = String::with_capacity(bytes.len());
    let mut rest = bytes.iter();
    while let Some(&lead) = rest.next() {
        // How many continuation bytes follow, the smallest code point that
        // needs them, and the lead's bits.
        let (more, least, mut code) = match lead {
            0x00..=0x7f => (0, 0, u32::from(lead)),
            0xc0..=0xdf => (1, 0x80, u32::from(lead & 0x1f)),
            0xe0..=0xef => (2, 0x800, u32::from(lead & 0x0f)),
            0xf0..=0xf7 => (3, 0x1_0000, u32::from(lead & 0x07)),
            _ => return None,
        };
        for _ in 0..more {
            let byte = *rest.next()?;
            if byte & 0xc0 != 0x80 {
                return None;
            }
            code = code << 6 | u32::from(byte & 0x3f);
        }
        if code < least {
            return None;
        }
        text.push(char::from_u32(code)?);
    }
    Some(text)
}

/// Deeper nesting than this is refused rather than risking the stack.
const MAX_DEPTH: usize = 128;

struct Reader<'a> {
    /// The input; `bytes` is the same, as bytes.
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let byte = self.peek()?;
        self.at += 1;
        Some(byte)
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn literal(&mut self, word: &[u8], value: Json) -> Option<Json> {
        let end = self.at.checked_add(word.len())?;
        (self.bytes.get(self.at..end)? == word).then(|| {
            self.at = end;
            value
        })
    }

    fn value(&mut self, depth: usize) -> Option<Json> {
        if depth >= MAX_DEPTH {
            return None;
        }
        self.skip_space();
        match self.peek()? {
            b'n' => self.literal(b"null", Json::Null),
            b't' => self.literal(b"true", Json::Bool(true)),
            b'f' => self.literal(b"false", Json::Bool(false)),
            b'"' => self.string().map(Json::String),
            b'[' => self.array(depth),
            b'{' => self.object(depth),
            b'-' | b'0'..=b'9' => self.number(),
            _ => None,
        }
    }

    fn array(&mut self, depth: usize) -> Option<Json> {
        self.at += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Some(Json::Array(items));
        }
        loop {
            items.push(self.value(depth + 1)?);
            self.skip_space();
            match self.next()? {
                b',' => continue,
                b']' => return Some(Json::Array(items)),
                _ => return None,
            }
        }
    }

    fn object(&mut self, depth: usize) -> Option<Json> {
        self.at += 1;
        let mut members = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Some(Json::Object(members));
        }
        loop {
            self.skip_space();
            if self.peek()? != b'"' {
                return None;
            }
            let key = self.string()?;
            self.skip_space();
            if self.next()? != b':' {
                return None;
            }
            members.push((key, self.value(depth + 1)?));
            self.skip_space();
            match self.next()? {
                b',' => continue,
                b'}' => return Some(Json::Object(members)),
                _ => return None,
            }
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
    fn number(&mut self) -> Option<Json> {
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.next()? {
            b'0' => {}
            b'1'..=b'9' => self.digits(),
            _ => return None,
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            self.some_digits()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            self.some_digits()?;
        }
        Some(Json::Number)
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
    }

    fn some_digits(&mut self) -> Option<()> {
        let start = self.at;
        self.digits();
        (self.at > start).then_some(())
    }

    fn string(&mut self) -> Option<String> {
        self.at += 1; // the opening quote
        let mut out = String::new();
        loop {
            // Copy the plain run up to the next quote, backslash or control.
            let start = self.at;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.at += 1;
            }
            // The run stops at ASCII bytes, so this slice is on character
            // boundaries.
            out.push_str(self.text.get(start..self.at)?);
            match self.next()? {
                b'"' => return Some(out),
                b'\\' => {
                    let c = match self.next()? {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode_escape()?,
                        _ => return None,
                    };
                    out.push(c);
                }
                _ => return None, // a raw control character
            }
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let mut value = 0;
        for _ in 0..4 {
            let digit = char::from(self.next()?).to_digit(16)?;
            value = value * 16 + digit;
        }
        Some(value)
    }

    /// `\uXXXX`, joining surrogate pairs; a lone surrogate becomes U+FFFD, as
    /// a browser would show it.
    fn unicode_escape(&mut self) -> Option<char> {
        let first = self.hex4()?;
        if (0xd800..0xdc00).contains(&first) && self.bytes.get(self.at..self.at + 2) == Some(b"\\u")
        {
            let save = self.at;
            self.at += 2;
            let second = self.hex4()?;
            if (0xdc00..0xe000).contains(&second) {
                return char::from_u32(0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00));
            }
            self.at = save;
        }
        Some(char::from_u32(first).unwrap_or('\u{fffd}'))
    }
}

#[cfg(test)]
mod tests {
    use super::Json;

    fn parse(text: &str) -> Option<Json> {
        let parsed = Json::parse_str(text);
        assert_eq!(Json::parse(text.as_bytes()), parsed);
        parsed
    }

    /// The hand-written UTF-8 check agrees with the standard library's:
    /// every sequence of one to three bytes, and four-byte ones around the
    /// edges of the valid ranges.
    #[test]
    fn utf8_is_checked_as_std_checks_it() {
        fn agrees(bytes: &[u8]) {
            let ours = super::utf8(bytes);
            let std = core::str::from_utf8(bytes).ok();
            assert_eq!(ours.as_deref(), std, "{bytes:x?}");
        }
        for a in 0..=255u8 {
            agrees(&[a]);
            for b in 0..=255u8 {
                agrees(&[a, b]);
                if a >= 0xc0 {
                    for c in 0..=255u8 {
                        agrees(&[a, b, c]);
                    }
                }
            }
        }
        let edges = [
            0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xff,
        ];
        for a in 0xf0..=0xff {
            for b in 0..=255u8 {
                for c in edges {
                    for d in edges {
                        agrees(&[a, b, c, d]);
                        agrees(&[b'x', a, b, c, d, b'y']);
                    }
                }
            }
        }
        agrees("a é 中 😀 \u{10ffff}".as_bytes());
    }

    #[test]
    fn reads_the_shapes_cognito_sends() {
        let value = parse(r#" {"CodeDeliveryDetails": {"Destination": "a***@e***", "n": -1.5e+3, "ok": true, "x": null, "l": [1, "2", []]}} "#).unwrap();
        let details = value.get("CodeDeliveryDetails").unwrap();
        assert_eq!(
            details.get("Destination").and_then(Json::as_str),
            Some("a***@e***")
        );
        assert_eq!(details.get("n"), Some(&Json::Number));
        assert_eq!(details.get("ok"), Some(&Json::Bool(true)));
        assert_eq!(details.get("x"), Some(&Json::Null));
        assert_eq!(details.get("missing"), None);
    }

    #[test]
    fn escapes_and_unicode() {
        let value = parse(r#""a\"b\\c\/d\b\f\n\r\t\u00e9\u4e2d\ud83d\ude00 é😀""#).unwrap();
        assert_eq!(value.as_str(), Some("a\"b\\c/d\u{8}\u{c}\n\r\té中😀 é😀"));
        assert_eq!(parse(r#""\ud800""#).unwrap().as_str(), Some("\u{fffd}"));
        assert_eq!(
            parse(r#""\ud800\u0041""#).unwrap().as_str(),
            Some("\u{fffd}A")
        );
        assert_eq!(parse(r#""\udc00""#).unwrap().as_str(), Some("\u{fffd}"));
    }

    #[test]
    fn the_last_of_a_repeated_key_wins() {
        let value = parse(r#"{"a":"1","a":"2"}"#).unwrap();
        assert_eq!(value.get("a").and_then(Json::as_str), Some("2"));
    }

    #[test]
    fn refuses_what_is_not_json() {
        for bad in [
            "",
            " ",
            "{",
            "}",
            "[",
            "[1,]",
            "{\"a\":1,}",
            "{a:1}",
            "{\"a\" 1}",
            "'a'",
            "nul",
            "tru",
            "01",
            "1.",
            ".5",
            "-",
            "1e",
            "+1",
            "\"\\x\"",
            "\"\\u12\"",
            "\"a",
            "\"\u{1}\"",
            "{} {}",
            "[1 2]",
            "NaN",
            "<html>",
            "\u{feff}{}",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
        assert_eq!(Json::parse(b"\"\xff\""), None);
    }

    #[test]
    fn nesting_is_limited() {
        let ok = format!("{}{}", "[".repeat(128), "]".repeat(128));
        assert!(parse(&ok).is_some());
        let deep = format!("{}{}", "[".repeat(129), "]".repeat(129));
        assert_eq!(parse(&deep), None);
        assert_eq!(parse(&"[".repeat(1_000_000)), None);
    }
}
