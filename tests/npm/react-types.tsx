// Type-checks <cognito-resend-code> in React's JSX with `tsc --strict`, as a
// React app in TypeScript writes it after `import type {} from "cognito-resend-code/react"`.
import type {} from "cognito-resend-code/react";
import type { CognitoResendCodeElement } from "cognito-resend-code";
import "cognito-resend-code/element";

export function SignUpConfirm({ username }: { username: string }) {
  const onRef = (element: CognitoResendCodeElement | null) => {
    element?.focus();
  };
  return (
    <cognito-resend-code
      ref={onRef}
      client-id="1example23456789"
      username={username}
      user-pool-id="us-east-1_AbC123"
      client-metadata='{"plan":"pro"}'
      timeout-ms="5000"
      help
      change-destination={true}
      className="resend"
    />
  );
}

export function WrongTypes() {
  return (
    <>
      {/* @ts-expect-error: a flag is a boolean, not text */}
      <cognito-resend-code client-id="c" username="u" help="yes" />
      {/* @ts-expect-error: text attributes take strings */}
      <cognito-resend-code client-id="c" username={42} />
      {/* @ts-expect-error: an attribute the element does not have (TypeScript leaves hyphenated names unchecked) */}
      <cognito-resend-code client-id="c" username="u" secret="s" />
    </>
  );
}
