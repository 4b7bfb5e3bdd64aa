//! The widget's nodes on the page: built from the node table
//! ([`crate::widget_markup::NODES`]) or adopted from a server render, and
//! written from a [`View`], only where it differs from the last one (so a
//! live region never repeats itself). Server text goes in as text, never as
//! markup.

use wasm_bindgen::JsValue;
use web_sys::Element;

use crate::widget_markup::{NODES, ROOT_CLASS};
use crate::widget_state::View;

/// The nodes the widget writes to.
pub(super) struct Nodes {
    pub(super) root: Element,
    pub(super) button: Element,
    label: Element,
    spoken: Element,
    sent: Element,
    failed: Element,
}

impl Nodes {
    /// The widget's nodes inside `root`: the ones a server rendered there
    /// (hydration), else new ones. Created node by node rather than from
    /// markup, so the widget also works under a Trusted Types policy.
    pub(super) fn build(root: Element) -> Result<Self, JsValue> {
        if !root.has_attribute("class") {
            root.set_attribute("class", ROOT_CLASS)?;
        }
        // Only the Leptos component is ever rendered on a server.
        #[cfg(feature = "leptos")]
        let adopted = Self::adopt(&root);
        #[cfg(not(feature = "leptos"))]
        let adopted = None;
        let nodes = match adopted {
            Some(nodes) => nodes,
            None => {
                root.set_text_content(None);
                Self::create(&root)?
            }
        };
        let [button, _spinner, label, spoken, sent, failed] = nodes;
        Ok(Self {
            root,
            button,
            label,
            spoken,
            sent,
            failed,
        })
    }

    fn create(root: &Element) -> Result<[Element; 6], JsValue> {
        let document = root.owner_document().ok_or("no document")?;
        let mut created: Vec<Element> = Vec::with_capacity(NODES.len());
        for node in &NODES {
            let element = document.create_element(node.tag)?;
            for (name, value) in node.attributes {
                element.set_attribute(name, value)?;
            }
            let parent = node
                .parent
                .and_then(|index| created.get(index))
                .unwrap_or(root);
            parent.append_child(&element)?;
            created.push(element);
        }
        created.try_into().map_err(|_| "widget nodes".into())
    }

    /// The server-rendered nodes, if `root` holds exactly the widget's
    /// structure; their changing parts are reset to a new node's, so the
    /// first view writes everything.
    #[cfg(feature = "leptos")]
    fn adopt(root: &Element) -> Option<[Element; 6]> {
        let mut found: Vec<Element> = Vec::with_capacity(NODES.len());
        for node in &NODES {
            let parent = match node.parent {
                Some(index) => found.get(index)?,
                None => root,
            };
            let previous = found
                .iter()
                .zip(&NODES)
                .rev()
                .find(|(_, spec)| spec.parent == node.parent)
                .map(|(element, _)| element);
            let element = match previous {
                Some(previous) => previous.next_element_sibling(),
                None => parent.first_element_child(),
            }?;
            let class = node.attributes.first().map(|(_, class)| *class);
            if !element.tag_name().eq_ignore_ascii_case(node.tag)
                || element.get_attribute("class").as_deref() != class
            {
                return None;
            }
            found.push(element);
        }
        let [button, _, label, spoken, sent, failed] = found.as_slice() else {
            return None;
        };
        let _ = root.remove_attribute("data-state");
        for (element, name) in [
            (button, "aria-disabled"),
            (button, "aria-busy"),
            (label, "aria-hidden"),
        ] {
            let _ = element.remove_attribute(name);
        }
        for element in [spoken, sent, failed] {
            element.set_text_content(None);
        }
        found.try_into().ok()
    }

    /// Writes what differs from `old` (`None`: nothing written yet).
    pub(super) fn show(&self, old: Option<View>, view: &View) {
        let old = old.unwrap_or_else(|| View {
            lang: "",
            label: "\u{0}".into(),
            ..View::default()
        });
        let nodes = self;
        if old.lang != view.lang {
            let _ = nodes.root.set_attribute("lang", view.lang);
        }
        if old.state != view.state {
            let _ = match view.state {
                Some(state) => nodes.root.set_attribute("data-state", state),
                None => nodes.root.remove_attribute("data-state"),
            };
        }
        if old.unavailable != view.unavailable {
            set_flag(&nodes.button, "aria-disabled", view.unavailable);
        }
        if old.sending != view.sending {
            set_flag(&nodes.button, "aria-busy", view.sending);
        }
        if old.label != view.label {
            set_text(&nodes.label, &view.label);
        }
        if old.accessible_name != view.accessible_name {
            set_flag(&nodes.label, "aria-hidden", view.accessible_name.is_some());
            set_text(
                &nodes.spoken,
                view.accessible_name.as_deref().unwrap_or_default(),
            );
        }
        if old.sent != view.sent {
            set_text(&nodes.sent, &view.sent);
        }
        if old.failed != view.failed {
            set_text(&nodes.failed, &view.failed);
        }
    }
}

fn set_flag(element: &Element, name: &str, on: bool) {
    let _ = if on {
        element.set_attribute(name, "true")
    } else {
        element.remove_attribute(name)
    };
}

/// Server text goes in as text, never as markup.
fn set_text(element: &Element, text: &str) {
    element.set_text_content(Some(text));
}
