//! Writes every non-English catalog as JSON into a folder (the npm build puts
//! them in `pkg/locales/`): the npm wasm files carry only English and fetch
//! these when a page speaks another language.
//!
//! `cargo run --example export_locales -- pkg/locales`

use cognito_resend_code::messages::{catalog_json, Locale};

fn main() {
    let Some(folder) = std::env::args().nth(1) else {
        eprintln!("usage: export_locales FOLDER");
        std::process::exit(2);
    };
    let written = std::fs::create_dir_all(&folder).and_then(|()| {
        for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::En) {
            let path = std::path::Path::new(&folder).join(locale.tag().to_owned() + ".json");
            std::fs::write(path, catalog_json(locale))?;
        }
        Ok(())
    });
    if let Err(error) = written {
        eprintln!("export_locales: {error}");
        std::process::exit(1);
    }
}
