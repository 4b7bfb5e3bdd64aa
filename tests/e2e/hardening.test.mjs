// The demo page (Leptos component, custom element, headless API) under a
// strict CSP, with a hostile server, and with secrets that must not leak.
// connect-src needs 'self' as well as the endpoint: the browser fetches the
// .wasm itself, and CSP counts that fetch as a connection.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { env, fakeRequests, launch, requireEnv, serveStatic } from "./support.mjs";

let browser;
let site;
let fakeOrigin;

before(async () => {
  requireEnv();
  fakeOrigin = new URL(env.fake).origin;
  browser = await launch();
  site = await serveStatic(env.dist, {
    "Content-Security-Policy": `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self' ${fakeOrigin}`,
  });
});

after(async () => {
  await browser?.close();
  await site?.close();
});

async function open(username, extra = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const consoleText = [];
  const errors = [];
  page.on("console", (m) => consoleText.push(`${m.type()} ${m.text()}`));
  page.on("console", (m) => m.type() === "error" && !m.text().includes("status of 400") && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.addInitScript(() => {
    globalThis.violations = [];
    document.addEventListener("securitypolicyviolation", (e) => globalThis.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const query = new URLSearchParams({ endpoint: env.fake, client_id: "cspclient", username, ...extra });
  await page.goto(`${site.url}?${query}`);
  await page.locator("#leptos-demo .crc-button").waitFor();
  await page.locator("cognito-resend-code .crc-button").waitFor();
  return { page, consoleText, errors };
}

// The packagings on the demo page name the same user, so they share its
// cooldown (a press reads the wait another widget stored): `cooldown=0` lets
// each of them send.
test("all three packagings work under a strict CSP with no violations", async () => {
  const { page, errors } = await open(`fake.email+csp-${Date.now()}`, { cooldown: "0" });
  await page.locator("#leptos-demo .crc-button").click();
  await page.locator("#leptos-demo [role=status]").filter({ hasText: "We emailed" }).waitFor();
  await page.locator("cognito-resend-code .crc-button").click();
  await page.locator("cognito-resend-code [role=status]").filter({ hasText: "We emailed" }).waitFor();
  await page.locator("#headless").click();
  await page.locator("#headless-result").filter({ hasText: "Sent by EMAIL" }).waitFor();
  // The element's stylesheet applies (constructed, so CSP allows it).
  const background = await page.locator("cognito-resend-code .crc-button").evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.notEqual(background, "rgba(0, 0, 0, 0)");
  assert.deepEqual(await page.evaluate(() => globalThis.violations), []);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("markup and script from a hostile server are shown as text, never run", async () => {
  const { page } = await open("fake.hostile", { cooldown: "0" });
  await page.locator("#leptos-demo .crc-button").click();
  await page.locator("cognito-resend-code .crc-button").click();
  const hostile = '<img src=x onerror="globalThis.pwned=1"><script>globalThis.pwned=2</script>';
  await page.locator("#leptos-demo [role=status]").filter({ hasText: "<img" }).waitFor();
  await page.locator("cognito-resend-code [role=status]").filter({ hasText: "<img" }).waitFor();
  assert.equal(await page.locator("#leptos-demo [role=status]").textContent(), `We emailed a code to ${hostile}.`);
  assert.equal(await page.locator("cognito-resend-code [role=status]").textContent(), `We emailed a code to ${hostile}.`);
  assert.equal(await page.locator("#leptos-demo img, #leptos-demo script, cognito-resend-code img").count(), 0);
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => globalThis.pwned), undefined);
  await page.context().close();

  const failing = await open("fake.hostile-error");
  await failing.page.locator("#leptos-demo .crc-button").click();
  await failing.page.locator("#leptos-demo [role=alert]").filter({ hasText: "isn't set up correctly" }).waitFor();
  assert.equal(await failing.page.locator("#leptos-demo img").count(), 0);
  assert.equal(await failing.page.evaluate(() => globalThis.pwned), undefined);
  await failing.page.context().close();
});

test("a SecretHash and a client secret never reach the DOM, storage, the URL or the console", async () => {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const { computeSecretHash } = await import(join(root, "pkg/node.js"));
  const clientSecret = "TopSecretClientSecret123";
  const username = `fake.email+secret-${Date.now()}`;
  const computed = computeSecretHash(clientSecret, username, "cspclient");
  const attributeHash = "AttributeHashAAAA1111=";
  const propertyHash = "PropertyHashBBBB2222=";
  const { page, consoleText } = await open(username, { debug: "1", cooldown: "0" });

  await page.evaluate(({ attributeHash }) => {
    document.querySelector("cognito-resend-code").setAttribute("secret-hash", attributeHash);
  }, { attributeHash });
  await page.locator("cognito-resend-code .crc-button").click();
  await page.locator("cognito-resend-code [role=status]").filter({ hasText: "We emailed" }).waitFor();
  await page.evaluate(({ propertyHash }) => {
    const element = document.querySelector("cognito-resend-code");
    element.secretHash = propertyHash;
  }, { propertyHash });
  await page.waitForTimeout(50);
  await page.locator("cognito-resend-code .crc-button").click();
  await page.evaluate(async ({ clientSecret, username, fake }) => {
    const { resendConfirmationCode } = await import("/pkg/index.js");
    await resendConfirmationCode({ endpoint: fake, clientId: "cspclient", username, clientSecret });
  }, { clientSecret, username, fake: env.fake });
  await page.waitForTimeout(300);

  // They did reach Cognito...
  const bodies = (await fakeRequests()).map((r) => r.body).filter((b) => b.includes(username));
  for (const hash of [attributeHash, propertyHash, computed]) {
    assert.ok(bodies.some((b) => b.includes(`"SecretHash":"${hash}"`)), `${hash} was sent`);
  }
  // ...and nowhere else.
  const exposed = await page.evaluate(() => {
    const shadows = [...document.querySelectorAll("cognito-resend-code")].map((e) => e.shadowRoot?.innerHTML ?? "");
    const storage = (s) => Object.keys(s).map((k) => `${k}=${s.getItem(k)}`).join("\n");
    return [document.documentElement.outerHTML, ...shadows, storage(localStorage), storage(sessionStorage), location.href,
      String(document.querySelector("cognito-resend-code").secretHash)].join("\n");
  });
  const everything = exposed + "\n" + consoleText.join("\n");
  assert.ok(consoleText.some((t) => t.includes("[redacted]")), "debug mode logged the request");
  for (const secret of [clientSecret, attributeHash, propertyHash, computed]) {
    assert.ok(!everything.includes(secret), `${secret} leaked`);
  }
  await page.context().close();
});
