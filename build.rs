//! Writes the widget's stylesheet without comments and spare whitespace to
//! `OUT_DIR`, for `STYLESHEET`: every server-rendered page and every Leptos
//! wasm carries it, and the comments are for people reading the source.
use std::path::Path;

fn main() {
    let source = "style/resend-code.css";
    println!("cargo::rerun-if-changed={source}");
    let css = match std::fs::read_to_string(source) {
        Ok(css) => css,
        Err(error) => panic!("{source}: {error}"),
    };
    let Some(out_dir) = std::env::var_os("OUT_DIR") else {
        panic!("cargo sets OUT_DIR for build scripts");
    };
    if let Err(error) = std::fs::write(
        Path::new(&out_dir).join("resend-code.min.css"),
        minify(&css),
    ) {
        panic!("writing the minified stylesheet: {error}");
    }
}

/// Drops comments, and whitespace where CSS does not need it: runs become
/// one space, and none is kept next to `{`, `}`, `;`, `,` or after `:`.
/// The stylesheet holds no strings or URLs, where this would be wrong.
fn minify(css: &str) -> String {
    let mut without_comments = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        without_comments.push_str(&rest[..start]);
        rest = match rest[start + 2..].find("*/") {
            Some(end) => &rest[start + 2 + end + 2..],
            None => "",
        };
        without_comments.push(' ');
    }
    without_comments.push_str(rest);

    let mut out = String::with_capacity(without_comments.len());
    let mut pending_space = false;
    for c in without_comments.chars() {
        if c.is_whitespace() {
            pending_space = true;
            continue;
        }
        let tight_after = matches!(out.chars().last(), None | Some('{' | '}' | ';' | ',' | ':'));
        if pending_space && !tight_after && !matches!(c, '{' | '}' | ';' | ',') {
            out.push(' ');
        }
        pending_space = false;
        if c == '}' && out.ends_with(';') {
            out.pop();
        }
        out.push(c);
    }
    out
}
