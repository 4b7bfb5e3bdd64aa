// The Trunk-built demo in Chromium, against ministack and the fake Cognito.
import { after, before, beforeEach, describe, test } from "node:test";
import assert from "node:assert/strict";
import { env, fakeRequests, launch, openDemo, resetFake, serveStatic } from "./support.mjs";

let browser;
let site;

before(async () => {
  browser = await launch();
  site = await serveStatic(env.dist);
});

after(async () => {
  await browser?.close();
  await site?.close();
});

describe("demo against ministack", () => {
  const demo = (overrides = {}) =>
    openDemo(browser, site, {
      endpoint: env.ministack,
      client_id: env.clientId,
      username: env.username,
      ...overrides,
    });

  test("pressing Resend code shows the masked destination and the medium", async () => {
    const { page, errors } = await demo();
    const posts = [];
    page.on("request", (r) => r.method() === "POST" && posts.push(r));
    await page.getByRole("button", { name: "Resend code" }).click();
    const status = page.getByRole("status");
    await status.filter({ hasText: "We emailed a code to" }).waitFor();
    // ministack masks ada@example.com as a****@e****.
    assert.equal(await status.textContent(), "We emailed a code to a****@e****.");
    assert.equal(await page.getByRole("alert").textContent(), "");
    assert.equal(posts.length, 1);
    assert.equal(posts[0].headers()["authorization"], undefined);
    assert.deepEqual(errors, []);
    await page.close();
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
    await page.getByRole("button", { name: "Resend code" }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: "This sign-up form isn't set up correctly. Please contact support." })
      .waitFor();
    assert.deepEqual(warnings.filter((w) => !w.includes("integrity")), [
      'invalid endpoint: region "us-west-2" does not match the user pool id\'s region "us-east-1"',
    ]);
    assert.equal(posts.length, 0);
    await page.close();
  });

  test("an unknown username shows its message", async () => {
    const { page, errors } = await demo({ username: "nobody-here" });
    await page.getByRole("button", { name: "Resend code" }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: "We couldn't find an account with that username. Check it, or sign up again." })
      .waitFor();
    assert.equal(await page.getByRole("status").textContent(), "");
    // The 400 is logged by Chromium as a failed resource load, nothing else.
    assert.deepEqual(errors.filter((e) => !e.includes("400")), []);
    await page.close();
  });

  test("an unknown client id shows its message", async () => {
    const { page } = await demo({ client_id: "unknownclient123" });
    await page.getByRole("button", { name: "Resend code" }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: "This sign-up form isn't set up correctly. Please contact support." })
      .waitFor();
    await page.close();
  });
});

describe("demo against the fake Cognito", () => {
  beforeEach(resetFake);

  const demo = (username) =>
    openDemo(browser, site, { endpoint: env.fake, client_id: "democlient", username });

  test("while sending, the button says so and ignores more presses: one request", async () => {
    const { page } = await demo("fake.slow");
    const button = page.getByRole("button");
    await button.click();
    await page.getByRole("button", { name: "Sending…" }).waitFor();
    assert.equal(await button.isDisabled(), true);
    assert.equal(await button.getAttribute("aria-busy"), "true");
    await button.click({ force: true }).catch(() => {});
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: "We emailed a code to s***@e***." }).waitFor();
    assert.equal(await button.textContent(), "Resend code");
    assert.equal(await button.isDisabled(), false);
    assert.equal((await fakeRequests()).length, 1);
    await page.close();
  });

  test("an SMS delivery is worded as a text", async () => {
    const { page } = await demo("fake.sms");
    await page.getByRole("button").click();
    await page.getByRole("status").filter({ hasText: "We texted a code to +*******1234." }).waitFor();
    await page.close();
  });

  test("the body on the wire is the SDK's, byte for byte", async () => {
    const { page } = await demo("fake.email");
    await page.getByRole("button").click();
    await page.getByRole("status").filter({ hasText: "We emailed a code" }).waitFor();
    const [request] = await fakeRequests();
    assert.equal(request.body, '{"ClientId":"democlient","Username":"fake.email"}');
    await page.close();
  });

  test("an invalid username is reported and nothing is sent", async () => {
    const { page } = await demo("two words");
    await page.getByRole("button").click();
    await page.getByRole("alert").filter({ hasText: "That username isn't valid. Check it and try again." }).waitFor();
    assert.equal((await fakeRequests()).length, 0);
    await page.close();
  });

  test("a 502 HTML page from a proxy gets a plain message and the button works again", async () => {
    const { page } = await demo("fake.html502");
    await page.getByRole("button").click();
    await page
      .getByRole("alert")
      .filter({ hasText: "We got an unexpected answer from the server. Please try again later." })
      .waitFor();
    assert.equal(await page.getByRole("button", { name: "Resend code" }).isDisabled(), false);
    await page.close();
  });
});
