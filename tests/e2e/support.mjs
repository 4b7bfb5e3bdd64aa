// Shared pieces of the end-to-end tests: Chromium, a static server for the
// Trunk build, and the fake Cognito's request log.
import { createServer } from "node:http";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { extname, join, normalize } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const require = createRequire(join(root, "tools/package.json"));
const { chromium } = require("playwright-core");

/** Settings that tools/test.sh exports. */
export const env = {
  ministack: process.env.MINISTACK_URL,
  clientId: process.env.SEED_CLIENT_ID,
  userPoolId: process.env.SEED_USER_POOL_ID,
  username: process.env.SEED_USERNAME,
  fake: process.env.FAKE_COGNITO_URL,
  dist: process.env.DIST_DIR ?? join(root, "dist"),
};
/** Fails early, with a clear message, when the test environment is missing. */
export function requireEnv() {
  for (const [name, value] of Object.entries(env)) {
    if (!value) throw new Error(`${name} is not set: run the tests through tools/test.sh`);
  }
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".wasm": "application/wasm",
  ".json": "application/json",
};

/** Serves `dir` on 127.0.0.1 at a free port, with `headers` on every
 * answer; resolves to { url, close }. With `precompressed`, a file's `.br`
 * twin goes out instead (`Content-Encoding: br`) to a browser that accepts
 * it, as a CDN serves. `types` overrides content types by extension. */
export async function serveStatic(dir, headers = {}, { precompressed = false, types = {} } = {}) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
    const file = join(dir, path.endsWith("/") ? join(path, "index.html") : path);
    const type = types[extname(file)] ?? TYPES[extname(file)] ?? "application/octet-stream";
    const brotli = precompressed && /\bbr\b/.test(req.headers["accept-encoding"] ?? "");
    try {
      const body = await readFile(brotli ? `${file}.br` : file);
      const encoding = brotli ? { "Content-Encoding": "br", Vary: "Accept-Encoding" } : {};
      res.writeHead(200, { ...headers, ...encoding, "Content-Type": type });
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Vite's dev server on the npm test project's app (`work`: the project
 * with Vite installed), on a free port; `close()` stops it. */
export async function startViteDev(work) {
  const { createServer } = await import(pathToFileURL(join(work, "node_modules/vite/dist/node/index.js")).href);
  const server = await createServer({
    configFile: join(work, "vite.config.mjs"),
    root: join(work, "app"),
    logLevel: "warn",
    server: { host: "127.0.0.1", port: 0, strictPort: false },
  });
  await server.listen();
  return server;
}

/** Every http request `page` makes from now on, as Chromium records it:
 * { path, file, by }, where `by` is who asked ("parser": the HTML, a hint or
 * a tag; "script": a script's fetch or import). A preload a script did not
 * reuse shows as a second request. */
export async function recordRequests(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  const requests = [];
  cdp.on("Network.requestWillBeSent", ({ request, initiator }) => {
    const url = new URL(request.url);
    if (url.protocol === "http:") requests.push({ path: url.pathname, file: url.pathname.split("/").pop(), by: initiator.type });
  });
  return requests;
}

/** The POSTs the fake Cognito has received since the last reset. */
export async function fakeRequests() {
  return (await fetch(new URL("_requests", env.fake))).json();
}

export async function resetFake() {
  await fetch(new URL("_reset", env.fake), { method: "POST" });
}

/** Runs axe-core in the page; resolves to its violations (ids and targets). */
export async function axeViolations(page) {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const result = await page.evaluate(() => globalThis.axe.run(document));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Where the README's screenshots go. */
export const screenshots = join(root, "docs/screenshots");

/** Screenshots the demo card for the README, without the run-specific config line. */
export async function shoot(page, name) {
  await page.addStyleTag({ content: ".demo-config { display: none; }" });
  // No hover or focus styling, so every run takes the same picture.
  await page.mouse.move(0, 0);
  await page.evaluate(() => document.activeElement?.blur());
  await saveScreenshot(page.locator("#leptos-demo .demo-card"), join(screenshots, `${name}.png`));
}

/**
 * Writes a README picture of `locator` to `path`, unless the picture already
 * there shows the same: Chromium's anti-aliasing moves a few edge pixels from
 * run to run, and a test run should not leave changed images in the tree.
 */
export async function saveScreenshot(locator, path) {
  const fresh = await locator.screenshot();
  if (existsSync(path) && (await samePicture(locator.page(), readFileSync(path), fresh))) return;
  writeFileSync(path, fresh);
}

// Two pictures are the same when at most `pixels` pixels differ by more than
// `channel` in a colour channel. The flicker seen is a few dozen anti-aliased
// edge pixels off by one or two; a changed word or colour changes hundreds,
// by far more.
const sameness = { pixels: 32, channel: 16 };

/** Compares two PNGs pixel by pixel in a blank page of the same browser. */
async function samePicture(page, before, after) {
  const blank = await page.context().browser().newPage();
  try {
    return await blank.evaluate(
      async ({ before, after, sameness }) => {
        const pixels = async (bytes) => {
          const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: "image/png" }));
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const context = canvas.getContext("2d");
          context.drawImage(bitmap, 0, 0);
          return context.getImageData(0, 0, bitmap.width, bitmap.height);
        };
        const [a, b] = await Promise.all([pixels(before), pixels(after)]);
        if (a.width !== b.width || a.height !== b.height) return false;
        let differing = 0;
        for (let i = 0; i < a.data.length; i += 4) {
          if (a.data.subarray(i, i + 4).some((value, c) => Math.abs(value - b.data[i + c]) > sameness.channel)) {
            differing += 1;
          }
        }
        return differing <= sameness.pixels;
      },
      { before: [...before], after: [...after], sameness },
    );
  } finally {
    await blank.close();
  }
}

