// A small W3C WebDriver client: the classic protocol, which every engine
// here speaks (WebKitGTK's driver has no BiDi). Enough to open a page, run
// a script in it and wait for what a person would see.
import assert from "node:assert/strict";
import { afterEach, beforeEach, describe } from "node:test";

/** The engines besides Chromium (Playwright drives Chromium; it cannot
 * drive Debian's Firefox or WebKit). tools/test.sh starts both drivers. */
export const otherEngines = [
  {
    name: "Firefox ESR",
    driver: process.env.GECKODRIVER_URL,
    capabilities: { browserName: "firefox", "moz:firefoxOptions": { binary: "/usr/bin/firefox-esr", args: ["-headless"] } },
  },
  // MiniBrowser, on the Xvfb display the driver was started with.
  { name: "WebKitGTK", driver: process.env.WEBKIT_WEBDRIVER_URL, capabilities: {} },
];

async function call(base, method, path, body) {
  const response = await fetch(new URL(path, base), {
    method,
    headers: { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    // A wedged browser fails the test instead of holding up the run.
    signal: AbortSignal.timeout(60_000),
  });
  const answer = await response.json();
  if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${answer.value?.error}: ${answer.value?.message}`);
  return answer.value;
}

/** A browser session: `goto(url)`, `run(fn, ...args)` (the function's
 * source runs in the page; its result comes back as JSON), `waitFor(fn,
 * ...args)` (until it returns something truthy, which it resolves to) and
 * `close()`. */
export async function openSession({ driver, capabilities }) {
  const timeouts = { pageLoad: 20_000, script: 10_000 };
  const { sessionId } = await call(driver, "POST", "session", { capabilities: { alwaysMatch: { ...capabilities, timeouts } } });
  const path = (suffix) => `session/${sessionId}/${suffix}`;
  const session = {
    goto: (url) => call(driver, "POST", path("url"), { url }),
    run: (fn, ...args) =>
      call(driver, "POST", path("execute/sync"), { script: `return (${fn}).apply(null, arguments);`, args }),
    async waitFor(fn, ...args) {
      const started = Date.now();
      for (;;) {
        const result = await session.run(fn, ...args);
        if (result) return result;
        if (Date.now() - started > 10_000) throw new Error(`timed out waiting for ${fn}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () => call(driver, "DELETE", `session/${sessionId}`),
  };
  return session;
}

/**
 * One `describe` per engine in `otherEngines`; every test in it gets a new
 * browser (nothing carried over, and a browser that went wrong takes only
 * its own test with it), reached through `browser()`. `skip(engine)` may
 * return a reason to report that engine's tests as skipped.
 */
export function describeInEngines(body, { skip = () => false } = {}) {
  for (const engine of otherEngines) {
    describe(engine.name, { skip: skip(engine) }, () => {
      let session;
      beforeEach(async () => {
        assert.ok(engine.driver, `no WebDriver URL for ${engine.name}: run the tests through tools/test.sh`);
        session = await openSession(engine);
      });
      afterEach(async () => {
        await session?.close();
        session = undefined;
      });
      body(engine, () => session);
    });
  }
}
