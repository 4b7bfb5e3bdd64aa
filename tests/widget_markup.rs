//! The widget's first frame as a server renders it (pure, no browser). That
//! the browser widget draws the same is checked in `tests/web.rs`.

use cognito_resend_code::messages::{Locale, Messages};
use cognito_resend_code::widget_markup::{before_hydration, render_html, root_attributes};
use cognito_resend_code::widget_state::{Settings, View, WidgetState};

fn first_frame(settings: &Settings, locale: Locale) -> View {
    let now = 1_700_000_000_000;
    WidgetState::load(settings, None, true, now).view(&Messages::new(locale), false, now)
}

fn settings() -> Settings {
    Settings {
        client_id: "1example23456789".into(),
        username: "ada".into(),
        region: Some("us-east-1".into()),
        ..Settings::default()
    }
}

#[test]
fn the_server_renders_the_button_with_its_label_the_live_regions_and_the_hidden_help_line() {
    let html = render_html(&first_frame(&settings(), Locale::En));
    assert_eq!(
        html,
        "<button class=\"crc-button\" type=\"button\" part=\"button\">\
         <span class=\"crc-spinner\" aria-hidden=\"true\"></span>\
         <span class=\"crc-label\">Resend code</span>\
         <span class=\"crc-visually-hidden\"></span></button>\
         <p class=\"crc-message crc-sent\" part=\"message\" role=\"status\"></p>\
         <p class=\"crc-message crc-error\" part=\"message error\" role=\"alert\"></p>\
         <span class=\"crc-announce\" aria-live=\"polite\"></span>\
         <p class=\"crc-message crc-help\" part=\"help\" hidden=\"true\">\
         <span class=\"crc-help-text\"></span>\
         <button class=\"crc-change\" type=\"button\" part=\"change-destination\" hidden=\"true\"></button></p>"
    );
}

#[test]
fn before_hydration_the_button_is_unavailable_and_busy_as_while_sending() {
    let view = before_hydration(first_frame(&settings(), Locale::En));
    let html = render_html(&view);
    assert!(html.starts_with(
        "<button class=\"crc-button\" type=\"button\" part=\"button\" aria-disabled=\"true\" aria-busy=\"true\">"
    ));
    assert!(html.contains("<span class=\"crc-label\">Resend code</span>"));
}

#[test]
fn a_countdown_on_mount_is_rendered_for_the_eyes_and_in_words() {
    let settings = Settings {
        start_cooldown: true,
        ..settings()
    };
    let view = first_frame(&settings, Locale::En);
    assert_eq!(
        root_attributes(&view),
        [("lang", "en"), ("data-state", "cooldown")]
    );
    let html = render_html(&view);
    assert!(
        html.contains("<span class=\"crc-label\" aria-hidden=\"true\">Resend code in 0:30</span>"),
        "{html}"
    );
    assert!(
        html.contains("<span class=\"crc-visually-hidden\">"),
        "{html}"
    );
}

#[test]
fn the_locale_prop_chooses_the_words_and_lang() {
    let settings = Settings {
        locale: Some("de".into()),
        ..settings()
    };
    let locale = settings.language("", "");
    let view = first_frame(&settings, locale);
    assert_eq!(root_attributes(&view), [("lang", "de")]);
    assert!(!render_html(&view).contains(">Resend code<"));
}

#[test]
fn text_is_escaped_so_it_stays_text() {
    let view = View {
        label: "<img src=x onerror=alert(1)> & \"quoted\"".into(),
        sent: "</p><script>alert(1)</script>".into(),
        ..View::default()
    };
    let html = render_html(&view);
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; \"quoted\""),
        "{html}"
    );
    assert!(
        html.contains("&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{html}"
    );
    assert!(!html.contains("<script>") && !html.contains("<img"));
}

#[test]
fn the_stylesheet_constant_is_the_source_without_comments_or_spare_space() {
    let source = include_str!("../style/resend-code.css");
    let stylesheet = cognito_resend_code::STYLESHEET;
    assert!(!stylesheet.contains("/*") && !stylesheet.contains('\n'));
    assert!(
        stylesheet.len() * 3 < source.len() * 2,
        "{} of {}",
        stylesheet.len(),
        source.len()
    );
    // The same rules: compare both without comments, whitespace and the
    // `;` before a `}`.
    let mut rules = String::new();
    let mut rest = source;
    while let Some(start) = rest.find("/*") {
        rules.push_str(&rest[..start]);
        rest = &rest[start..][rest[start..].find("*/").unwrap() + 2..];
    }
    rules.push_str(rest);
    let squeeze = |css: &str| {
        css.chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .replace(";}", "}")
    };
    assert_eq!(squeeze(stylesheet), squeeze(&rules));
    assert!(stylesheet.contains("[data-state=\"sending\"] .crc-spinner{"));
    assert!(stylesheet.contains("@media (prefers-color-scheme:dark){"));
}