/** Opens the demo with these query parameters; records console errors. */
export async function openDemo(browser, site, params, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const errors = [];
  const debug = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("console", (m) => m.type() === "debug" && debug.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${site.url}?${new URLSearchParams(params)}`);
  await page.locator("#leptos-demo .crc-button").waitFor();
  return { page, errors, debug };
}

// Runs in the page before its scripts: keeps the timers and animation frames
// that are set and have neither fired nor been cleared.
export function trackTimers() {
  const pending = new Set();
  const track = (set, clear, kind, repeats) => {
    const original = globalThis[set];
    const cancel = globalThis[clear];
    globalThis[set] = function (callback, ...rest) {
      const id = original.call(this, function (...args) {
        if (!repeats) pending.delete(`${kind}:${id}`);
        return typeof callback === "function" ? callback.apply(this, args) : undefined;
      }, ...rest);
      pending.add(`${kind}:${id}`);
      return id;
    };
    globalThis[clear] = function (id) {
      pending.delete(`${kind}:${id}`);
      return cancel.call(this, id);
    };
  };
  track("setTimeout", "clearTimeout", "timer", false);
  track("setInterval", "clearInterval", "timer", true);
  track("requestAnimationFrame", "cancelAnimationFrame", "frame", false);
  globalThis.pendingTimers = () => [...pending].map((key) => key.split(":")[0]);
}

/** Each of Cognito's 16 errors: whether the button is live afterwards
 * (retrying can help) and how the message the person sees starts. */
export const COGNITO_ERRORS = {
  CodeDeliveryFailureException: [true, "We couldn't deliver the code."],
  ForbiddenException: [false, "This request was blocked."],
  InternalErrorException: [true, "Something went wrong on our side."],
  InvalidEmailRoleAccessPolicyException: [false, "We can't send codes by email right now."],
  InvalidLambdaResponseException: [false, "We couldn't prepare your code message."],
  InvalidParameterException: [false, "We couldn't send a code for this account."],
  InvalidSmsRoleAccessPolicyException: [false, "We can't send codes by text message right now."],
  InvalidSmsRoleTrustRelationshipException: [false, "Text message codes aren't set up correctly yet."],
  LimitExceededException: [false, "Too many attempts. You can ask for a new code at "],
  NotAuthorizedException: [false, "This account can't receive a code right now."],
  OperationNotEnabledException: [false, "Resending codes isn't available here."],
  ResourceNotFoundException: [false, "This sign-up form isn't set up correctly."],
  TooManyRequestsException: [false, "Too many requests right now."],
  UnexpectedLambdaException: [false, "A step of the sign-up process failed on our side."],
  UserLambdaValidationException: [false, "Your request for a new code wasn't accepted."],
  UserNotFoundException: [false, "We couldn't find an account with that username."],
};
