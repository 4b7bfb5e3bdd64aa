// webpack 5, no plugins: the wasm is an asset found through new URL(..., import.meta.url),
// kept under its own name for the page's preload hint (pkg/README).
export default {
  mode: "production",
  entry: "./app/main.js",
  output: { path: new URL("./dist-webpack", import.meta.url).pathname, filename: "main.js", publicPath: "auto", clean: true },
  experiments: { topLevelAwait: true },
  // The wasm files keep their names, so the page's preload hints can name them.
  module: { rules: [{ test: /_bg\.wasm$/, type: "asset/resource", generator: { filename: "[name][ext]" } }] },
};
