// webpack 5, no plugins: the wasm is an asset found through new URL(..., import.meta.url).
export default {
  mode: "production",
  entry: "./app/main.js",
  output: { path: new URL("./dist-webpack", import.meta.url).pathname, filename: "main.js", publicPath: "auto", clean: true },
  experiments: { topLevelAwait: true },
};
