// The element's entries on a server ("node" export condition): server
// rendering in Next.js, Nuxt, SvelteKit, Astro and the like evaluates a
// page's imports in Node, where there is no DOM to register an element in
// and no wasm to fetch. Importing "cognito-resend-code/element" there does
// nothing; the <cognito-resend-code> tag in the rendered HTML comes alive
// when the browser loads the page's client code, which imports the real
// entry.

/** On a server: registers nothing and returns undefined. */
export function defineElement() {}
