// The demo's other two packagings, from the npm build that Trunk copies into
// the page: the <cognito-resend-code> element and the headless API behind a
// hand-drawn button. Same settings as the Leptos card (the query string).
import { resendConfirmationCode } from "./pkg/index.js";
import "./pkg/define.js";

const params = new URLSearchParams(location.search);
const endpoint = params.get("endpoint") || undefined;
const region = params.get("region") || undefined;
const userPoolId = params.get("user_pool_id") || undefined;
const clientId = params.get("client_id");
const username = params.get("username") ?? "";
const section = document.querySelector("#packagings");

if (clientId) {
  const element = document.createElement("cognito-resend-code");
  Object.assign(element, { endpoint, region, userPoolId, clientId, username });
  for (const flag of ["enumeration_safe", "debug", "start_cooldown"]) {
    if (params.get(flag) === "1") element.setAttribute(flag.replace("_", "-"), "");
  }
  if (params.get("locale")) element.locale = params.get("locale");
  if (params.get("cooldown")) element.cooldown = params.get("cooldown");
  section.querySelector("#element-slot").append(element);

  const button = section.querySelector("#headless");
  const result = section.querySelector("#headless-result");
  button.addEventListener("click", async () => {
    button.disabled = true;
    result.textContent = "";
    try {
      const details = await resendConfirmationCode({ endpoint, region, userPoolId, clientId, username });
      result.textContent = `Sent by ${details.deliveryMedium} to ${details.destination}.`;
    } catch (error) {
      result.textContent = `${error.friendlyMessage} (${error.name})`;
    } finally {
      button.disabled = false;
    }
  });
  section.hidden = false;
}
