// "cognito-resend-code/react": types only. Lets TypeScript accept
// <cognito-resend-code> in React's JSX (React 19 types), with its attributes
// checked. Import it once, anywhere in your app:
//
//   import type {} from "cognito-resend-code/react";
//
// The element itself still comes from "cognito-resend-code/element".
import type { DetailedHTMLProps, HTMLAttributes } from "react";
import type { CognitoResendCodeAttributes, CognitoResendCodeElement } from "./index.js";

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "cognito-resend-code": DetailedHTMLProps<HTMLAttributes<CognitoResendCodeElement>, CognitoResendCodeElement> &
        CognitoResendCodeAttributes;
    }
  }
}
