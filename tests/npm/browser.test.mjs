// Pages built from the packed package with Vite, esbuild and webpack, and a
// plain page with only <script type="module">, in Chromium.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const work = process.cwd();
const { env, launch, recordRequests, requireEnv, serveStatic, startViteDev, trackTimers } = await import(pathToFileURL(join(process.env.ROOT, "tests/e2e/support.mjs")));

let browser;
let site;

before(async () => {
  requireEnv();
  for (const name of ["plain", "languages", "headless"]) {
    writeFileSync(join(work, `${name}.html`), readFileSync(join(work, `${name}.html.in`), "utf8").replaceAll("__FAKE__", env.fake));
  }
  // The same headless page without README's hints.
  const hinted = readFileSync(join(work, "headless.html"), "utf8");
  writeFileSync(join(work, "headless-no-hints.html"), hinted.replace(/ *<link rel="(module)?preload"[^>]*>\n/g, ""));
  browser = await launch();
  site = await serveStatic(work);
});

after(async () => {
  await browser?.close();
  await site?.close();
});

// `base`: another server of the same files (other headers or types).
async function open(path, params, base = site.url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && !m.text().includes("status of 400") && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${base}${path}?${new URLSearchParams(params ?? {})}`);
  return { page, errors };
}

const events = (page) => page.evaluate(() => globalThis.events);

// A page whose requests are recorded from its first one (support.mjs).
async function openRecording(path, params) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = await recordRequests(page);
  const errors = [];
  page.on("console", (m) => m.type() === "error" && !m.text().includes("status of 400") && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${site.url}${path}?${new URLSearchParams(params ?? {})}`);
  return { page, requests, errors };
}

for (const bundler of ["vite", "esbuild", "webpack"]) {
  describe(`a page built with ${bundler}`, () => {
    const params = (username) => ({
      endpoint: env.ministack,
      "client-id": env.clientId,
      username,
      "headless-username": username,
    });

    test("the element sends, shows the destination and fires code-sent; the headless API works", async () => {
      const { page, errors } = await open(`dist-${bundler}/index.html`, params(env.username));
      await page.locator("cognito-resend-code .crc-button").click();
      await page.locator("cognito-resend-code [role=status]").filter({ hasText: "We emailed a code to a****@e****." }).waitFor();
      assert.deepEqual(await events(page), [
        { type: "code-sent", detail: { destination: "a****@e****", deliveryMedium: "EMAIL", attributeName: "email" } },
      ]);
      await page.locator("#headless").click();
      await page.locator("#headless-result").filter({ hasText: "sent EMAIL a****@e****" }).waitFor();
      assert.deepEqual(errors, []);
      await page.context().close();
    });

    test("an error fires code-error with the failure value the headless API rejects with", async () => {
      const { page, errors } = await open(`dist-${bundler}/index.html`, params("nobody-here"));
      await page.locator("cognito-resend-code .crc-button").click();
      await page.locator("cognito-resend-code [role=alert]").filter({ hasText: "We couldn't find an account" }).waitFor();
      assert.deepEqual(await events(page), [
        {
          type: "code-error",
          detail: {
            name: "UserNotFoundException",
            message: "UserNotFoundException: Username/client id combination not found.",
            cognitoMessage: "Username/client id combination not found.",
            friendlyMessage: "We couldn't find an account with that username. Check it, or sign up again.",
            retryable: false,
            cooldownMs: 30000,
            setupProblem: false,
          },
        },
      ]);
      await page.locator("#headless").click();
      await page.locator("#headless-result").filter({ hasText: "UserNotFoundException: We couldn't find" }).waitFor();
      assert.deepEqual(errors, []);
      await page.context().close();
    });

    test("README's preload hints: the HTML asks for each wasm, which is fetched once", async () => {
      const { page, requests, errors } = await openRecording(`dist-${bundler}/index.html`, params(env.username));
      await page.locator("cognito-resend-code .crc-button").waitFor();
      const wasm = requests.filter((r) => r.file.endsWith(".wasm")).map((r) => `${r.file.replace(/-[\w-]{8}\.wasm$/, ".wasm")} ${r.by}`);
      assert.deepEqual(wasm.sort(), ["cognito_resend_code_bg.wasm parser", "cognito_resend_code_element_bg.wasm parser"]);
      assert.deepEqual(errors, []);
      await page.context().close();
    });

    // Vite inlines files under 4 KiB into the bundle as base64 unless told
    // not to: every page would then download every language.
    test("each catalog stays its own file: the scripts carry none, and an English page fetches none", async () => {
      const dist = join(work, `dist-${bundler}`);
      const scripts = readdirSync(dist, { recursive: true }).filter((file) => file.endsWith(".js"));
      assert.ok(scripts.length > 0);
      for (const file of scripts) {
        const text = readFileSync(join(dist, file), "utf8");
        assert.ok(!text.includes("data:application/json"), `${file} carries a catalog inlined as a data: URL`);
        assert.ok(!text.includes("Code erneut senden"), `${file} carries the German catalog`);
      }
      const { page, requests, errors } = await openRecording(`dist-${bundler}/index.html`, params(env.username));
      await page.locator("cognito-resend-code .crc-label").filter({ hasText: "Resend code" }).waitFor();
      assert.deepEqual(requests.filter((r) => r.file.endsWith(".json")), []);
      assert.deepEqual(errors, []);
      await page.context().close();
    });

    test("README's catalog hint on a page in German: German from the start, the catalog asked for by the HTML and fetched once", async () => {
      const { page, requests, errors } = await openRecording(`dist-${bundler}/de.html`, params(env.username));
      await page.locator("cognito-resend-code .crc-label").filter({ hasText: "Code erneut senden" }).waitFor();
      const catalogs = requests.filter((r) => r.file.endsWith(".json")).map((r) => `${r.file.replace(/-[\w-]{8}\.json$/, ".json")} ${r.by}`);
      assert.deepEqual(catalogs, ["de.json parser"]);
      assert.deepEqual(errors, []);
      await page.context().close();
    });
  });
}

