// Cloudflare Workers entry ("workerd" export condition): the same API as the
// browser's. A worker has no files to fetch next to this module, so the wasm
// is imported as a module (wrangler compiles `.wasm` imports) and the
// catalogs are bundled with the worker (JSON).
import { initSync, computeSecretHash, resendConfirmationCode, setCatalogLoader } from "./cognito_resend_code.js";
import wasm from "./cognito_resend_code_bg.wasm";

initSync({ module: wasm });
// friendlyMessage in another language than English.
setCatalogLoader((tag) => import(`./locales/${tag}.json`).then((catalog) => JSON.stringify(catalog.default), () => null));

export { computeSecretHash, resendConfirmationCode };
