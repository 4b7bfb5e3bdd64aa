// <cognito-resend-code>: the smallest class the platform needs. wasm-bindgen
// cannot extend HTMLElement, so this forwards lifecycle callbacks to Rust
// (ElementHandle); all behaviour lives there. The element has its own wasm
// (the widget, no headless API), so a page that only uses one of the two
// downloads only that one.
import init, {
  ElementHandle, observedAttributes, preloadPageCatalog, setCatalogLoader,
} from "./cognito_resend_code_element.js";
import { loadCatalog } from "./locales.js";
// The minified resend-code.css, as a string (written by tools/build-npm.sh).
import styles from "./element-styles.js";

const sheet = new CSSStyleSheet();

await Promise.all([
  init({ module_or_path: new URL("./cognito_resend_code_element_bg.wasm", import.meta.url) }),
  // Queued after the loader's first step, which asks for the wasm, so this
  // runs while the wasm downloads and compiles rather than before the
  // request or after the wasm has arrived.
  queueMicrotask(() => {
    // A page's first use of localStorage waits for the browser to open it
    // (a few ms on a cold page): opened now, it is ready when the first
    // widget reads its stored cooldown.
    try { localStorage.length; } catch {}
    // The stylesheet is parsed now too, not at the first element's connect.
    sheet.replaceSync(styles);
  }),
]);
// The wasm speaks English; other languages are JSON files in locales/.
setCatalogLoader(loadCatalog);
await preloadPageCatalog();

// The wasm reads `messages` as JSON: a value that is not a string goes as 0,
// one JSON cannot hold as "", and it names the problem.
const messagesJson = (messages) => {
  try {
    return messages == null ? null : JSON.stringify(messages, function (key, value) {
      return key == "" || typeof this[key] == "string" ? value : 0;
    }) ?? "";
  } catch {
    return "";
  }
};

/** Registers the element under `tagName` (once) and returns its class. */
export function defineElement(tagName = "cognito-resend-code") {
  const existing = customElements.get(tagName);
  if (existing) return existing;
  // The option table's attributes; flags start with "?".
  const flags = new Set();
  const attributes = observedAttributes().split(",").map((name) =>
    name[0] === "?" ? (flags.add(name.slice(1)), name.slice(1)) : name);
  const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());
  const properties = [...attributes.map(camel), "messages"];
  const noStates = { clear() {}, add() {} };

  class CognitoResendCode extends HTMLElement {
    static observedAttributes = attributes;
    #handle;
    // Kept here, never in the DOM: a secret-hash attribute is read, then removed.
    #secretHash = null;
    #messages = null;
    // :state(sending | cooldown | limit | sent | error), where the engine has
    // custom states; data-state inside the shadow root everywhere.
    #states = noStates;

    constructor() {
      super();
      // Focusing the element focuses its button.
      this.attachShadow({ mode: "open", delegatesFocus: true });
      try {
        this.#states = this.attachInternals().states ?? noStates;
      } catch {}
      // Properties set before the element was defined sit on the instance and
      // hide the accessors below: replay them through the accessors.
      for (const property of properties) {
        if (Object.hasOwn(this, property)) {
          const value = this[property];
          delete this[property];
          this[property] = value;
        }
      }
    }

    connectedCallback() {
      // Moved (appendChild to another parent disconnects and connects it in
      // one go): the widget goes on as it was, its request too.
      if (this.#handle) return;
      this.shadowRoot.adoptedStyleSheets = [sheet];
      this.#handle = new ElementHandle(this);
      for (const name of attributes) {
        this.#handle.set(name, name === "secret-hash" ? this.#secretHash : this.getAttribute(name));
      }
      this.#handle.set("messages", messagesJson(this.#messages));
      this.#handle.mount(this.shadowRoot, (states) => {
        this.#states.clear();
        for (const state of states.split(" ")) {
          // Chromium 90-124 took only "--" names.
          if (state) try { this.#states.add(state); } catch { try { this.#states.add(`--${state}`); } catch {} }
        }
      });
    }

    /** Sends as a press does (cooldown, in-flight guard and `disabled` apply):
     *  resolves with the code-sent detail, rejects with the code-error one.
     *  Not in the document, it rejects as the platform does for a call the
     *  element's state does not allow (`dialog.showModal()`, say). */
    send() {
      // Removed in this task, its widget is still there until a microtask.
      return this.#handle && this.isConnected
        ? this.#handle.send()
        : Promise.reject(new DOMException("Not in the document.", "InvalidStateError"));
    }

    disconnectedCallback() {
      // Unmounted once the script that removed it is done, unless it is back
      // in the document by then (a move).
      queueMicrotask(() => {
        if (this.isConnected) return;
        this.#handle?.free();
        this.#handle = undefined;
        this.#states.clear();
      });
    }

    attributeChangedCallback(name, _old, value) {
      if (name === "secret-hash") {
        if (value !== null) {
          this.removeAttribute(name);
          this.secretHash = value;
        }
        return;
      }
      this.#handle?.set(name, value);
    }

    /** Write-only: reads give null, so page scripts and the DOM never show it. */
    get secretHash() {
      return null;
    }

    set secretHash(value) {
      this.#secretHash = value == null || value === "" ? null : String(value);
      this.#handle?.set("secret-hash", this.#secretHash);
    }

    get messages() {
      return this.#messages;
    }

    set messages(value) {
      this.#messages = value ?? null;
      this.#handle?.set("messages", messagesJson(this.#messages));
    }
  }

  // Each attribute is mirrored by a property: client-id <-> clientId.
  // clientMetadata takes and gives an object; the attribute holds its JSON.
  Object.defineProperty(CognitoResendCode.prototype, "clientMetadata", {
    get() {
      const json = this.getAttribute("client-metadata");
      try { return json == null ? null : JSON.parse(json); } catch { return null; }
    },
    set(value) {
      if (value == null) this.removeAttribute("client-metadata");
      else this.setAttribute("client-metadata", typeof value === "string" ? value : JSON.stringify(value));
    },
  });
  for (const name of attributes) {
    if (name === "client-metadata" || name === "secret-hash") continue;
    Object.defineProperty(CognitoResendCode.prototype, camel(name), flags.has(name)
      ? {
          // On when present, unless written "false", as the widget reads it.
          get() { const value = this.getAttribute(name); return value !== null && value !== "false"; },
          // Written only when it changes what the widget reads.
          set(on) { on ? this.getAttribute(name) !== "" && this.setAttribute(name, "") : this.removeAttribute(name); },
        }
      : {
          get() { return this.getAttribute(name); },
          set(value) { value == null ? this.removeAttribute(name) : this.setAttribute(name, String(value)); },
        });
  }

  customElements.define(tagName, CognitoResendCode);
  return CognitoResendCode;
}
