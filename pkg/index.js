// Browser entry: loads the headless wasm (found next to this module) once,
// then exposes the headless API. The element (and its wasm) is only loaded
// by pages that use it: bundlers drop element.js when defineElement is not
// imported.
import init, { computeSecretHash, resendConfirmationCode, setCatalogLoader } from "./cognito_resend_code.js";
import { loadCatalog } from "./locales.js";

await init({ module_or_path: new URL("./cognito_resend_code_bg.wasm", import.meta.url) });
// friendlyMessage in another language than English comes from locales/.
setCatalogLoader(loadCatalog);

export { computeSecretHash, resendConfirmationCode };
export { defineElement } from "./element.js";
