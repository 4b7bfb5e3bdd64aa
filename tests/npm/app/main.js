// One page, both ways of using the package: the element and the headless API
// with a hand-drawn button. Settings come from the query string.
import { resendConfirmationCode } from "cognito-resend-code";
import "cognito-resend-code/element";

const params = new URLSearchParams(location.search);
const endpoint = params.get("endpoint");
const clientId = params.get("client-id");

const events = [];
globalThis.events = events;
for (const type of ["code-sent", "code-error"]) {
  document.addEventListener(type, (event) => events.push({ type, detail: event.detail }));
}

const element = document.createElement("cognito-resend-code");
element.endpoint = endpoint;
element.clientId = clientId;
element.username = params.get("username");
document.querySelector("#element").append(element);

const button = document.querySelector("#headless");
const output = document.querySelector("#headless-result");
button.addEventListener("click", async () => {
  button.disabled = true;
  try {
    const details = await resendConfirmationCode({ endpoint, clientId, username: params.get("headless-username") });
    output.textContent = `sent ${details.deliveryMedium} ${details.destination}`;
  } catch (error) {
    output.textContent = `${error.name}: ${error.friendlyMessage}`;
  } finally {
    button.disabled = false;
  }
});
