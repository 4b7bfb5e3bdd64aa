// @aws-amplify/ui-react: the Authenticator (React 19 + its CSS). It draws the
// whole sign-in/sign-up UI; ready is when its first button can be pressed.
import { Authenticator } from "@aws-amplify/ui-react";
import "@aws-amplify/ui-react/styles.css";
import { Amplify } from "aws-amplify";
import { createRoot } from "react-dom/client";
import { settings } from "./common.js";

Amplify.configure({
  Auth: { Cognito: { userPoolId: settings.userPoolId, userPoolClientId: settings.clientId, userPoolEndpoint: settings.endpoint } },
});
globalThis.benchButton = () => document.querySelector("#root button");
createRoot(document.querySelector("#root")).render(<Authenticator initialState="signUp" />);
