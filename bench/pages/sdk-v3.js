// AWS SDK for JavaScript v3: ResendConfirmationCodeCommand (no retries).
import { CognitoIdentityProviderClient, ResendConfirmationCodeCommand } from "@aws-sdk/client-cognito-identity-provider";
import { settings, wire } from "./common.js";

const client = new CognitoIdentityProviderClient({ region: "us-east-1", endpoint: settings.endpoint, maxAttempts: 1 });
wire(document.querySelector("#resend"), async () => {
  const result = await client.send(new ResendConfirmationCodeCommand({ ClientId: settings.clientId, Username: settings.username }));
  return `Sent to ${result.CodeDeliveryDetails.Destination}`;
});
