//! The widget's nodes, declared once: the browser widget creates (or, after
//! server rendering, adopts) them from [`NODES`], and a server renders the
//! first frame from the same table with [`render_html`]. Pure: no browser.

use crate::widget_state::View;

/// The class of the widget's root element.
pub const ROOT_CLASS: &str = "cognito-resend-code";

/// One node inside the widget's root: its tag, its parent (`None`: the root,
/// else an index into [`NODES`]) and its fixed attributes.
pub struct NodeSpec {
    /// The element's tag.
    pub tag: &'static str,
    /// `None` for a child of the root, else the index of the parent.
    pub parent: Option<usize>,
    /// Attributes that never change; `class` first, so nodes can be told
    /// apart by it.
    pub attributes: &'static [(&'static str, &'static str)],
}

/// Index of the button in [`NODES`].
pub const BUTTON: usize = 0;
/// Index of the button's visible label.
pub const LABEL: usize = 2;
/// Index of the words assistive technology says during a countdown.
pub const SPOKEN: usize = 3;
/// Index of the polite live region (where the code went).
pub const SENT: usize = 4;
/// Index of the alert (what went wrong).
pub const FAILED: usize = 5;
/// Index of the live region that says when a wait is over.
pub const ANNOUNCE: usize = 6;
/// Index of the "Didn't get it?" line.
pub const HELP: usize = 7;
/// Index of the help line's text.
pub const HELP_TEXT: usize = 8;
/// Index of the "change your email or phone number" control.
pub const CHANGE_DESTINATION: usize = 9;

/// Every node of the widget, parents before children, in document order.
pub const NODES: [NodeSpec; 10] = [
    NodeSpec {
        tag: "button",
        parent: None,
        attributes: &[
            ("class", "crc-button"),
            ("type", "button"),
            ("part", "button"),
        ],
    },
    NodeSpec {
        tag: "span",
        parent: Some(BUTTON),
        attributes: &[("class", "crc-spinner"), ("aria-hidden", "true")],
    },
    // During a cooldown the countdown is for the eyes and the words are for
    // assistive technology; the name still starts with the visible label for
    // speech input.
    NodeSpec {
        tag: "span",
        parent: Some(BUTTON),
        attributes: &[("class", "crc-label")],
    },
    NodeSpec {
        tag: "span",
        parent: Some(BUTTON),
        attributes: &[("class", "crc-visually-hidden")],
    },
    NodeSpec {
        tag: "p",
        parent: None,
        attributes: &[
            ("class", "crc-message crc-sent"),
            ("part", "message"),
            ("role", "status"),
        ],
    },
    NodeSpec {
        tag: "p",
        parent: None,
        attributes: &[
            ("class", "crc-message crc-error"),
            ("part", "message error"),
            ("role", "alert"),
        ],
    },
    // Says once that the person may ask again; the countdown itself is
    // never announced. A polite live region without a role, so the result
    // line stays the widget's one `status`.
    NodeSpec {
        tag: "span",
        parent: None,
        attributes: &[("class", "crc-announce"), ("aria-live", "polite")],
    },
    NodeSpec {
        tag: "p",
        parent: None,
        attributes: &[("class", "crc-message crc-help"), ("part", "help")],
    },
    NodeSpec {
        tag: "span",
        parent: Some(HELP),
        attributes: &[("class", "crc-help-text")],
    },
    NodeSpec {
        tag: "button",
        parent: Some(HELP),
        attributes: &[
            ("class", "crc-change"),
            ("type", "button"),
            ("part", "change-destination"),
        ],
    },
];

/// The attributes and text of node `index` that depend on the view, in the
/// order the browser widget writes them.
fn dynamic_parts(view: &View, index: usize) -> (Vec<(&'static str, &'static str)>, &str) {
    let flag = |on: bool, name: &'static str| on.then_some((name, "true"));
    match index {
        BUTTON => (
            [
                flag(view.unavailable, "aria-disabled"),
                flag(view.sending, "aria-busy"),
            ]
            .into_iter()
            .flatten()
            .collect(),
            "",
        ),
        LABEL => (
            flag(view.accessible_name.is_some(), "aria-hidden")
                .into_iter()
                .collect(),
            &view.label,
        ),
        SPOKEN => (Vec::new(), view.accessible_name.as_deref().unwrap_or("")),
        SENT => (Vec::new(), &view.sent),
        FAILED => (Vec::new(), &view.failed),
        ANNOUNCE => (Vec::new(), &view.announce),
        HELP => (
            flag(view.help.is_none(), "hidden").into_iter().collect(),
            "",
        ),
        HELP_TEXT => (Vec::new(), view.help.as_deref().unwrap_or("")),
        CHANGE_DESTINATION => (
            flag(view.change_destination.is_none(), "hidden")
                .into_iter()
                .collect(),
            view.change_destination.as_deref().unwrap_or(""),
        ),
        _ => (Vec::new(), ""),
    }
}

/// The view as it stands before the browser takes over: the same words, but
/// the button cannot be pressed yet, and says so as it does while sending
/// (`aria-disabled`, `aria-busy`).
pub fn before_hydration(mut view: View) -> View {
    view.unavailable = true;
    view.sending = true;
    view
}

/// The root's attributes for `view`: class, `lang` and `data-state`.
pub fn root_attributes(view: &View) -> Vec<(&'static str, &'static str)> {
    let mut attributes = vec![("lang", view.lang)];
    if let Some(state) = view.state {
        attributes.push(("data-state", state));
    }
    attributes
}

/// The widget's children as HTML for `view`: what the browser widget shows
/// for the same view. Every text is escaped, so server text stays text.
pub fn render_html(view: &View) -> String {
    let mut html = String::new();
    render_children(view, None, &mut html);
    html
}

fn render_children(view: &View, parent: Option<usize>, html: &mut String) {
    for (index, node) in NODES.iter().enumerate() {
        if node.parent != parent {
            continue;
        }
        let (attributes, text) = dynamic_parts(view, index);
        html.push('<');
        html.push_str(node.tag);
        for (name, value) in node.attributes.iter().chain(attributes.iter()) {
            html.push(' ');
            html.push_str(name);
            html.push_str("=\"");
            escape_into(value, true, html);
            html.push('"');
        }
        html.push('>');
        escape_into(text, false, html);
        render_children(view, Some(index), html);
        html.push_str("</");
        html.push_str(node.tag);
        html.push('>');
    }
}

/// HTML escaping as browsers serialize: `&`, `<` and `>` in text; `&` and
/// `"` in (double-quoted) attribute values.
fn escape_into(text: &str, in_attribute: bool, html: &mut String) {
    for c in text.chars() {
        match c {
            '&' => html.push_str("&amp;"),
            '"' if in_attribute => html.push_str("&quot;"),
            '<' if !in_attribute => html.push_str("&lt;"),
            '>' if !in_attribute => html.push_str("&gt;"),
            c => html.push(c),
        }
    }
}
