// aws-amplify v6: resendSignUpCode.
import { Amplify } from "aws-amplify";
import { resendSignUpCode } from "aws-amplify/auth";
import { settings, wire } from "./common.js";

Amplify.configure({
  Auth: { Cognito: { userPoolId: settings.userPoolId, userPoolClientId: settings.clientId, userPoolEndpoint: settings.endpoint } },
});
wire(document.querySelector("#resend"), async () => {
  const result = await resendSignUpCode({ username: settings.username });
  return `Sent to ${result.destination}`;
});
