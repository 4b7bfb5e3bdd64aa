// Browser entry: loads the headless wasm (found next to this module) once,
// then exposes the headless API. Nothing here reaches the element: a page
// that only sends through this API downloads only the headless wasm, with or
// without a bundler (the element is `cognito-resend-code/element`, or
// `cognito-resend-code/define-element` for another tag name).
import init, { computeSecretHash, resendConfirmationCode, setCatalogLoader } from "./cognito_resend_code.js";
import { loadCatalog } from "./locales.js";

await init({ module_or_path: new URL("./cognito_resend_code_bg.wasm", import.meta.url) });
// friendlyMessage in another language than English comes from locales/.
setCatalogLoader(loadCatalog);

export { computeSecretHash, resendConfirmationCode };
