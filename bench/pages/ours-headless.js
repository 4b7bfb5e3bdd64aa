// Ours: the headless API behind a hand-drawn button.
import { resendConfirmationCode } from "cognito-resend-code";
import { settings, wire } from "./common.js";

wire(document.querySelector("#resend"), async () => {
  const details = await resendConfirmationCode({ endpoint: settings.endpoint, clientId: settings.clientId, username: settings.username });
  return `Sent to ${details.destination}`;
});
