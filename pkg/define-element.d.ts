// "cognito-resend-code/define-element": the element's class, registered under
// the name you choose (importing "cognito-resend-code/element" registers
// <cognito-resend-code> instead). Browser only.

/** Registers the element under `tagName` (once) and returns its class. */
export function defineElement(tagName?: string): CustomElementConstructor;
