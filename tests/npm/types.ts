// Type-checks a use of every export with `tsc --noEmit --strict`.
import {
  computeSecretHash,
  resendConfirmationCode,
  type CodeDeliveryDetails,
  type CodeErrorDetail,
  type CodeSentDetail,
  type CognitoResendCodeElement,
  type MessageKey,
  type ResendFailure,
  type ResendError,
  type ResendErrorName,
  type ResendOptions,
} from "cognito-resend-code";
import { defineElement } from "cognito-resend-code/define-element";
import "cognito-resend-code/element";

const hash: string = computeSecretHash("secret", "user", "client");

const options: ResendOptions = {
  clientId: "client",
  username: "user",
  userPoolId: "us-east-1_AbC123",
  secretHash: hash,
  clientMetadata: { lang: "de" },
  analyticsEndpointId: "ep",
  userContextData: { encodedData: "data" },
  timeoutMs: 5000,
  locale: "de",
  fips: false,
};

async function send(): Promise<string> {
  try {
    const details: CodeDeliveryDetails = await resendConfirmationCode(options);
    return `${details.deliveryMedium ?? ""} ${details.destination ?? ""} ${details.attributeName ?? ""}`;
  } catch (error) {
    const failure = error as ResendError;
    const name: ResendErrorName = failure.name;
    const retry: boolean = failure.retryable && !failure.setupProblem;
    return `${name} ${failure.cognitoMessage ?? ""} ${failure.friendlyMessage} ${retry} ${failure.cooldownMs}`;
  }
}

const ElementClass: CustomElementConstructor = defineElement("my-resend-code");
const element: CognitoResendCodeElement = document.createElement("cognito-resend-code");
element.clientId = "client";
element.username = "user";
element.region = "us-east-1";
element.userPoolId = null;
element.endpoint = null;
element.secretHash = null;
element.cooldown = "30";
element.startCooldown = true;
element.locale = "fr";
element.enumerationSafe = true;
element.debug = false;
element.clientMetadata = { lang: "fr" };
element.analyticsEndpointId = "ep";
element.ipAddress = null;
element.encodedData = "data";
element.fips = true;
element.timeoutMs = "5000";
element.help = true;
element.changeDestination = true;
element.disabled = false;
element.languageMetadataKey = "locale";
const key: MessageKey = "ResendButton";
element.messages = { [key]: "Send again", LimitExceeded: "Wait {wait}." };
element.addEventListener("code-sent", (event) => {
  const detail: CodeSentDetail = event.detail;
  console.log(detail.destination);
});
element.addEventListener("code-error", (event) => {
  const detail: CodeErrorDetail = event.detail;
  const same: ResendFailure = detail;
  console.log(detail.name, detail.message, same.friendlyMessage, same.retryable, same.cooldownMs, same.setupProblem);
});

element.addEventListener("change-destination", (event) => {
  const nothing: null = event.detail;
  console.log(nothing);
});

async function sendFromTheElement(): Promise<string> {
  try {
    const details: CodeDeliveryDetails = await element.send();
    return details.destination ?? "";
  } catch (error) {
    const failure = error as ResendError;
    const held: boolean = failure.name === "CooldownActive" || failure.name === "Disabled";
    return `${held} ${failure.cooldownMs}`;
  }
}

export { send, sendFromTheElement, ElementClass };
