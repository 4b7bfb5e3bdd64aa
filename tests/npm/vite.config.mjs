// Vite, no plugins: the app's page in English and the same page in German
// (tools/test-npm.sh writes app/de.html).
import { fileURLToPath } from "node:url";

const page = (name) => fileURLToPath(new URL(`./app/${name}.html`, import.meta.url));

export default { build: { rollupOptions: { input: [page("index"), page("de")] } } };
