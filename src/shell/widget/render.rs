//! The widget's nodes on the page: built from the node table
//! ([`crate::widget_markup::NODES`]) or adopted from a server render, and
//! written from a [`View`], only where it differs from the last one (so a
//! live region never repeats itself). Server text goes in as text, never as
//! markup.

use wasm_bindgen::JsValue;
use web_sys::Element;

use crate::messages::MessageKey;
use crate::shell::infallible::{append, create, focus, has_focus, remove_attribute, set_attribute};
use crate::widget_markup::{NODES, ROOT_CLASS};
use crate::widget_state::View;

/// The nodes the widget writes to.
pub(super) struct Nodes {
    pub(super) root: Element,
    pub(super) button: Element,
    pub(super) change_destination: Element,
    label: Element,
    spoken: Element,
    sent: Element,
    failed: Element,
    announce: Element,
    help: Element,
    help_text: Element,
    /// Inside a shadow root (the custom element): each text sits in a
    /// `<slot>` named after its message key, so the host's content for that
    /// slot replaces it.
    slots: bool,
}

impl Nodes {
    /// The widget's nodes inside `root`: the ones a server rendered there
    /// (hydration), else new ones. Created node by node rather than from
    /// markup, so the widget also works under a Trusted Types policy.
    pub(super) fn build(root: Element, slots: bool) -> Result<Self, JsValue> {
        if !root.has_attribute("class") {
            set_attribute(&root, "class", ROOT_CLASS);
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
        let [button, _spinner, label, spoken, sent, failed, announce, help, help_text, change_destination] =
            nodes;
        if slots {
            // Content the host adds to the help line.
            let slot = create(&root.owner_document().ok_or("no document")?, "slot");
            set_attribute(&slot, "name", "help");
            append(&help, &slot);
        }
        Ok(Self {
            root,
            button,
            change_destination,
            label,
            spoken,
            sent,
            failed,
            announce,
            help,
            help_text,
            slots,
        })
    }

    fn create(root: &Element) -> Result<[Element; NODES.len()], JsValue> {
        let document = root.owner_document().ok_or("no document")?;
        let mut created: Vec<Element> = Vec::with_capacity(NODES.len());
        for node in &NODES {
            let element = create(&document, node.tag);
            for (name, value) in node.attributes {
                set_attribute(&element, name, value);
            }
            let parent = node
                .parent
                .and_then(|index| created.get(index))
                .unwrap_or(root);
            append(parent, &element);
            created.push(element);
        }
        created.try_into().map_err(|_| "widget nodes".into())
    }

    /// The server-rendered nodes, if `root` holds exactly the widget's
    /// structure; their changing parts are reset to a new node's, so the
    /// first view writes everything.
    #[cfg(feature = "leptos")]
    fn adopt(root: &Element) -> Option<[Element; NODES.len()]> {
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
        use crate::widget_markup::{ANNOUNCE, BUTTON, FAILED, LABEL, SENT, SPOKEN};
        remove_attribute(root, "data-state");
        for (index, name) in [
            (BUTTON, "aria-disabled"),
            (BUTTON, "aria-busy"),
            (LABEL, "aria-hidden"),
        ] {
            remove_attribute(found.get(index)?, name);
        }
        for index in [SPOKEN, SENT, FAILED, ANNOUNCE] {
            found.get(index)?.set_text_content(None);
        }
        found.try_into().ok()
    }

    /// Writes what differs from `old` (`None`: nothing written yet). Returns
    /// whether the focus must move to the button (the control that had it is
    /// hidden): moving it fires focus events at once, so the caller does it
    /// last, when the widget is in step with what it shows.
    #[must_use]
    pub(super) fn show(&self, old: Option<View>, view: &View) -> bool {
        let old = old.unwrap_or_else(|| View {
            lang: "",
            label: "\u{0}".into(),
            help: Some("\u{0}".into()),
            change_destination: Some("\u{0}".into()),
            ..View::default()
        });
        if old.lang != view.lang {
            set_attribute(&self.root, "lang", view.lang);
        }
        if old.state != view.state {
            match view.state {
                Some(state) => set_attribute(&self.root, "data-state", state),
                None => remove_attribute(&self.root, "data-state"),
            }
        }
        if old.unavailable != view.unavailable {
            set_flag(&self.button, "aria-disabled", view.unavailable);
        }
        if old.sending != view.sending {
            set_flag(&self.button, "aria-busy", view.sending);
        }
        if (&old.label, old.label_key) != (&view.label, view.label_key) {
            self.write(&self.label, view.label_key, &view.label);
        }
        if old.accessible_name != view.accessible_name {
            set_flag(&self.label, "aria-hidden", view.accessible_name.is_some());
            let spoken = view.accessible_name.as_deref().unwrap_or_default();
            self.write(&self.spoken, Some(MessageKey::CooldownLabel), spoken);
        }
        if (&old.sent, old.sent_key) != (&view.sent, view.sent_key) {
            self.write(&self.sent, view.sent_key, &view.sent);
        }
        if (&old.failed, old.failed_key) != (&view.failed, view.failed_key) {
            self.write(&self.failed, view.failed_key, &view.failed);
        }
        if old.announce != view.announce {
            self.write(
                &self.announce,
                Some(MessageKey::CanResendNow),
                &view.announce,
            );
        }
        // Hiding the control that has focus (alone, or with the help line,
        // which the view never shows it without) would drop it to the page.
        let change_differs = old.change_destination != view.change_destination;
        let refocus = change_differs
            && view.change_destination.is_none()
            && has_focus(&self.change_destination);
        if old.help != view.help {
            set_flag(&self.help, "hidden", view.help.is_none());
            let help = view.help.as_deref().unwrap_or_default();
            self.write(&self.help_text, Some(MessageKey::HelpText), help);
        }
        if change_differs {
            let change = view.change_destination.as_deref();
            set_flag(&self.change_destination, "hidden", change.is_none());
            let text = change.unwrap_or_default();
            self.write(
                &self.change_destination,
                Some(MessageKey::ChangeDestination),
                text,
            );
        }
        refocus
    }

    /// Moves the focus to the button: the widget's own `<button>` (created,
    /// or adopted only when its tag matches), so it has `focus()`.
    pub(super) fn focus_button(&self) {
        focus(&self.button);
    }

    /// Writes `text` into `element`, as text, never as markup; in a shadow
    /// root inside a `<slot>` named after `key`.
    fn write(&self, element: &Element, key: Option<MessageKey>, text: &str) {
        element.set_text_content(None);
        if text.is_empty() {
            return;
        }
        let slot = match key.filter(|_| self.slots) {
            Some(key) => element.owner_document().map(|document| {
                let slot = create(&document, "slot");
                set_attribute(&slot, "name", key.name());
                slot
            }),
            None => None,
        };
        match slot {
            Some(slot) => {
                slot.set_text_content(Some(text));
                append(element, &slot);
            }
            None => element.set_text_content(Some(text)),
        }
    }
}

fn set_flag(element: &Element, name: &str, on: bool) {
    if on {
        set_attribute(element, name, "true");
    } else {
        remove_attribute(element, name);
    }
}
