/** Where Cognito sent the code. `destination` is already masked by Cognito. */
export interface CodeDeliveryDetails {
  /** The masked destination, e.g. `a***@e***` or `+*******1234`. Show it as text. */
  destination: string | null;
  /** `EMAIL`, `SMS`, or another value Cognito may add. */
  deliveryMedium: "EMAIL" | "SMS" | (string & {}) | null;
  /** The attribute the code went to, e.g. `email` or `phone_number`. */
  attributeName: string | null;
}

/**
 * Options of {@link resendConfirmationCode}. Set one of `endpoint`, `region` or `userPoolId`.
 * Any other key rejects with a `TypeError` naming it, before anything is sent.
 */
export interface ResendOptions {
  // <options: generated from the option table>
  /** The app client id (`ClientId`). Use a public client, without a secret. (default: required) */
  clientId: string;
  /** The user to resend the code to: user name or alias (email, phone). Changing it starts over for that user. (default: required) */
  username: string;
  /** The AWS region of the user pool, such as `us-east-1`. (default: from `user-pool-id`) */
  region?: string;
  /** The user pool id, such as `us-east-1_AbC123`; gives the region. (default: none) */
  userPoolId?: string;
  /** A URL that replaces the AWS endpoint: an emulator or a proxy. (default: AWS) */
  endpoint?: string;
  /** Use the FIPS endpoint (US regions only). (default: false) */
  fips?: boolean;
  /** A SecretHash computed on your server, for app clients with a secret. The element reads the attribute, then removes it; the property is write-only. (default: none) */
  secretHash?: string;
  /** The app client secret, to compute the SecretHash. Servers only (the widget's wasm builds ignore it). (default: none) */
  clientSecret?: string;
  /** `ClientMetadata` for the Lambda triggers, in order. The attribute holds its JSON. (default: none) */
  clientMetadata?: Record<string, string>;
  /** Adds the widget's language (`de`, `pt-BR`, ...) to `ClientMetadata` under this key, so a custom-message trigger can write the code's email in it. A value the metadata already has for the key is kept. (default: none) */
  languageMetadataKey?: string;
  /** `AnalyticsMetadata.AnalyticsEndpointId` (Amazon Pinpoint). (default: none) */
  analyticsEndpointId?: string;
  userContextData?: {
    /** `UserContextData.IpAddress`. Only a server knows it: set it from server-rendered data. (default: none) */
    ipAddress?: string;
    /** `UserContextData.EncodedData`. Unset, it is collected at send time from Cognito's advanced-security script if the page has it (needs the user pool id). (default: collected) */
    encodedData?: string;
  };
  /** Give up on a request after this many milliseconds. (default: 15000) */
  timeoutMs?: number;
  /** The language (`de`, `pt-BR`, ...). Unset: the page's `lang`, then the browser's, then English; for the headless API, English. (default: the page's (headless: English)) */
  locale?: string;
  // </options>
}

/** A message key of the widget's catalog, for `messages` overrides. */
// <message keys: generated>
export type MessageKey =
  | "ResendButton"
  | "SendingButton"
  | "CooldownButton"
  | "CooldownLabel"
  | "CooldownUntil"
  | "CanResendNow"
  | "SentEmail"
  | "SentSms"
  | "SentOther"
  | "SentNeutral"
  | "AlreadyConfirmed"
  | "CodeDeliveryFailure"
  | "Forbidden"
  | "InternalError"
  | "EmailRoleAccessPolicy"
  | "SmsRoleAccessPolicy"
  | "SmsRoleTrustRelationship"
  | "InvalidParameter"
  | "LimitExceeded"
  | "LimitExceededUntil"
  | "DailyEmailLimit"
  | "NotAuthorized"
  | "OperationNotEnabled"
  | "ResourceNotFound"
  | "TooManyRequests"
  | "InvalidLambdaResponse"
  | "UnexpectedLambda"
  | "UserLambdaValidation"
  | "UserNotFound"
  | "UnknownError"
  | "Offline"
  | "Network"
  | "CorsRefused"
  | "Timeout"
  | "UnexpectedResponse"
  | "InvalidUsername"
  | "Misconfigured"
  | "HelpText"
  | "ChangeDestination"
  | "Second"
  | "Seconds"
  | "Minute"
  | "Minutes"
  | "MinutesAndSeconds";
// </message keys>

/** Names a failure can carry: the 16 Cognito errors, unknown service errors, and the local cases. */
export type ResendErrorName =
  | "CodeDeliveryFailureException"
  | "ForbiddenException"
  | "InternalErrorException"
  | "InvalidEmailRoleAccessPolicyException"
  | "InvalidLambdaResponseException"
  | "InvalidParameterException"
  | "InvalidSmsRoleAccessPolicyException"
  | "InvalidSmsRoleTrustRelationshipException"
  | "LimitExceededException"
  | "NotAuthorizedException"
  | "OperationNotEnabledException"
  | "ResourceNotFoundException"
  | "TooManyRequestsException"
  | "UnexpectedLambdaException"
  | "UserLambdaValidationException"
  | "UserNotFoundException"
  | "InvalidRequest"
  | "InvalidEndpoint"
  | "InvalidSetup"
  | "OfflineError"
  | "NetworkError"
  | "CorsError"
  | "TimeoutError"
  | "AbortError"
  | "UnexpectedResponse"
  | "CooldownActive"
  | "Disabled"
  | (string & {});

