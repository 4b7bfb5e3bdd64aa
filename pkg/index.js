// Browser entry: loads the wasm (found next to this module) once, then
// exposes the headless API and the element.
import init, { computeSecretHash, resendConfirmationCode } from "./cognito_resend_code.js";

await init({ module_or_path: new URL("./cognito_resend_code_bg.wasm", import.meta.url) });

export { computeSecretHash, resendConfirmationCode };
export { defineElement } from "./element.js";
