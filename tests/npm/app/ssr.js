// A page module as a server-rendering framework (SvelteKit, Astro, Nuxt: all
// on Vite) evaluates it on the server: it imports the element, and the HTML
// it renders carries the tag, which the browser's copy of the page brings
// to life.
import "cognito-resend-code/element";

export const render = (username) => `<cognito-resend-code username="${username}"></cognito-resend-code>`;
