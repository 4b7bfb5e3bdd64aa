// Faults in a real browser: the Leptos widget on the demo page against the
// fake Cognito. For each: the right message, the widget usable afterwards,
// no uncaught or console errors from our code, and the server's request
// count (no double send). TESTING.md lists the scenarios.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { COGNITO_ERRORS, env, fakeRequests, launch, openDemo, requireEnv, resetFake, serveStatic } from "./support.mjs";

let browser;
let site;

before(async () => {
  requireEnv();
  browser = await launch();
  site = await serveStatic(env.dist);
});

after(async () => {
  await browser?.close();
  await site?.close();
});

const leptos = (page) => page.locator("#leptos-demo");
const status = (page) => leptos(page).locator("[role=status]");
const alert = (page) => leptos(page).locator("[role=alert]");
const button = (page) => leptos(page).locator(".crc-button");

const MESSAGES = {
  unexpected: "We got an unexpected answer from the server. Please try again later.",
  network: "We couldn't reach the server. Check your connection and try again.",
  unknown: "Something went wrong. Please try again later.",
  internal: "Something went wrong on our side. Please try again in a moment.",
};

/** Browser noise that is not ours: failed loads the server answered badly. */
const ours = (errors) => errors.filter((e) => !/Failed to load resource|ERR_|net::/.test(e));

async function scenario(username, { extra = {}, expect, live = true, requests = 1, shown = "alert" }) {
  await resetFake();
  const { page, errors } = await openDemo(browser, site, { endpoint: env.fake, client_id: "faults", username, cooldown: "0", ...extra });
  await button(page).click();
  const region = shown === "alert" ? alert(page) : status(page);
  await region.filter({ hasText: expect }).waitFor({ timeout: 20_000 });
  assert.equal(await region.textContent(), expect);
  if (live) assert.equal(await button(page).getAttribute("aria-disabled"), null, "usable afterwards");
  const posts = (await fakeRequests()).filter((r) => JSON.parse(r.body).Username === username);
  assert.equal(posts.length, requests, "requests at the server");
  assert.deepEqual(ours(errors), []);
  await page.context().close();
}

describe("each of the 16 Cognito errors", () => {
  const kinds = COGNITO_ERRORS;
  for (const [name, [live, start]] of Object.entries(kinds)) {
    test(name, async () => {
      await resetFake();
      const username = `fake.error.${name}`;
      const { page, errors } = await openDemo(browser, site, { endpoint: env.fake, client_id: "faults", username });
      await button(page).click();
      await alert(page).filter({ hasText: start }).waitFor();
      // Errors retrying can fix leave the button live; the others hold it.
      assert.equal(await button(page).getAttribute("aria-disabled"), live ? null : "true");
      assert.equal((await fakeRequests()).length, 1);
      assert.deepEqual(ours(errors), []);
      await page.context().close();
    });
  }
});

describe("broken answers", () => {
  test("500 with an HTML page", () => scenario("fake.500html", { expect: MESSAGES.unexpected }));
  test("502 from a proxy", () => scenario("fake.html502", { expect: MESSAGES.unexpected }));
  test("200 with an empty body", () => scenario("fake.empty", { expect: MESSAGES.unexpected }));
  test("200 with truncated JSON", () => scenario("fake.truncated", { expect: MESSAGES.unexpected }));
  test("200 with the wrong shape", () => scenario("fake.wrongshape", { expect: MESSAGES.unexpected }));
  test("200 with a 10 MB body", () => scenario("fake.huge", { expect: "We emailed a code to h***@e***.", shown: "status" }));
  test("200 with extra unknown fields", () => scenario("fake.extra", { expect: "We emailed a code to x***@e***.", shown: "status" }));
  test("an error name nobody knows", () => scenario("fake.unknown-error", { expect: MESSAGES.unknown }));
  test("connection reset mid-response", () => scenario("fake.reset", { expect: MESSAGES.network }));
  test("a server that never answers: the timeout", () =>
    scenario("fake.hang", { extra: { timeout_ms: "500" }, expect: "The server took too long to answer. Please try again." }));
});