/**
 * A failed send, the same everywhere: the `code-error` event's `detail`, the
 * fields of {@link resendConfirmationCode}'s rejection, and (in Rust) the
 * component's `on_error` value.
 */
export interface ResendFailure {
  /** The error's name: Cognito's, or one of ours (`NetworkError`, `InvalidRequest`, ...). */
  name: ResendErrorName;
  /** What happened, for developers: the name and Cognito's message, or our description. */
  message: string;
  /** Cognito's own message, for developers (null when Cognito sent none). */
  cognitoMessage: string | null;
  /** The sentence the widget shows the person, in its language (`locale` for the headless API). */
  friendlyMessage: string;
  /** Whether pressing again, unchanged, can succeed (after `cooldownMs`). */
  retryable: boolean;
  /** How long the widget holds the button after this failure, in milliseconds (0: not at all). */
  cooldownMs: number;
  /** Whether the site owner must fix something (pool, app client, triggers, CORS, the page's options). */
  setupProblem: boolean;
}

/** What {@link resendConfirmationCode} rejects with: an `Error` carrying the failure's fields. */
export interface ResendError extends Error, ResendFailure {
  name: ResendErrorName;
  message: string;
}

/**
 * Calls Cognito's `ResendConfirmationCode`. Validates first: an invalid request
 * rejects (`InvalidRequest` / `InvalidEndpoint`) without sending anything.
 * Options of the wrong type reject with a `TypeError`. Never retries.
 */
export function resendConfirmationCode(options: ResendOptions): Promise<CodeDeliveryDetails>;

/** `base64(HMAC-SHA256(clientSecret, username + clientId))`. For servers. */
export function computeSecretHash(clientSecret: string, username: string, clientId: string): string;

/** The `<cognito-resend-code>` element: attributes mirrored by these properties. */
export interface CognitoResendCodeElement extends HTMLElement {
  // <element: generated from the option table>
  /** The app client id (`ClientId`). Use a public client, without a secret. (default: required) */
  clientId: string | null;
  /** The user to resend the code to: user name or alias (email, phone). Changing it starts over for that user. (default: required) */
  username: string | null;
  /** The AWS region of the user pool, such as `us-east-1`. (default: from `user-pool-id`) */
  region: string | null;
  /** The user pool id, such as `us-east-1_AbC123`; gives the region. (default: none) */
  userPoolId: string | null;
  /** A URL that replaces the AWS endpoint: an emulator or a proxy. (default: AWS) */
  endpoint: string | null;
  /** Use the FIPS endpoint (US regions only). (default: false) */
  fips: boolean;
  /** A SecretHash computed on your server, for app clients with a secret. The element reads the attribute, then removes it; the property is write-only. (default: none) */
  secretHash: string | null;
  /** `ClientMetadata` for the Lambda triggers, in order. The attribute holds its JSON. (default: none) */
  clientMetadata: Record<string, string> | null;
  /** Adds the widget's language (`de`, `pt-BR`, ...) to `ClientMetadata` under this key, so a custom-message trigger can write the code's email in it. A value the metadata already has for the key is kept. (default: none) */
  languageMetadataKey: string | null;
  /** `AnalyticsMetadata.AnalyticsEndpointId` (Amazon Pinpoint). (default: none) */
  analyticsEndpointId: string | null;
  /** `UserContextData.IpAddress`. Only a server knows it: set it from server-rendered data. (default: none) */
  ipAddress: string | null;
  /** `UserContextData.EncodedData`. Unset, it is collected at send time from Cognito's advanced-security script if the page has it (needs the user pool id). (default: collected) */
  encodedData: string | null;
  /** Give up on a request after this many milliseconds. (default: 15000) */
  timeoutMs: string | null;
  /** The wait after the first send, in seconds; it doubles with each further send, up to 5 minutes. 0 turns it off. (default: 30) */
  cooldown: string | null;
  /** Start with the first wait on mount (mounted without a client id or a username: once it has both), for pages shown right after sign-up sent a code. (default: false) */
  startCooldown: boolean;
  /** Turns the button off: presses and `send()` do nothing until it is cleared. (default: false) */
  disabled: boolean;
  /** The language (`de`, `pt-BR`, ...). Unset: the page's `lang`, then the browser's, then English; for the headless API, English. (default: the page's (headless: English)) */
  locale: string | null;
  /** Your own wording for any message, by message key, over the locale's catalog. (default: none) */
  messages: Partial<Record<MessageKey, string>> | null;
  /** Show a "Didn't get it?" line under a result: check spam, codes take a minute or two, only the newest works, and a control to change the email or phone number (`change-destination` event, `on_change_destination`). (default: false) */
  help: boolean;
  /** With `help`: offer "Change your email or phone number", which fires `change-destination`. Set it when your page handles that event. (default: false) */
  changeDestination: boolean;
  /** Show an unknown user exactly like a success, so the widget never tells which accounts exist. (default: false) */
  enumerationSafe: boolean;
  /** Log each request (SecretHash redacted) and answer to the console. (default: false) */
  debug: boolean;
  // </element>
  /**
   * Sends as a press does: the cooldown, the in-flight guard and `disabled`
   * apply (one intent, one send: while a request is in flight, the promise
   * follows that one). Resolves with the `code-sent` detail; rejects with an
   * `Error` carrying the `code-error` detail's fields, or, when nothing was
   * sent, `CooldownActive` (with `cooldownMs` left) or `Disabled`. An
   * element not in the document rejects with an `InvalidStateError`
   * `DOMException` (a mistake in the page, not a failed send: no failure
   * fields).
   */
  send(): Promise<CodeDeliveryDetails>;
}

