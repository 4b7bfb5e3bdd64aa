// The catalogs the wasm files leave out (they speak English), one JSON file
// per language. Literal URLs, so bundlers find and emit them; a page only
// fetches the one it needs.
const catalogs = {
  de: new URL("./locales/de.json", import.meta.url),
  es: new URL("./locales/es.json", import.meta.url),
  fr: new URL("./locales/fr.json", import.meta.url),
  ja: new URL("./locales/ja.json", import.meta.url),
  "pt-BR": new URL("./locales/pt-BR.json", import.meta.url),
  "zh-CN": new URL("./locales/zh-CN.json", import.meta.url),
};

/** The JSON text of a language's catalog, or null. */
export function loadCatalog(tag) {
  const url = catalogs[tag];
  return url ? fetch(url).then((response) => (response.ok ? response.text() : null)) : null;
}
