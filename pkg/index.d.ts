/** Where Cognito sent the code. `destination` is already masked by Cognito. */
export interface CodeDeliveryDetails {
  /** The masked destination, e.g. `a***@e***` or `+*******1234`. Show it as text. */
  destination: string | null;
  /** `EMAIL`, `SMS`, or another value Cognito may add. */
  deliveryMedium: "EMAIL" | "SMS" | (string & {}) | null;
  /** The attribute the code went to, e.g. `email` or `phone_number`. */
  attributeName: string | null;
}

/** Options of {@link resendConfirmationCode}. Set one of `endpoint`, `region` or `userPoolId`. */
export interface ResendOptions {
  /** The app client id (`ClientId`), 1-128 characters of `[\w+]`. */
  clientId: string;
  /** The user name or alias (email, phone, sub), 1-128 letters, marks, symbols, numbers or punctuation. */
  username: string;
  /** AWS region of the user pool, e.g. `us-east-1`. */
  region?: string;
  /** User pool id, e.g. `us-east-1_AbC123`; gives the region. */
  userPoolId?: string;
  /** A URL that replaces the AWS endpoint (an emulator, a proxy). */
  endpoint?: string;
  /** Use the FIPS endpoint (US regions only). */
  fips?: boolean;
  /** A SecretHash computed on a server, for app clients with a secret. */
  secretHash?: string;
  /** The app client secret, to compute the SecretHash. Servers only: never ship it to a browser. */
  clientSecret?: string;
  /** `ClientMetadata` for Lambda triggers; keys keep their order. */
  clientMetadata?: Record<string, string>;
  /** `AnalyticsMetadata.AnalyticsEndpointId` (Amazon Pinpoint). */
  analyticsEndpointId?: string;
  /**
   * `UserContextData` for advanced security. `ipAddress` only a server knows.
   * Unset `encodedData` is collected from `AmazonCognitoAdvancedSecurityData.getData`
   * when the page has loaded Cognito's script (needs `userPoolId`).
   */
  userContextData?: { ipAddress?: string; encodedData?: string };
  /** Abort after this many milliseconds (default 15000). */
  timeoutMs?: number;
  /** Language of `friendlyMessage`: en, de, es, fr, ja, pt-BR, zh-CN (default en). */
  locale?: string;
}

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
  | (string & {});

/** What {@link resendConfirmationCode} rejects with. */
export interface ResendError extends Error {
  name: ResendErrorName;
  /** Cognito's own message, for developers (null when Cognito sent none). */
  cognitoMessage: string | null;
  /** A sentence for the person at the screen, in the requested locale. */
  friendlyMessage: string;
}

/**
 * Calls Cognito's `ResendConfirmationCode`. Validates first: an invalid request
 * rejects (`InvalidRequest` / `InvalidEndpoint`) without sending anything.
 * Options of the wrong type reject with a `TypeError`. Never retries.
 */
export function resendConfirmationCode(options: ResendOptions): Promise<CodeDeliveryDetails>;

/** `base64(HMAC-SHA256(clientSecret, username + clientId))`. For servers. */
export function computeSecretHash(clientSecret: string, username: string, clientId: string): string;

/** Registers `<cognito-resend-code>` (or `tagName`) once; returns its class. Browser only. */
export function defineElement(tagName?: string): CustomElementConstructor;

/** The `<cognito-resend-code>` element: attributes mirrored by these properties. */
export interface CognitoResendCodeElement extends HTMLElement {
  clientId: string | null;
  username: string | null;
  region: string | null;
  userPoolId: string | null;
  endpoint: string | null;
  /** Write-only (reads give null); a `secret-hash` attribute is read and then removed from the DOM. */
  secretHash: string | null;
  /** Base cooldown in seconds (as an attribute string). */
  cooldown: string | null;
  startCooldown: boolean;
  locale: string | null;
  enumerationSafe: boolean;
  debug: boolean;
  /** `ClientMetadata`: an object of strings (the `client-metadata` attribute holds its JSON). */
  clientMetadata: Record<string, string> | null;
  /** `AnalyticsMetadata.AnalyticsEndpointId`. */
  analyticsEndpointId: string | null;
  /** `UserContextData.IpAddress`: only a server knows it; set it from server-rendered data. */
  ipAddress: string | null;
  /** `UserContextData.EncodedData`; unset, it is collected from `AmazonCognitoAdvancedSecurityData` when the page has it. */
  encodedData: string | null;
}

/** `detail` of the `code-sent` event. */
export type CodeSentDetail = CodeDeliveryDetails;

/** `detail` of the `code-error` event. */
export interface CodeErrorDetail {
  name: ResendErrorName;
  message: string;
}

declare global {
  interface HTMLElementTagNameMap {
    "cognito-resend-code": CognitoResendCodeElement;
  }
  interface HTMLElementEventMap {
    "code-sent": CustomEvent<CodeSentDetail>;
    "code-error": CustomEvent<CodeErrorDetail>;
  }
}
