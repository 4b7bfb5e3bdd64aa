// The server-rendered example app (hydrated, and in islands mode) in
// Chromium, Firefox and WebKit (Safari's engine), each scenario written once
// (tests/support/webdriver.mjs). Checks that need Chromium's own protocol
// (console, timers, held wasm) are in ssr-app.test.mjs.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { env, requireEnv } from "../e2e/support.mjs";
import { describeInEngines } from "../support/webdriver.mjs";

before(() => requireEnv());

const modes = [
  { mode: "hydrated", app: process.env.SSR_APP_URL, clientSideRoutes: true },
  { mode: "islands", app: process.env.SSR_ISLANDS_URL, clientSideRoutes: false },
];

// In the page.
const hydrated = () => Boolean(document.querySelector(".cognito-resend-code .crc-button:not([aria-busy])"));
const label = () => document.querySelector(".cognito-resend-code .crc-label")?.textContent ?? "";
const status = () => document.querySelector(".cognito-resend-code [role=status]")?.textContent ?? "";

describeInEngines((engine, browser) => {
  for (const { mode, app, clientSideRoutes } of modes) {
    const address = (path = "/") =>
      `${new URL(path, app)}?${new URLSearchParams({ endpoint: env.ministack, client_id: env.clientId, username: env.username })}`;

    test(`${mode}: hydrates, a press shows the masked destination, a reload and a route change keep the cooldown`, async () => {
      assert.ok(app, `the ${mode} app's URL is not set: run the tests through tools/test.sh`);
      // A fresh start: no deadline stored by an earlier test.
      await browser().goto(address());
      await browser().run(() => localStorage.clear());
      await browser().goto(address());
      await browser().waitFor(hydrated);
      assert.equal(await browser().run(() => document.querySelectorAll(".crc-button").length), 1);
      await browser().run(() => document.querySelector(".cognito-resend-code .crc-button").click());
      await browser().waitFor(() => document.querySelector(".cognito-resend-code [role=status]")?.textContent.startsWith("We emailed"));
      assert.match(await browser().run(status), /^We emailed a code to a\*+@e\*+\.?$/);
      assert.match(await browser().run(label), /^Resend code in 0:[0-3]\d$/);

      await browser().goto(address());
      await browser().waitFor(hydrated);
      assert.match(await browser().run(label), /^Resend code in 0:[0-3]\d$/);

      // Away and back through the app's links; a marker on window tells a
      // client-side route change from a page load.
      await browser().run(() => (window.stayed = true));
      await browser().run(() => [...document.querySelectorAll("nav a")].find((a) => a.textContent === "Help").click());
      await browser().waitFor(() => document.querySelector("h1")?.textContent === "Help");
      assert.equal(await browser().run(() => document.querySelectorAll(".crc-button").length), 0);
      await browser().run(() => [...document.querySelectorAll("nav a")].find((a) => a.textContent === "Confirm").click());
      await browser().waitFor(hydrated);
      assert.match(await browser().run(label), /^Resend code in 0:[0-3]\d$/);
      assert.equal(await browser().run(() => window.stayed === true), clientSideRoutes);
    });
  }
});
