// webpack 5, no plugins: the wasm and the catalogs are assets found through
// new URL(..., import.meta.url), kept under their own names for the pages'
// preload hints (pkg/README).
export default {
  mode: "production",
  entry: "./app/main.js",
  output: { path: new URL("./dist-webpack", import.meta.url).pathname, filename: "main.js", publicPath: "auto", clean: true },
  experiments: { topLevelAwait: true },
  module: {
    rules: [
      { test: /_bg\.wasm$/, type: "asset/resource", generator: { filename: "[name][ext]" } },
      { test: /locales[\\/][\w-]+\.json$/, type: "asset/resource", generator: { filename: "locales/[name][ext]" } },
    ],
  },
};
