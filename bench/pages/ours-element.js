// Ours: the <cognito-resend-code> custom element.
import "cognito-resend-code/element";
import { settings } from "./common.js";

const element = document.createElement("cognito-resend-code");
Object.assign(element, { endpoint: settings.endpoint, clientId: settings.clientId, username: settings.username, cooldown: "0" });
document.querySelector("#root").append(element);

const find = (selector) => element.shadowRoot?.querySelector(selector);
globalThis.benchButton = () => find("button");
// Resolves when the status shows the answer to this click.
globalThis.benchClick = () =>
  new Promise((resolve) => {
    const status = find("[role=status]");
    const observer = new MutationObserver(() => {
      if (status.textContent && find("button").getAttribute("aria-busy") !== "true") {
        observer.disconnect();
        resolve(status.textContent);
      }
    });
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    find("button").click();
  });
