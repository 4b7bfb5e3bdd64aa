// "cognito-resend-code/define-element": the element's class, registered under
// the name you choose (importing "cognito-resend-code/element" registers
// <cognito-resend-code> instead). On a server (Node, server rendering, edge
// runtimes) both entries load without a DOM and register nothing.

/**
 * Registers the element under `tagName` (once) and returns its class. On a
 * server it registers nothing and returns undefined.
 */
export function defineElement(tagName?: string): CustomElementConstructor;
