// The installed package's pages in Firefox and WebKit (Safari's engine),
// through WebDriver: the element and the headless API from the Vite,
// esbuild and webpack pages, a plain page, and languages loaded on demand.
// The same pages run in Chromium, with more checks, in browser.test.mjs.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const work = process.cwd();
const support = (file) => import(pathToFileURL(join(process.env.ROOT, "tests", file)));
const { env, requireEnv, serveStatic } = await support("e2e/support.mjs");
const { describeInEngines } = await support("support/webdriver.mjs");

let site;

before(async () => {
  requireEnv();
  for (const name of ["plain", "languages"]) {
    writeFileSync(join(work, `${name}.html`), readFileSync(join(work, `${name}.html.in`), "utf8").replaceAll("__FAKE__", env.fake));
  }
  site = await serveStatic(work);
});

after(async () => {
  await site?.close();
});

// In the page: the text of `selector` inside the element `host`'s shadow root.
const shadowText = (host, selector) => document.querySelector(host)?.shadowRoot?.querySelector(selector)?.textContent ?? "";
const pressInShadow = (host) => {
  const button = document.querySelector(host)?.shadowRoot?.querySelector(".crc-button");
  button?.click();
  return Boolean(button);
};

describeInEngines((engine, browser) => {
  // A fresh start on the test site: no deadline stored by an earlier page.
  async function open(path) {
    await browser().goto(`${site.url}${path}`);
    await browser().run(() => localStorage.clear());
    await browser().goto(`${site.url}${path}`);
  }

  for (const bundler of ["vite", "esbuild", "webpack"]) {
    test(`${bundler} page: the element sends and fires code-sent; the headless API works`, async () => {
      const query = new URLSearchParams({
        endpoint: env.ministack,
        "client-id": env.clientId,
        username: env.username,
        "headless-username": env.username,
      });
      await open(`dist-${bundler}/index.html?${query}`);
      await browser().waitFor(pressInShadow, "cognito-resend-code");
      const status = await browser().waitFor(shadowText, "cognito-resend-code", "[role=status]");
      assert.equal(status, "We emailed a code to a****@e****.");
      assert.deepEqual(await browser().run(() => globalThis.events), [
        { type: "code-sent", detail: { destination: "a****@e****", deliveryMedium: "EMAIL", attributeName: "email" } },
      ]);
      await browser().run(() => document.querySelector("#headless").click());
      const result = await browser().waitFor(() => document.querySelector("#headless-result").textContent);
      assert.match(result, /sent EMAIL a\*\*\*\*@e\*\*\*\*/);
    });
  }

  test("plain page: two elements, two users, styled from outside", async () => {
    await open("plain.html");
    await browser().waitFor(pressInShadow, "#first");
    assert.equal(await browser().waitFor(shadowText, "#first", "[role=status]"), "We emailed a code to a***@e***.");
    await browser().waitFor(pressInShadow, "#themed");
    assert.equal(await browser().waitFor(shadowText, "#themed", "[role=status]"), "We texted a code to +*******1234.");
    const themed = await browser().run(() => {
      const button = document.querySelector("#themed").shadowRoot.querySelector(".crc-button");
      return [getComputedStyle(button).backgroundColor, getComputedStyle(button).borderTopLeftRadius];
    });
    assert.deepEqual(themed, ["rgb(200, 0, 0)", "0px"]);
  });

  test("languages: the page's from the first frame, another loaded on demand", async () => {
    await open("languages.html");
    await browser().waitFor(() => globalThis.firstLabels);
    assert.equal(await browser().run(() => globalThis.firstLabels[0]), "コードを再送信");
    // The German catalog arrives after the first frame: wait for its words.
    await browser().waitFor(() => document.querySelector("#german")?.shadowRoot?.querySelector(".crc-label")?.textContent === "Code erneut senden");
    assert.equal(await browser().run(() => document.querySelector("#german").shadowRoot.querySelector(".cognito-resend-code").lang), "de");
  });
});