// What a Vite user runs first: the dev server, which pre-bundles
// dependencies into node_modules/.vite/deps (pkg/README's config).
describe("Vite's dev server", () => {
  let server;
  before(async () => {
    server = await startViteDev(work);
  });
  after(async () => {
    await server?.close();
  });

  test("the element and the headless API work in development too", async () => {
    const base = server.resolvedUrls.local[0];
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`${base}index.html?${new URLSearchParams({ endpoint: env.ministack, "client-id": env.clientId, username: env.username, "headless-username": env.username })}`);
    await page.locator("cognito-resend-code .crc-button").click();
    await page.locator("cognito-resend-code [role=status]").filter({ hasText: "We emailed a code to a****@e****." }).waitFor();
    await page.locator("#headless").click();
    await page.locator("#headless-result").filter({ hasText: "sent EMAIL a****@e****" }).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("server rendering: a page module that imports the element renders on the server (Vite's SSR)", async () => {
    const { render } = await server.ssrLoadModule("/ssr.js");
    assert.equal(render("ada"), '<cognito-resend-code username="ada"></cognito-resend-code>');
  });
});

describe("languages other than English, loaded as the page needs them", () => {
  test("the page's language shows from the first frame (its catalog asked for by the HTML's hint), another loads on demand, only those are fetched", async () => {
    const { page, requests, errors } = await openRecording("languages.html");
    const context = page.context();
    await page.waitForFunction(() => globalThis.firstLabels);
    // The Japanese catalog was there before the first element appeared: no English flash.
    assert.deepEqual(await page.evaluate(() => globalThis.firstLabels[0]), "コードを再送信");
    const german = page.locator("#german .crc-label");
    await german.filter({ hasText: "Code erneut senden" }).waitFor();
    assert.equal(await page.locator("#german .cognito-resend-code").getAttribute("lang"), "de");
    assert.equal(await page.locator("#page-language .cognito-resend-code").getAttribute("lang"), "ja");
    await page.locator("#german .crc-button").click();
    await page.locator("#german [role=status]").filter({ hasText: "Wir haben einen Code per SMS" }).waitFor();
    // The countdown in words comes from the loaded catalog too (its duration words).
    const spoken = await page.locator("#german .crc-button .crc-visually-hidden").textContent();
    assert.match(spoken, /^Code erneut senden, verfügbar in \d+ Sekunden?$/);

    // The headless API's friendlyMessage in French.
    const friendly = await page.evaluate((endpoint) =>
      globalThis.resendConfirmationCode({ endpoint, clientId: "lang", username: "fake.error.UserNotFoundException", locale: "fr" })
        .catch((error) => error.friendlyMessage), env.fake);
    assert.equal(friendly, "Aucun compte ne correspond à ce nom d’utilisateur. Vérifiez-le ou inscrivez-vous à nouveau.");
    // Each once: the page's own from the hint (the element's fetch took the
    // preloaded answer), the others when asked for.
    const catalogs = requests.filter((r) => r.path.includes("/locales/")).map((r) => `${r.file} ${r.by}`);
    assert.deepEqual(catalogs.sort(), ["de.json script", "fr.json script", "ja.json parser"]);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe("a catalog that cannot be fetched", () => {
  test("the widget speaks English and its lang says so", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // The catalogs' files are missing (not emitted by a bundler, say).
    await page.route("**/locales/*.json", (route) => route.fulfill({ status: 404, contentType: "text/plain", body: "" }));
    const german = page.waitForResponse((response) => response.url().includes("/locales/de.json"), { timeout: 10_000 });
    await page.goto(`${site.url}languages.html`);
    await page.waitForFunction(() => globalThis.firstLabels);
    // The page's language (ja): its catalog failed before the first element appeared.
    assert.equal(await page.evaluate(() => globalThis.firstLabels[0]), "Resend code");
    assert.equal(await page.locator("#page-language .cognito-resend-code").getAttribute("lang"), "en");
    // locale="de": asked for at mount; once that has failed, a press answers in English.
    await german;
    await page.locator("#german .crc-button").click({ timeout: 10_000 });
    await page.locator("#german [role=status]").filter({ hasText: "We texted a code to" }).waitFor({ timeout: 10_000 });
    assert.equal(await page.locator("#german .cognito-resend-code").getAttribute("lang"), "en");
    await context.close();
  });
});

describe("an idle widget keeps no timer or animation frame", () => {
  test("none before or after a send without cooldown; one timer only while a countdown runs", async () => {
    const context = await browser.newContext();
    await context.addInitScript(trackTimers);
    const page = await context.newPage();
    await page.goto(`${site.url}languages.html`);
    await page.waitForFunction(() => globalThis.firstLabels);
    const pending = () => page.evaluate(() => globalThis.pendingTimers());
    assert.deepEqual(await pending(), []);

    const element = page.locator("#page-language");
    await element.locator(".crc-button").click();
    await element.locator("[role=status]").filter({ hasText: "a***@e***" }).waitFor();
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    assert.deepEqual(await pending(), [], "the request's timeout is cleared with the answer");

    await page.evaluate(() => { document.querySelector("#page-language").cooldown = "30"; });
    await element.locator(".crc-button").click();
    await element.locator(".crc-label").filter({ hasText: /\d:\d\d/ }).waitFor();
    assert.deepEqual(await pending(), ["timer"], "the countdown's next tick, nothing else");
    await context.close();
  });
});

describe("a plain page with only <script type=module>", () => {
  test("README's hints: the HTML asks for every module and the wasm, each fetched once; nothing of the headless API", async () => {
    const { page, requests, errors } = await openRecording("plain.html");
    await page.locator("#first .crc-button").waitFor();
    assert.deepEqual(
      requests.map((r) => `${r.file} ${r.by}`),
      [
        "plain.html other",
        "define.js parser",
        "element.js parser",
        "cognito_resend_code_element.js parser",
        "element-styles.js parser",
        "locales.js parser",
        "cognito_resend_code_element_bg.wasm parser",
      ],
    );
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  for (const hints of [true, false]) {
    test(`a page that only uses the headless API loads only its wasm (${hints ? "README's hints" : "no hints"})`, async () => {
      const { page, requests, errors } = await openRecording(hints ? "headless.html" : "headless-no-hints.html");
      await page.locator("#send").click();
      await page.locator("#result").filter({ hasText: "sent EMAIL a***@e***" }).waitFor();
      const by = hints ? "parser" : "script";
      assert.deepEqual(
        requests.filter((r) => /\.(js|wasm|json)$/.test(r.file)).map((r) => `${r.file} ${r.by}`),
        [
          `index.js ${by}`,
          `cognito_resend_code.js ${by}`,
          `locales.js ${by}`,
          `cognito_resend_code_bg.wasm ${by}`,
        ],
      );
      assert.deepEqual(errors, []);
      await page.context().close();
    });
  }

  test("a server that sends the wasm without its MIME type still works: the glue compiles it from the bytes", async () => {
    const untyped = await serveStatic(work, {}, { types: { ".wasm": "application/octet-stream" } });
    const { page, errors } = await open("headless-no-hints.html", undefined, untyped.url);
    await page.locator("#send").click();
    await page.locator("#result").filter({ hasText: "sent EMAIL a***@e***" }).waitFor();
    assert.deepEqual(errors, []);
    await page.context().close();
    await untyped.close();
  });

  test("the glue's init: a wasm that is not there fails with its status and URL; bytes work in place of a URL", async () => {
    const { page } = await open("headless.html");
    const outcome = await page.evaluate(async () => {
      const { default: init } = await import("./node_modules/cognito-resend-code/cognito_resend_code_element.js");
      const missing = await init({ module_or_path: new URL("./node_modules/cognito-resend-code/missing.wasm", location.href) }).then(
        () => "resolved",
        (error) => error.message,
      );
      const bytes = await (await fetch("./node_modules/cognito-resend-code/cognito_resend_code_element_bg.wasm")).arrayBuffer();
      const exports = await init({ module_or_path: new Uint8Array(bytes) });
      return { missing, memory: Object.values(exports).some((value) => value instanceof WebAssembly.Memory) };
    });
    assert.match(outcome.missing, /^failed to fetch Wasm: 404 fetching 'http:\/\/127\.0\.0\.1:\d+\/node_modules\/cognito-resend-code\/missing\.wasm'$/);
    assert.equal(outcome.memory, true);
    await page.context().close();
  });

  test("two elements with different users work independently", async () => {
    const { page, errors } = await open("plain.html");
    const seen = [];
    await page.exposeFunction("record", (e) => seen.push(e));
    await page.evaluate(() => {
      for (const type of ["code-sent", "code-error"]) {
        document.body.addEventListener(type, (e) => globalThis.record({ type, id: e.target.id, medium: e.detail.deliveryMedium, composed: e.composed }));
      }
    });
    await page.locator("#first .crc-button").click();
    await page.locator("#first [role=status]").filter({ hasText: "We emailed a code to a***@e***." }).waitFor();
    assert.equal(await page.locator("#themed [role=status]").textContent(), "");
    await page.locator("#themed .crc-button").click();
    await page.locator("#themed [role=status]").filter({ hasText: "We texted a code to +*******1234." }).waitFor();
    assert.deepEqual(seen, [
      { type: "code-sent", id: "first", medium: "EMAIL", composed: true },
      { type: "code-sent", id: "themed", medium: "SMS", composed: true },
    ]);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test("events dispatched by a script count as a person's: a plain click sends, a double click's second does not, a held key's repeats are cancelled", async () => {
    const { page, errors } = await open("plain.html");
    await page.locator("#first .crc-button").waitFor();
    const sent = await page.evaluate(async () => {
      const el = document.querySelector("#first");
      const button = el.shadowRoot.querySelector(".crc-button");
      let count = 0;
      el.addEventListener("code-sent", () => count++);
      const settled = () => new Promise((resolve) => setTimeout(resolve, 300));
      // An `Event` has no `detail`: read as a single press.
      button.dispatchEvent(new Event("click"));
      for (let waited = 0; count === 0 && waited < 5000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      await settled();
      const afterPlain = count;
      // The second click of a double click is not another press.
      button.dispatchEvent(new MouseEvent("click", { detail: 2 }));
      await settled();
      const afterSecond = count;
      const keydown = (init) => button.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", cancelable: true, ...init }));
      return {
        afterPlain,
        afterSecond,
        repeatCancelled: !keydown({ repeat: true }),
        firstKept: keydown({}),
        plainEventKept: button.dispatchEvent(new Event("keydown", { cancelable: true })),
      };
    });
    assert.deepEqual(sent, { afterPlain: 1, afterSecond: 1, repeatCancelled: true, firstKept: true, plainEventKept: true });
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test("it works where the page enforces Trusted Types (no markup sinks)", async () => {
    const strict = await serveStatic(work, { "Content-Security-Policy": "require-trusted-types-for 'script'" });
    const { page, errors } = await open("plain.html", undefined, strict.url);
    await page.locator("#first .crc-button").click();
    await page.locator("#first [role=status]").filter({ hasText: "We emailed a code to a***@e***." }).waitFor();
    assert.deepEqual(errors, []);
    await page.context().close();
    await strict.close();
  });

  test("custom properties and parts style it from outside", async () => {
    const { page } = await open("plain.html");
    const themed = page.locator("#themed .crc-button");
    await themed.waitFor();
    assert.equal(await themed.evaluate((b) => getComputedStyle(b).backgroundColor), "rgb(200, 0, 0)");
    assert.equal(await themed.evaluate((b) => getComputedStyle(b).borderTopLeftRadius), "0px");
    const plain = page.locator("#first .crc-button");
    assert.equal(await plain.evaluate((b) => getComputedStyle(b).backgroundColor), "rgb(37, 99, 235)");
    await page.context().close();
  });

  test("properties set before the element is defined are kept", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Hold the definition back until a property has been set on the element.
    await page.route("**/define.js", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    await page.goto(`${site.url}plain.html`, { waitUntil: "domcontentloaded" });
    await page.evaluate(() => {
      document.querySelector("#first").username = "fake.sms";
    });
    await page.locator("#first .crc-button").click();
    await page.locator("#first [role=status]").filter({ hasText: "We texted a code to +*******1234." }).waitFor();
    assert.equal(await page.evaluate(() => document.querySelector("#first").getAttribute("username")), "fake.sms");
    await context.close();
  });

  test("properties mirror attributes and a new username starts over", async () => {
    const { page } = await open("plain.html");
    await page.locator("#first .crc-button").click();
    await page.locator("#first [role=status]").filter({ hasText: "We emailed" }).waitFor();
    const mirrored = await page.evaluate(() => {
      const el = document.querySelector("#first");
      el.username = "fake.sms";
      el.locale = "de";
      el.enumerationSafe = true;
      return [el.getAttribute("username"), el.getAttribute("locale"), el.hasAttribute("enumeration-safe"), el.clientId, el.cooldown];
    });
    assert.deepEqual(mirrored, ["fake.sms", "de", true, "plain", "0"]);
    await page.locator("#first .crc-label").filter({ hasText: "Code erneut senden" }).waitFor();
    assert.equal(await page.locator("#first [role=status]").textContent(), "", "the old user's result is gone");
    await page.context().close();
  });

  test("every field from attributes reaches the wire in the protocol's key order", async () => {
    const { page, errors } = await open("plain.html");
    const username = `fake.email+all-${Date.now()}`;
    await page.evaluate((username) => {
      const el = document.querySelector("#first");
      el.username = username;
      el.secretHash = "aGFzaA==";
      el.clientMetadata = { source: "widget", lang: "de" };
      el.analyticsEndpointId = "ep-123";
      el.ipAddress = "192.0.2.1";
      el.encodedData = "from-the-page";
    }, username);
    await page.locator("#first .crc-button").click();
    await page.locator("#first [role=status]").filter({ hasText: "We emailed" }).waitFor();
    const seen = await (await fetch(new URL("_requests", env.fake))).json();
    assert.equal(
      seen.find((r) => r.body.includes(username)).body,
      `{"ClientId":"plain","Username":"${username}","SecretHash":"aGFzaA==","UserContextData":{"IpAddress":"192.0.2.1","EncodedData":"from-the-page"},"AnalyticsMetadata":{"AnalyticsEndpointId":"ep-123"},"ClientMetadata":{"source":"widget","lang":"de"}}`,
    );
    assert.deepEqual(await page.evaluate(() => document.querySelector("#first").clientMetadata), { source: "widget", lang: "de" });

    // The headless API in the browser, every option.
    const headless = `fake.email+all-headless-${Date.now()}`;
    await page.evaluate(async ({ headless, fake }) => {
      const { resendConfirmationCode } = await import("./node_modules/cognito-resend-code/index.js");
      await resendConfirmationCode({
        endpoint: fake,
        clientId: "plain",
        username: headless,
        secretHash: "aGFzaA==",
        clientMetadata: { source: "widget", lang: "de" },
        analyticsEndpointId: "ep-123",
        userContextData: { ipAddress: "192.0.2.1", encodedData: "from-the-page" },
      });
    }, { headless, fake: env.fake });
    const again = await (await fetch(new URL("_requests", env.fake))).json();
    assert.equal(
      again.find((r) => r.body.includes(headless)).body,
      `{"ClientId":"plain","Username":"${headless}","SecretHash":"aGFzaA==","UserContextData":{"IpAddress":"192.0.2.1","EncodedData":"from-the-page"},"AnalyticsMetadata":{"AnalyticsEndpointId":"ep-123"},"ClientMetadata":{"source":"widget","lang":"de"}}`,
    );
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test("advanced security: EncodedData from the page's script, for the element and the headless API", async () => {
    const { page } = await open("plain.html");
    const username = `fake.email+asd-${Date.now()}`;
    await page.evaluate((username) => {
      globalThis.AmazonCognitoAdvancedSecurityData = {
        getData: (user, pool, client) => `asd|${user}|${pool}|${client}`,
      };
      const el = document.querySelector("#first");
      el.username = username;
      el.userPoolId = "us-east-1_Pool";
    }, username);
    await page.locator("#first .crc-button").click();
    await page.locator("#first [role=status]").filter({ hasText: "We emailed" }).waitFor();
    const headless = `fake.sms+asd-${Date.now()}`;
    await page.evaluate(async ({ headless, fake }) => {
      const { resendConfirmationCode } = await import("./node_modules/cognito-resend-code/index.js");
      await resendConfirmationCode({ endpoint: fake, clientId: "plain", username: headless, userPoolId: "us-east-1_Pool" });
      globalThis.AmazonCognitoAdvancedSecurityData = { getData: () => { throw new Error("broken collector"); } };
      await resendConfirmationCode({ endpoint: fake, clientId: "plain", username: headless + "x", userPoolId: "us-east-1_Pool" });
    }, { headless, fake: env.fake });
    const seen = await (await fetch(new URL("_requests", env.fake))).json();
    const body = (name) => seen.find((r) => JSON.parse(r.body).Username === name).body;
    assert.equal(body(username), `{"ClientId":"plain","Username":"${username}","UserContextData":{"EncodedData":"asd|${username}|us-east-1_Pool|plain"}}`);
    assert.equal(body(headless), `{"ClientId":"plain","Username":"${headless}","UserContextData":{"EncodedData":"asd|${headless}|us-east-1_Pool|plain"}}`);
    assert.equal(body(headless + "x"), `{"ClientId":"plain","Username":"${headless}x"}`);
    await page.context().close();
  });

  test("the messages property rewords the element; a key that is not a message key is said and blocks the send", async () => {
    const { page, errors } = await open("plain.html");
    const username = `fake.email+messages-${Date.now()}`;
    const consoleErrors = [];
    page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
    await page.locator("#first .crc-button").waitFor();
    await page.evaluate((username) => {
      const el = document.querySelector("#first");
      el.username = username;
      el.cooldown = "0";
      el.messages = { ResendButton: "Send it again", SentEmail: "Mailed to {destination}!" };
    }, username);
    await page.locator("#first .crc-button").filter({ hasText: "Send it again" }).waitFor();
    await page.locator("#first .crc-button").click();
    await page.locator("#first [role=status]").filter({ hasText: "Mailed to a***@e***!" }).waitFor();
    assert.deepEqual(await page.evaluate(() => document.querySelector("#first").messages), {
      ResendButton: "Send it again",
      SentEmail: "Mailed to {destination}!",
    });
    // A misspelt key: said at once, and a press sends nothing until it is fixed.
    await page.evaluate(() => {
      document.querySelector("#first").messages = { ResendButon: "x" };
    });
    await page.locator("#first .crc-button").filter({ hasText: "Resend code" }).waitFor();
    await page.locator("#first .crc-button").click();
    await page.locator("#first [role=alert]").filter({ hasText: "isn't set up correctly" }).waitFor();
    const seen = await (await fetch(new URL("_requests", env.fake))).json();
    assert.equal(seen.filter((r) => r.body.includes(username)).length, 1);
    assert.deepEqual(consoleErrors, ["messages.ResendButon is not a message key", "messages.ResendButon is not a message key"]);
    // An object whose getter throws is refused, and the element keeps working.
    await page.evaluate(() => {
      document.querySelector("#first").messages = { get ResendButton() { throw new Error("boom"); } };
      document.querySelector("#first").messages = { ResendButton: "Again" };
    });
    await page.locator("#first .crc-button").filter({ hasText: "Again" }).waitFor();
    assert.equal(consoleErrors[2], "messages must be an object of strings");
    // A text that is not a string, and an array: each named, then a good value again.
    await page.evaluate(() => {
      const el = document.querySelector("#first");
      for (const value of [{ ResendButton: 5 }, { ResendButton: undefined }, { ResendButton: { text: "x" } }, ["x"], { ResendButton: "Once more" }]) {
        el.messages = value;
      }
    });
    await page.locator("#first .crc-button").filter({ hasText: "Once more" }).waitFor();
    assert.deepEqual(consoleErrors.slice(3), [
      "messages.ResendButton must be a string",
      "messages.ResendButton must be a string",
      "messages.ResendButton must be a string",
      "messages must be an object of strings",
    ]);
    assert.deepEqual(errors.filter((e) => !e.startsWith("messages")), []);
    await page.context().close();
  });

  test("the words of a {wait} are messages too: a page says the countdown in a language the package does not ship", async () => {
    const { page, errors } = await open("plain.html");
    const username = `fake.email+italian-${Date.now()}`;
    await page.locator("#first .crc-button").waitFor();
    await page.evaluate((username) => {
      const el = document.querySelector("#first");
      el.username = username;
      el.cooldown = "65";
      // pkg/README's example.
      el.messages = {
        CooldownLabel: "Invia di nuovo, tra {wait}",
        Second: "{n} secondo", Seconds: "{n} secondi",
        Minute: "{n} minuto", Minutes: "{n} minuti",
        MinutesAndSeconds: "{minutes} e {seconds}",
      };
    }, username);
    await page.locator("#first .crc-button").click();
    await page.locator("#first [role=status]").filter({ hasText: "We emailed a code" }).waitFor();
    const spoken = await page.locator("#first .crc-button .crc-visually-hidden").textContent();
    assert.match(spoken, /^Invia di nuovo, tra 1 minuto(?: e (?:1 secondo|[2-5] secondi))?$/);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test("client-metadata that is not a JSON object of strings: a console error and no request", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const consoleErrors = [];
    page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
    await page.goto(`${site.url}plain.html`);
    const username = `fake.email+badjson-${Date.now()}`;
    await page.locator("#first .crc-button").waitFor();
    await page.evaluate((username) => {
      const el = document.querySelector("#first");
      el.username = username;
      el.setAttribute("client-metadata", "{lang: de}");
    }, username);
    await page.locator("#first .crc-button").click();
    await page.locator("#first [role=alert]").filter({ hasText: "isn't set up correctly" }).waitFor();
    await page.evaluate(() => {
      document.querySelector("#first").clientMetadata = { n: 1 };
    });
    await page.locator("#first .crc-button").click();
    await page.waitForTimeout(200);
    const seen = await (await fetch(new URL("_requests", env.fake))).json();
    assert.equal(seen.filter((r) => r.body.includes(username)).length, 0);
    assert.deepEqual(consoleErrors, [
      "client-metadata: ClientMetadata is not valid JSON",
      "client-metadata: ClientMetadata is not valid JSON",
      'client-metadata: ClientMetadata value of "n" must be a string',
      'client-metadata: ClientMetadata value of "n" must be a string',
    ]);
    await context.close();
  });

  test("removing an element mid-request leaves nothing running; adding it back works", async () => {
    const { page, errors } = await open("plain.html");
    await page.locator("#first .crc-button").waitFor();
    await page.evaluate(() => {
      document.querySelector("#first").username = "fake.slow";
    });
    await page.locator("#first .crc-button").click();
    await page.locator("#first .crc-label").filter({ hasText: "Sending…" }).waitFor();
    const removed = await page.evaluate(async () => {
      const el = document.querySelector("#first");
      el.remove();
      globalThis.parked = el;
      // Unmounted once the removing script is done (a move would keep it).
      await new Promise((resolve) => setTimeout(resolve, 0));
      return el.shadowRoot.childElementCount === 0 || el.shadowRoot.querySelector(".crc-button") === null;
    });
    assert.equal(removed, true, "the shadow root is emptied");
    await page.waitForTimeout(800); // the slow answer would have come by now
    await page.evaluate(() => {
      globalThis.parked.username = "fake.email";
      document.body.append(globalThis.parked);
    });
    await page.locator("#first .crc-button").click();
    await page.locator("#first [role=status]").filter({ hasText: "We emailed a code to a***@e***." }).waitFor();
    assert.equal(await page.locator("#first .crc-button").count(), 1);
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});