describe("the network", () => {
  test("CORS headers missing", async () => {
    const { page, errors } = await openDemo(browser, site, { endpoint: `${env.fake}_nocors`, client_id: "faults", username: "fake.email" });
    await button(page).click();
    await alert(page).filter({ hasText: "This page isn't allowed to contact the sign-up service." }).waitFor();
    assert.equal(await button(page).getAttribute("aria-disabled"), "true", "retrying cannot help: held");
    assert.deepEqual(ours(errors).filter((e) => !e.includes("CORS")), []);
    await page.context().close();
  });

  test("connection refused", async () => {
    const { page } = await openDemo(browser, site, { endpoint: "http://127.0.0.1:9/", client_id: "faults", username: "fake.email" });
    await button(page).click();
    await alert(page).filter({ hasText: MESSAGES.network }).waitFor();
    assert.equal(await button(page).getAttribute("aria-disabled"), null);
    await page.context().close();
  });

  test("offline, then online again", async () => {
    await resetFake();
    const { page } = await openDemo(browser, site, { endpoint: env.fake, client_id: "faults", username: "fake.email", cooldown: "0" });
    await page.context().setOffline(true);
    await button(page).click();
    await alert(page).filter({ hasText: "You're offline. Connect to the internet and try again." }).waitFor();
    assert.equal((await fakeRequests()).length, 0);
    await page.context().setOffline(false);
    await button(page).click();
    await status(page).filter({ hasText: "We emailed a code to a***@e***." }).waitFor();
    assert.equal(await alert(page).textContent(), "");
    assert.equal((await fakeRequests()).length, 1);
    await page.context().close();
  });

  test("a slow answer, with presses while it is on its way: one request", async () => {
    await resetFake();
    const { page } = await openDemo(browser, site, { endpoint: env.fake, client_id: "faults", username: "fake.slow", cooldown: "0" });
    await button(page).click();
    for (let i = 0; i < 3; i++) await button(page).click({ force: true });
    await status(page).filter({ hasText: "We emailed a code to s***@e***." }).waitFor();
    assert.equal((await fakeRequests()).length, 1);
    await page.context().close();
  });

  test("reload while a request is in flight: the page comes back usable", async () => {
    await resetFake();
    const { page, errors } = await openDemo(browser, site, { endpoint: env.fake, client_id: "faults", username: "fake.slow", cooldown: "0" });
    await button(page).click();
    await leptos(page).getByRole("button", { name: "Sending…" }).waitFor();
    await page.reload();
    await button(page).waitFor();
    assert.equal(await leptos(page).locator(".crc-label").textContent(), "Resend code");
    await button(page).click();
    await status(page).filter({ hasText: "We emailed a code to s***@e***." }).waitFor();
    assert.deepEqual(ours(errors), []);
    await page.context().close();
  });

  test("reload while a request is in flight, with the default cooldown: the wait its code may start holds after the reload", async () => {
    await resetFake();
    const { page, errors } = await openDemo(browser, site, { endpoint: env.fake, client_id: "faults", username: "fake.slow" });
    await button(page).click();
    await leptos(page).getByRole("button", { name: "Sending…" }).waitFor();
    await page.reload();
    await button(page).waitFor();
    assert.match(await leptos(page).locator(".crc-label").textContent(), /^Resend code in 0:[23]\d$/);
    await button(page).click({ force: true });
    await page.waitForTimeout(800);
    assert.equal((await fakeRequests()).length, 1);
    assert.deepEqual(ours(errors), []);
    await page.context().close();
  });

  test("two widgets for the same user share the cooldown, also one opened before the other sent; for another user they do not", async () => {
    await resetFake();
    const context = await browser.newContext();
    const query = (username) => `${site.url}?${new URLSearchParams({ endpoint: env.fake, client_id: "faults", username })}`;
    const first = await context.newPage();
    await first.goto(query("fake.email"));
    // Open before the first sends: it reads storage again when pressed.
    const early = await context.newPage();
    await early.goto(query("fake.email"));
    await button(early).waitFor();
    assert.equal(await leptos(early).locator(".crc-label").textContent(), "Resend code");
    await button(first).click();
    await status(first).filter({ hasText: "We emailed" }).waitFor();
    await button(early).click();
    assert.match(await leptos(early).locator(".crc-label").textContent(), /^Resend code in 0:/);
    assert.equal((await fakeRequests()).length, 1, "the early tab's press sent nothing");
    const same = await context.newPage();
    await same.goto(query("fake.email"));
    await button(same).waitFor();
    assert.match(await leptos(same).locator(".crc-label").textContent(), /^Resend code in 0:/);
    const other = await context.newPage();
    await other.goto(query("fake.sms"));
    await button(other).waitFor();
    assert.equal(await leptos(other).locator(".crc-label").textContent(), "Resend code");
    await button(other).click();
    await status(other).filter({ hasText: "We texted" }).waitFor();
    assert.equal((await fakeRequests()).length, 2);
    await context.close();
  });
});
