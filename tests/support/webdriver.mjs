// The driver layer the engine suites share: a small W3C WebDriver client
// (the classic protocol, which every engine here speaks; WebKitGTK's driver
// has no BiDi) and one `describe` per engine, so a scenario is written once
// and runs in Chromium, Firefox and WebKit. Enough to open a page, run a
// script in it (also an async one), switch tabs and wait for what a person
// would see.
import assert from "node:assert/strict";
import { afterEach, beforeEach, describe } from "node:test";

/** The three engines, each through its own WebDriver (tools/test.sh
 * starts all three). Chromium's exposes the garbage collector and precise
 * heap sizes, for the memory test. */
export const engines = [
  {
    name: "Chromium",
    driver: process.env.CHROMEDRIVER_URL,
    capabilities: {
      browserName: "chrome",
      "goog:chromeOptions": {
        binary: process.env.CHROMIUM ?? "/usr/bin/chromium",
        args: ["--headless=new", "--no-sandbox", "--js-flags=--expose-gc", "--enable-precise-memory-info"],
      },
    },
  },
  {
    name: "Firefox ESR",
    driver: process.env.GECKODRIVER_URL,
    capabilities: { browserName: "firefox", "moz:firefoxOptions": { binary: "/usr/bin/firefox-esr", args: ["-headless"] } },
  },
  // MiniBrowser, on the Xvfb display the driver was started with.
  { name: "WebKitGTK", driver: process.env.WEBKIT_WEBDRIVER_URL, capabilities: {} },
];

async function call(base, method, path, body, timeoutMs = 60_000) {
  const response = await fetch(new URL(path, base), {
    method,
    headers: { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    // A wedged browser fails the test instead of holding up the run.
    signal: AbortSignal.timeout(timeoutMs),
  });
  const answer = await response.json();
  if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${answer.value?.error}: ${answer.value?.message}`);
  return answer.value;
}

/** A browser session: `goto(url)`, `run(fn, ...args)` (the function's
 * source runs in the page; its result comes back as JSON), `waitFor(fn,
 * ...args)` (until it returns something truthy, which it resolves to) and
 * `close()`. */
export async function openSession({ driver, capabilities }, { pageLoadStrategy = "normal" } = {}) {
  const timeouts = { pageLoad: 20_000, script: 50_000 };
  const alwaysMatch = { ...capabilities, timeouts, pageLoadStrategy };
  // A browser starts in seconds; one that has not in 30 never will.
  const { sessionId } = await call(driver, "POST", "session", { capabilities: { alwaysMatch } }, 30_000);
  const path = (suffix) => `session/${sessionId}/${suffix}`;
  const session = {
    goto: (url) => call(driver, "POST", path("url"), { url }),
    run: (fn, ...args) =>
      call(driver, "POST", path("execute/sync"), { script: `return (${fn}).apply(null, arguments);`, args }),
    /** Runs an async function in the page and resolves to its result. */
    async runAsync(fn, ...args) {
      const script = `const done = arguments[arguments.length - 1];
        Promise.resolve((${fn}).apply(null, Array.from(arguments).slice(0, -1)))
          .then((value) => done({ value }), (error) => done({ error: String(error) }));`;
      const outcome = await call(driver, "POST", path("execute/async"), { script, args });
      if (outcome?.error) throw new Error(`in the page: ${outcome.error}`);
      return outcome?.value;
    },
    /** Opens a new tab (or window, where the browser has no tabs) in front;
     * resolves to its handle. */
    newTab: async () => (await call(driver, "POST", path("window/new"), { type: "tab" })).handle,
    /** The handle of the current tab. */
    tab: () => call(driver, "GET", path("window")),
    /** Brings the tab `handle` to the front. */
    switchTo: (handle) => call(driver, "POST", path("window"), { handle }),
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
 * One `describe` per engine in `engines`; every test in it gets a new
 * browser (nothing carried over, and a browser that went wrong takes only
 * its own test with it), reached through `browser()`. `skip(engine)` may
 * return a reason to report that engine's tests as skipped;
 * `pageLoadStrategy: "eager"` makes `goto` return at DOMContentLoaded
 * instead of the `load` event. `body` also gets `restart()`, for a new
 * browser in place of one that stopped answering.
 */
export function describeInEngines(body, { skip = () => false, pageLoadStrategy } = {}) {
  for (const engine of engines) {
    describe(engine.name, { skip: skip(engine) }, () => {
      let session;
      beforeEach(async () => {
        assert.ok(engine.driver, `no WebDriver URL for ${engine.name}: run the tests through tools/test.sh`);
        try {
          session = await openSession(engine, { pageLoadStrategy });
        } catch (error) {
          // Seen once in CI: a MiniBrowser that could not open its Xvfb
          // display ("cannot open display"), and the driver waited on it.
          // WebKit only, and once: a second failure fails the test.
          if (engine.name !== "WebKitGTK") throw error;
          console.error(`WebKitGTK did not start (${error.message}); starting it once more`);
          session = await openSession(engine, { pageLoadStrategy });
        }
      });
      afterEach(async () => {
        await session?.close();
        session = undefined;
      });
      // A new browser in place of the current one (which is closed, or
      // left to its driver if it no longer answers).
      const restart = async () => {
        await session?.close().catch(() => {});
        session = await openSession(engine, { pageLoadStrategy });
      };
      body(engine, () => session, restart);
    });
  }
}

/**
 * Runs `opening` (a test's first navigations); in WebKitGTK only, after a
 * stall (a WebDriver timeout: its automation now and then never finishes a
 * navigation, see TESTING.md), runs it once more in a new browser. Any
 * other failure, or a second stall, fails the test.
 */
export async function openingOnceMoreAfterStall(engine, restart, opening) {
  try {
    await opening();
  } catch (error) {
    const stalled = /WebDriver .*: timeout/.test(String(error));
    if (engine.name !== "WebKitGTK" || !stalled) throw error;
    console.error(`WebKitGTK stalled (${error.message}); once more in a new browser`);
    await restart();
    await opening();
  }
}
