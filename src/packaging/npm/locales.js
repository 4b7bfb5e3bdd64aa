// The catalogs the wasm files leave out (they speak English), one JSON file
// per language. Literal URLs, so bundlers find and emit them; a page only
// fetches the one it needs. `?no-inline` keeps Vite from inlining the files
// under 4 KiB into the bundle as base64 (every page would download every
// language); Vite drops it from the URL, and for the others it is removed
// before the fetch, so a page's preload hint names the plain file.
const catalogs = {
  de: new URL("./locales/de.json?no-inline", import.meta.url),
  es: new URL("./locales/es.json?no-inline", import.meta.url),
  fr: new URL("./locales/fr.json?no-inline", import.meta.url),
  ja: new URL("./locales/ja.json?no-inline", import.meta.url),
  "pt-BR": new URL("./locales/pt-BR.json?no-inline", import.meta.url),
  "zh-CN": new URL("./locales/zh-CN.json?no-inline", import.meta.url),
};

/** The JSON text of a language's catalog, or null. */
export function loadCatalog(tag) {
  const url = catalogs[tag];
  return url ? fetch(String(url).replace("?no-inline", "")).then((response) => (response.ok ? response.text() : null)) : null;
}
