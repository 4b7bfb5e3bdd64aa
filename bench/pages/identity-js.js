// amazon-cognito-identity-js: CognitoUser.resendConfirmationCode.
import { CognitoUser, CognitoUserPool } from "amazon-cognito-identity-js";
import { settings, wire } from "./common.js";

const pool = new CognitoUserPool({ UserPoolId: settings.userPoolId, ClientId: settings.clientId, endpoint: settings.endpoint });
wire(document.querySelector("#resend"), () =>
  new Promise((resolve, reject) => {
    new CognitoUser({ Username: settings.username, Pool: pool }).resendConfirmationCode((error, result) =>
      error ? reject(error) : resolve(`Sent to ${result.CodeDeliveryDetails.Destination}`),
    );
  }),
);
