// Node entry: the same API; the wasm is read from disk next to this module.
import { readFileSync } from "node:fs";
import { initSync, computeSecretHash, resendConfirmationCode, setCatalogLoader } from "./cognito_resend_code.js";

initSync({ module: readFileSync(new URL("./cognito_resend_code_bg.wasm", import.meta.url)) });
// friendlyMessage in another language than English comes from locales/.
setCatalogLoader((tag) => readFileSync(new URL(`./locales/${tag}.json`, import.meta.url), "utf8"));

export { computeSecretHash, resendConfirmationCode };
