// The Trunk-built demo in Chromium, against ministack and the fake Cognito.
import { after, before, beforeEach, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import {
  axeViolations,
  env,
  fakeRequests,
  launch,
  openDemo,
  recordRequests,
  requireEnv,
  resetFake,
  saveScreenshot,
  screenshots,
  serveStatic,
  shoot,
} from "./support.mjs";

let browser;
let site;

before(async () => {
  requireEnv();
  browser = await launch();
  site = await serveStatic(env.dist);
  mkdirSync(screenshots, { recursive: true });
});

after(async () => {
  await browser?.close();
  await site?.close();
});

// The Leptos card; the page also holds the element and the headless button.
const leptos = (page) => page.locator("#leptos-demo");
const button = (page) => leptos(page).locator(".crc-button");
const label = (page) => leptos(page).locator(".crc-label").textContent();
const spoken = (page) => leptos(page).locator(".crc-visually-hidden").textContent();
const status = (page) => leptos(page).getByRole("status");
const alert = (page) => leptos(page).getByRole("alert");

async function waitForText(locator, text) {
  await locator.filter({ hasText: text }).waitFor();
  assert.equal(await locator.textContent(), text);
}

describe("demo against ministack", () => {
  const demo = (overrides = {}) =>
    openDemo(browser, site, {
      endpoint: env.ministack,
      client_id: env.clientId,
      username: env.username,
      ...overrides,
    });

  test("pressing Resend code shows the masked destination and the medium, then counts down", async () => {
    const { page, errors } = await demo();
    const posts = [];
    page.on("request", (r) => r.method() === "POST" && posts.push(r));
    await leptos(page).getByRole("button", { name: "Resend code", exact: true }).click();
    // ministack masks ada@example.com as a****@e****.
    await waitForText(status(page), "We emailed a code to a****@e****.");
    assert.equal(await alert(page).textContent(), "");
    assert.equal(posts.length, 1);
    assert.equal(posts[0].headers()["authorization"], undefined);
    assert.match(await label(page), /^Resend code in 0:(30|29)$/);
    assert.equal(await button(page).getAttribute("aria-disabled"), "true");
    // The countdown moves every second: the pictures are taken as it turns
    // to 0:29, so every run shows the same (a run too slow for that takes
    // them at whatever it shows, and fails nothing).
    await leptos(page)
      .locator(".crc-label", { hasText: "Resend code in 0:29" })
      .waitFor({ timeout: 2_000 })
      .catch(() => {});
    await saveScreenshot(button(page), join(screenshots, "cooldown.png"));
    await shoot(page, "light");

    // A reload keeps the cooldown; presses during it send nothing.
    await page.reload();
    await button(page).waitFor();
    assert.match(await label(page), /^Resend code in 0:(30|29|28|27)$/);
    await button(page).click({ force: true });
    await page.waitForTimeout(200);
    assert.equal(posts.length, 1, posts.map((p) => p.url() + " " + p.postData()).join("\n"));
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test("region and user_pool_id come from the query string; a mismatch is named, nothing sent", async () => {
    const page = await browser.newPage();
    const warnings = [];
    page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
    const posts = [];
    page.on("request", (r) => r.method() === "POST" && posts.push(r));
    const query = new URLSearchParams({
      region: "us-west-2",
      user_pool_id: "us-east-1_AbC123",
      client_id: env.clientId,
      username: env.username,
    });
    await page.goto(`${site.url}?${query}`);
    await leptos(page).getByRole("button", { name: "Resend code", exact: true }).click();
    await waitForText(alert(page), "This sign-up form isn't set up correctly. Please contact support.");
    assert.deepEqual(warnings.filter((w) => !w.includes("integrity")), [
      'invalid endpoint: region "us-west-2" does not match the user pool id\'s region "us-east-1"',
    ]);
    assert.equal(posts.length, 0);
    await page.close();
  });

  test("an unknown username shows its message", async () => {
    const { page, errors } = await demo({ username: "nobody-here" });
    await button(page).click();
    await waitForText(alert(page), "We couldn't find an account with that username. Check it, or sign up again.");
    assert.equal(await status(page).textContent(), "");
    // The 400 is logged by Chromium as a failed resource load, nothing else.
    assert.deepEqual(errors.filter((e) => !e.includes("400")), []);
    await page.context().close();
  });

  test("an unknown client id shows its message, the detail goes to the console", async () => {
    const { page } = await demo({ client_id: "unknownclient123" });
    const warnings = [];
    page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
    await button(page).click();
    await waitForText(alert(page), "This sign-up form isn't set up correctly. Please contact support.");
    assert.ok(warnings.some((w) => w.startsWith("ResourceNotFoundException: ")), warnings.join("\n"));
    await page.context().close();
  });
});

describe("demo against the fake Cognito", () => {
  beforeEach(resetFake);

  const demo = (username, extra = {}, contextOptions = {}) =>
    openDemo(browser, site, { endpoint: env.fake, client_id: "democlient", username, ...extra }, contextOptions);

  test("while sending, the button says so and ignores more presses: one request", async () => {
    const { page } = await demo("fake.slow");
    await button(page).click();
    await leptos(page).getByRole("button", { name: "Sending…" }).waitFor();
    assert.equal(await button(page).getAttribute("aria-disabled"), "true");
    assert.equal(await button(page).getAttribute("aria-busy"), "true");
    await button(page).click({ force: true });
    await page.keyboard.press("Enter");
    await waitForText(status(page), "We emailed a code to s***@e***.");
    assert.equal((await fakeRequests()).length, 1);
    await page.context().close();
  });

  test("a double click sends one request, even with no cooldown", async () => {
    const { page } = await demo("fake.email", { cooldown: "0" });
    await button(page).dblclick();
    await waitForText(status(page), "We emailed a code to a***@e***.");
    await page.waitForTimeout(300);
    assert.equal((await fakeRequests()).length, 1);
    assert.equal(await label(page), "Resend code");
    await page.context().close();
  });

  test("Enter held down sends one request, even with no cooldown", async () => {
    const { page } = await demo("fake.email", { cooldown: "0" });
    await button(page).focus();
    for (let i = 0; i < 8; i++) {
      await page.keyboard.down("Enter"); // after the first, these are repeats
      await page.waitForTimeout(30);
    }
    await page.keyboard.up("Enter");
    await waitForText(status(page), "We emailed a code to a***@e***.");
    await page.waitForTimeout(300);
    assert.equal((await fakeRequests()).length, 1);
    // The keyboard works end to end: Space presses it again once it is live.
    await page.keyboard.press("Space");
    await page.waitForTimeout(300);
    assert.equal((await fakeRequests()).length, 2);
    await page.context().close();
  });

  test("an SMS delivery is worded as a text", async () => {
    const { page } = await demo("fake.sms");
    await button(page).click();
    await waitForText(status(page), "We texted a code to +*******1234.");
    await page.context().close();
  });

  test("the body on the wire is the SDK's, byte for byte", async () => {
    const { page } = await demo("fake.email");
    await button(page).click();
    await status(page).filter({ hasText: "We emailed a code" }).waitFor();
    const [request] = await fakeRequests();
    assert.equal(request.body, '{"ClientId":"democlient","Username":"fake.email"}');
    await page.context().close();
  });

  test("an invalid username is reported and nothing is sent", async () => {
    const { page } = await demo("two words");
    await button(page).click();
    await waitForText(alert(page), "That username isn't valid. Check it and try again.");
    assert.equal((await fakeRequests()).length, 0);
    await page.context().close();
  });

  test("a 502 HTML page from a proxy gets a plain message and the button works again", async () => {
    const { page } = await demo("fake.html502");
    await button(page).click();
    await waitForText(alert(page), "We got an unexpected answer from the server. Please try again later.");
    // No countdown in this state, so the README's picture is the same every run.
    await shoot(page, "error");
    assert.equal(await button(page).getAttribute("aria-disabled"), null);
    await page.context().close();
  });

  test("the attempt limit: a long wait, said as the time of day it ends", async () => {
    const { page } = await demo("fake.error.LimitExceededException");
    await button(page).click();
    await alert(page).filter({ hasText: "Too many attempts." }).waitFor();
    // The deadline as Intl writes it in English; the minute may turn meanwhile.
    const times = await page.evaluate(() => [-60_000, 0, 60_000].map((shift) =>
      new Date(Date.now() + 15 * 60_000 + shift).toLocaleTimeString("en", { hour: "numeric", minute: "2-digit" })));
    const shown = await alert(page).textContent();
    assert.ok(times.some((time) => shown === `Too many attempts. You can ask for a new code at ${time}.`), `${shown} / ${times}`);
    const shownLabel = await label(page);
    assert.ok(times.some((time) => shownLabel === `Resend code at ${time}`), shownLabel);
    // A time of day needs no countdown words: the name is the label.
    assert.equal(await spoken(page), "");
    assert.equal(await button(page).evaluate((b) => b.getAttribute("aria-disabled")), "true");
    assert.deepEqual(await axeViolations(page), []);
    await page.context().close();
  });

  test("enumeration-safe mode: an unknown user looks exactly like a success", async () => {
    const known = await demo("fake.email", { enumeration_safe: "1" });
    const unknown = await demo("fake.error.UserNotFoundException", { enumeration_safe: "1" });
    for (const { page } of [known, unknown]) await button(page).click();
    const neutral = "If an account exists for this username, we've sent a code.";
    await waitForText(status(known.page), neutral);
    await waitForText(status(unknown.page), neutral);
    const widget = async ({ page }) =>
      (await leptos(page).locator(".cognito-resend-code").innerHTML()).replace(/in 0:\d\d|in \d+ seconds/g, "");
    assert.equal(await widget(unknown), await widget(known));
    await known.page.context().close();
    await unknown.page.context().close();
  });

  test("debug mode logs the request and the answer", async () => {
    const { page, debug } = await demo("fake.email", { debug: "1" });
    await button(page).click();
    await status(page).filter({ hasText: "We emailed" }).waitFor();
    assert.deepEqual(debug, [
      "[cognito-resend-code] advanced security no AmazonCognitoAdvancedSecurityData on the page; sending without EncodedData",
      '[cognito-resend-code] request {"ClientId":"democlient","Username":"fake.email"}',
      "[cognito-resend-code] sent EMAIL a***@e*** email",
    ]);
    await page.context().close();
  });

  test("the locale comes from the query string, in French", async () => {
    const { page } = await demo("fake.email", { locale: "fr" });
    assert.equal(await label(page), "Renvoyer le code");
    await button(page).click();
    await waitForText(status(page), "Nous avons envoyé un code par e-mail à a***@e***.");
    assert.match(await label(page), /^Renvoyer le code dans 0:(30|29)$/);
    assert.equal(await leptos(page).locator(".cognito-resend-code").getAttribute("lang"), "fr");
    await page.context().close();
  });

  test("the page shows the element and the headless API too, on the same settings", async () => {
    const { page, errors } = await demo("fake.sms");
    const element = page.locator("cognito-resend-code");
    await element.locator(".crc-button").click();
    await element.locator("[role=status]").filter({ hasText: "We texted a code to +*******1234." }).waitFor();
    await page.locator("#headless").click();
    await page.locator("#headless-result").filter({ hasText: "Sent by SMS to +*******1234." }).waitFor();
    assert.equal((await fakeRequests()).length, 2);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test("the page's hints: the HTML asks for all three wasm files, and every script and wasm is fetched once", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const recorded = await recordRequests(page);
    await page.goto(`${site.url}?${new URLSearchParams({ endpoint: env.ministack, client_id: env.clientId, username: env.username })}`);
    await page.locator("cognito-resend-code .crc-button").waitFor();
    await page.locator("#leptos-demo .crc-button").waitFor();
    // Trunk's file names carry a content hash: a 64-bit number in hex,
    // without leading zeros (15 digits in about one build of 16).
    const requests = recorded
      .filter((r) => /\.(js|wasm)$/.test(r.path))
      .map((r) => ({ path: r.path.replace(/-[0-9a-f]{8,16}(?=(_bg)?\.)/, ""), by: r.by }));
    const wasm = requests.filter((r) => r.path.endsWith(".wasm")).map((r) => `${r.path} ${r.by}`);
    assert.deepEqual(wasm.sort(), [
      "/demo_bg.wasm parser",
      "/pkg/cognito_resend_code_bg.wasm parser",
      "/pkg/cognito_resend_code_element_bg.wasm parser",
    ]);
    const paths = requests.map((r) => r.path);
    assert.deepEqual(paths.filter((path, i) => paths.indexOf(path) !== i), [], "fetched twice");
    await context.close();
  });

  test("axe-core finds no violations, idle and sent, light and dark", async () => {
    for (const colorScheme of ["light", "dark"]) {
      const { page } = await demo("fake.email", {}, { colorScheme });
      assert.deepEqual(await axeViolations(page), [], `${colorScheme}, idle`);
      if (colorScheme === "dark") {
        await shoot(page, "dark");
      }
      await button(page).click();
      await status(page).filter({ hasText: "We emailed" }).waitFor();
      assert.deepEqual(await axeViolations(page), [], `${colorScheme}, sent`);
      await page.context().close();
    }
  });
});
