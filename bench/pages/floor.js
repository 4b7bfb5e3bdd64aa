// The floor: a hand-written fetch() to ResendConfirmationCode.
import { settings, wire } from "./common.js";

const button = document.querySelector("#resend");
wire(button, async () => {
  const response = await fetch(settings.endpoint, {
    method: "POST",
    headers: {
      "Content-Type": "application/x-amz-json-1.1",
      "X-Amz-Target": "AWSCognitoIdentityProviderService.ResendConfirmationCode",
    },
    body: JSON.stringify({ ClientId: settings.clientId, Username: settings.username }),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(body.__type);
  return `Sent to ${body.CodeDeliveryDetails.Destination}`;
});
