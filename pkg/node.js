// Node entry: the same API; the wasm is read from disk next to this module.
import { readFileSync } from "node:fs";
import { initSync, computeSecretHash, resendConfirmationCode } from "./cognito_resend_code.js";

initSync({ module: readFileSync(new URL("./cognito_resend_code_bg.wasm", import.meta.url)) });

export { computeSecretHash, resendConfirmationCode };

/** Custom elements need a DOM; in Node this only says so. */
export function defineElement() {
  throw new Error("defineElement() needs a browser: custom elements do not exist in Node");
}
