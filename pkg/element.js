// <cognito-resend-code>: the smallest class the platform needs. wasm-bindgen
// cannot extend HTMLElement, so this forwards lifecycle callbacks to Rust
// (ElementHandle); all behaviour lives there.
import { ElementHandle, elementStyles, observedAttributes } from "./cognito_resend_code.js";

const flags = new Set(["start-cooldown", "enumeration-safe", "debug"]);
let sheet;

/** Registers the element under `tagName` (once) and returns its class. */
export function defineElement(tagName = "cognito-resend-code") {
  const existing = customElements.get(tagName);
  if (existing) return existing;
  const attributes = observedAttributes();

  class CognitoResendCode extends HTMLElement {
    static observedAttributes = attributes;
    #handle;

    constructor() {
      super();
      this.attachShadow({ mode: "open" });
    }

    connectedCallback() {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(elementStyles());
      }
      this.shadowRoot.adoptedStyleSheets = [sheet];
      this.#handle = new ElementHandle(this);
      for (const name of attributes) this.#handle.set(name, this.getAttribute(name));
      this.#handle.mount(this.shadowRoot);
    }

    disconnectedCallback() {
      this.#handle?.free();
      this.#handle = undefined;
    }

    attributeChangedCallback(name, _old, value) {
      this.#handle?.set(name, value);
    }
  }

  // Each attribute is mirrored by a property: client-id <-> clientId.
  for (const name of attributes) {
    const property = name.replace(/-(\w)/g, (_, c) => c.toUpperCase());
    Object.defineProperty(CognitoResendCode.prototype, property, flags.has(name)
      ? {
          get() { return this.hasAttribute(name); },
          set(on) { this.toggleAttribute(name, Boolean(on)); },
        }
      : {
          get() { return this.getAttribute(name); },
          set(value) { value == null ? this.removeAttribute(name) : this.setAttribute(name, String(value)); },
        });
  }

  customElements.define(tagName, CognitoResendCode);
  return CognitoResendCode;
}
