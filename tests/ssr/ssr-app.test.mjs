// <ResendCode/> in a Leptos app rendered on the server and hydrated in the
// browser (examples/ssr-app, built by tools/build-ssr-app.sh and started by
// tools/test.sh), against ministack: the whole page hydrated, and the same
// page in islands mode, where only the widget's island is.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { env, launch, requireEnv, trackTimers } from "../e2e/support.mjs";

const built = (mode, file) => fileURLToPath(new URL(`../../target/ssr-app/${mode}/site/pkg/${file}`, import.meta.url));

let browser;

before(async () => {
  requireEnv();
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

const modes = [
  // In islands mode the router is not hydrated: a link loads a new page.
  { mode: "hydrated", app: process.env.SSR_APP_URL, loadsAfterAwayAndBack: 1 },
  { mode: "islands", app: process.env.SSR_ISLANDS_URL, loadsAfterAwayAndBack: 3 },
];

for (const { mode, app, loadsAfterAwayAndBack } of modes) describe(`server-rendered app, ${mode}`, () => {
  before(() => assert.ok(app, `the ${mode} app's URL is not set: run the tests through tools/test.sh`));

  const address = (path = "/") =>
    `${new URL(path, app)}?${new URLSearchParams({ endpoint: env.ministack, client_id: env.clientId, username: env.username })}`;

  /** A fresh browser context on the app's page; records what the console says
   * and what the page sends. */
  async function open(path = "/") {
    const context = await browser.newContext();
    await context.addInitScript(trackTimers);
    const page = await context.newPage();
    const said = [];
    page.on("console", (m) => ["error", "warning"].includes(m.type()) && said.push(`${m.type()}: ${m.text()} (${m.location().url})`));
    page.on("pageerror", (e) => said.push(`pageerror: ${e}`));
    const posts = [];
    page.on("request", (r) => r.method() === "POST" && posts.push(r.url()));
    let loads = 0;
    page.on("load", () => (loads += 1));
    await page.goto(address(path));
    return { page, said, posts, loads: () => loads };
  }

  const button = (page) => page.locator(".cognito-resend-code .crc-button");
  // Hydrated: the widget has taken the button over (no longer busy).
  const hydrated = (page) => page.locator(".cognito-resend-code .crc-button:not([aria-busy])").waitFor();
  const label = (page) => page.locator(".cognito-resend-code .crc-label").textContent();

  test("the first HTML response holds the button and its label, unavailable until hydration", async () => {
    const response = await fetch(address());
    assert.equal(response.status, 200);
    const html = await response.text();
    const root = html.match(/<div [^>]*class="cognito-resend-code confirm-resend"[^>]*>/);
    assert.ok(root, "no widget root in the HTML");
    assert.match(root[0], / lang="en"/);
    assert.match(
      html,
      /<button class="crc-button" type="button" part="button" aria-disabled="true" aria-busy="true"><span class="crc-spinner" aria-hidden="true"><\/span><span class="crc-label">Resend code<\/span>/,
    );
    assert.match(html, /<p class="crc-message crc-sent" part="message" role="status"><\/p>/);
    assert.match(html, /<p class="crc-message crc-error" part="message error" role="alert"><\/p>/);
    // The default look comes with it.
    assert.match(html, /<style>[^<]*\.crc-button/);
  });

  test("hydrated: no console errors or hydration warnings, one widget, a press shows the masked destination with one request", async () => {
    const { page, said, posts } = await open();
    await hydrated(page);
    assert.equal(await button(page).count(), 1);
    assert.equal(await page.locator(".cognito-resend-code .crc-label").count(), 1);
    await button(page).click();
    const status = page.locator(".cognito-resend-code").getByRole("status");
    await status.filter({ hasText: "We emailed a code to" }).waitFor();
    assert.match(await status.textContent(), /^We emailed a code to a\*+@e\*+\.?$/);
    assert.match(await label(page), /^Resend code in 0:[0-3]\d$/);
    assert.deepEqual(posts, [env.ministack]);
    assert.deepEqual(said, []);
    await page.context().close();
  });

  test("a reload during the cooldown shows the remaining time once hydrated", async () => {
    const { page, said } = await open();
    await hydrated(page);
    await button(page).click();
    await page.locator(".cognito-resend-code").getByRole("status").filter({ hasText: "We emailed" }).waitFor();
    await page.reload();
    await hydrated(page);
    assert.match(await label(page), /^Resend code in 0:[0-3]\d$/);
    assert.equal(await button(page).getAttribute("aria-disabled"), "true");
    assert.deepEqual(said, []);
    await page.context().close();
  });

  test("hydration takes over the server's nodes: the same button, nothing drawn twice", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Hold the app's wasm until the server's button is marked.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route("**/ssr_app_bg.wasm", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(address());
    await button(page).evaluate((node) => (node.dataset.fromServer = "yes"));
    assert.equal(await button(page).getAttribute("aria-busy"), "true");
    release();
    await hydrated(page);
    assert.equal(await button(page).getAttribute("data-from-server"), "yes", "the button was drawn anew");
    // Button, status, alert, announcement and help line: each once.
    assert.equal(await page.locator(".cognito-resend-code > *").count(), 5);
    await context.close();
  });

  test("the app's wasm carries neither the npm package's JS exports nor its allocator", () => {
    const glue = readFileSync(built(mode === "hydrated" ? "hydrate" : "islands", "ssr_app.js"), "utf8");
    for (const name of ["resendConfirmationCode", "computeSecretHash", "ElementHandle", "observedAttributes", "setCatalogLoader"]) {
      assert.ok(!glue.includes(name), `${name} is exported into the app`);
    }
    const wasm = readFileSync(built(mode === "hydrated" ? "hydrate" : "islands", "ssr_app_bg.wasm")).toString("latin1");
    assert.ok(!wasm.includes("lol_alloc"), "the npm builds' allocator is in the app");
    assert.ok(wasm.includes("dlmalloc"), "Rust's own allocator, the app's choice, is missing (names stripped?)");
  });

  test("navigating away and back leaves nothing pending, and the cooldown is still right", async () => {
    const { page, said, loads } = await open();
    await hydrated(page);
    await button(page).click();
    await page.locator(".cognito-resend-code").getByRole("status").filter({ hasText: "We emailed" }).waitFor();
    assert.deepEqual(await page.evaluate(() => pendingTimers()), ["timer"], "the countdown's one timer");

    await page.getByRole("link", { name: "Help" }).click();
    await page.getByRole("heading", { name: "Help" }).waitFor();
    assert.equal(await button(page).count(), 0);
    assert.deepEqual(await page.evaluate(() => pendingTimers()), [], "a timer outlived the widget");

    await page.getByRole("link", { name: "Confirm" }).click();
    await hydrated(page);
    assert.match(await label(page), /^Resend code in 0:[0-3]\d$/);
    assert.deepEqual(await page.evaluate(() => pendingTimers()), ["timer"]);
    assert.equal(loads(), loadsAfterAwayAndBack);
    assert.deepEqual(said, []);
    await page.context().close();
  });
});