/**
 * The element's attributes, as HTML and JSX write them (flags are booleans;
 * `client-metadata` holds JSON). For React's JSX in TypeScript, see
 * `cognito-resend-code/react`.
 */
export interface CognitoResendCodeAttributes {
  // <attributes: generated from the option table>
  /** The app client id (`ClientId`). Use a public client, without a secret. (default: required) */
  "client-id"?: string;
  /** The user to resend the code to: user name or alias (email, phone). Changing it starts over for that user. (default: required) */
  "username"?: string;
  /** The AWS region of the user pool, such as `us-east-1`. (default: from `user-pool-id`) */
  "region"?: string;
  /** The user pool id, such as `us-east-1_AbC123`; gives the region. (default: none) */
  "user-pool-id"?: string;
  /** A URL that replaces the AWS endpoint: an emulator or a proxy. (default: AWS) */
  "endpoint"?: string;
  /** Use the FIPS endpoint (US regions only). (default: false) */
  "fips"?: boolean;
  /** A SecretHash computed on your server, for app clients with a secret. The element reads the attribute, then removes it; the property is write-only. (default: none) */
  "secret-hash"?: string;
  /** `ClientMetadata` for the Lambda triggers, in order. The attribute holds its JSON. (default: none) */
  "client-metadata"?: string;
  /** Adds the widget's language (`de`, `pt-BR`, ...) to `ClientMetadata` under this key, so a custom-message trigger can write the code's email in it. A value the metadata already has for the key is kept. (default: none) */
  "language-metadata-key"?: string;
  /** `AnalyticsMetadata.AnalyticsEndpointId` (Amazon Pinpoint). (default: none) */
  "analytics-endpoint-id"?: string;
  /** `UserContextData.IpAddress`. Only a server knows it: set it from server-rendered data. (default: none) */
  "ip-address"?: string;
  /** `UserContextData.EncodedData`. Unset, it is collected at send time from Cognito's advanced-security script if the page has it (needs the user pool id). (default: collected) */
  "encoded-data"?: string;
  /** Give up on a request after this many milliseconds. (default: 15000) */
  "timeout-ms"?: string;
  /** The wait after the first send, in seconds; it doubles with each further send, up to 5 minutes. 0 turns it off. (default: 30) */
  "cooldown"?: string;
  /** Start with the first wait on mount (mounted without a client id or a username: once it has both), for pages shown right after sign-up sent a code. (default: false) */
  "start-cooldown"?: boolean;
  /** Turns the button off: presses and `send()` do nothing until it is cleared. (default: false) */
  "disabled"?: boolean;
  /** The language (`de`, `pt-BR`, ...). Unset: the page's `lang`, then the browser's, then English; for the headless API, English. (default: the page's (headless: English)) */
  "locale"?: string;
  /** Show a "Didn't get it?" line under a result: check spam, codes take a minute or two, only the newest works, and a control to change the email or phone number (`change-destination` event, `on_change_destination`). (default: false) */
  "help"?: boolean;
  /** With `help`: offer "Change your email or phone number", which fires `change-destination`. Set it when your page handles that event. (default: false) */
  "change-destination"?: boolean;
  /** Show an unknown user exactly like a success, so the widget never tells which accounts exist. (default: false) */
  "enumeration-safe"?: boolean;
  /** Log each request (SecretHash redacted) and answer to the console. (default: false) */
  "debug"?: boolean;
  // </attributes>
}

/** `detail` of the `code-sent` event. */
export type CodeSentDetail = CodeDeliveryDetails;

/** `detail` of the `code-error` event. */
export type CodeErrorDetail = ResendFailure;

declare global {
  interface HTMLElementTagNameMap {
    "cognito-resend-code": CognitoResendCodeElement;
  }
  interface HTMLElementEventMap {
    "code-sent": CustomEvent<CodeSentDetail>;
    "code-error": CustomEvent<CodeErrorDetail>;
    /** The person pressed "Change your email or phone number" in the help line. */
    "change-destination": CustomEvent<null>;
  }
}
