// The element's conventions, as the installed package gives them, in
// Chromium, Firefox and WebKit: custom states, slots, the help line and its
// change-destination event, send() and disabled, delegatesFocus with a
// visible focus ring, :host([hidden]), and custom-elements.json checked
// against the element itself.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const work = process.cwd();
const support = (file) => import(pathToFileURL(join(process.env.ROOT, "tests", file)));
const { env, fakeRequests, requireEnv, serveStatic } = await support("e2e/support.mjs");
const { describeInEngines, openingOnceMoreAfterStall } = await support("support/webdriver.mjs");

let site;

before(async () => {
  requireEnv();
  writeFileSync(join(work, "conventions.html"), readFileSync(join(work, "conventions.html.in"), "utf8").replaceAll("__FAKE__", env.fake));
  site = await serveStatic(work);
});

after(async () => {
  await site?.close();
});

/** The requests the fake received for `username`. */
async function requestsFor(username) {
  return (await fakeRequests()).filter((request) => JSON.parse(request.body).Username === username);
}

describeInEngines((engine, browser, restart) => {
  // WebKitGTK's rare stall on a navigation: see openingOnceMoreAfterStall.
  async function open() {
    await openingOnceMoreAfterStall(engine, restart, async () => {
      await browser().goto(`${site.url}conventions.html`);
      await browser().run(() => localStorage.clear());
      await browser().goto(`${site.url}conventions.html`);
    });
    await browser().waitFor(() => document.querySelector("#plain")?.shadowRoot?.querySelector(".crc-button"));
  }

  test("custom states, slotted text, the help line and its change-destination event", async () => {
    await open();
    const username = `fake.email+states-${engine.name.split(" ")[0]}-${Date.now()}`;
    const before = await browser().run((username) => {
      const element = document.querySelector("#slotted");
      element.username = username;
      document.body.dataset.events = "";
      element.addEventListener("change-destination", (event) => {
        document.body.dataset.events += `${event.type}:${event.bubbles}:${event.composed};`;
      });
      const label = element.shadowRoot.querySelector(".crc-label slot");
      return {
        supported: CSS.supports("selector(:state(sent))"),
        slot: label?.name,
        shown: label?.assignedElements().map((e) => e.textContent),
        helpHidden: element.shadowRoot.querySelector(".crc-help").hidden,
      };
    }, username);
    assert.deepEqual(before, { supported: true, slot: "ResendButton", shown: ["Send it again"], helpHidden: true });
    await browser().run(() => document.querySelector("#slotted").shadowRoot.querySelector(".crc-button").click());
    await browser().waitFor(() => document.querySelector("#slotted").matches(":state(sent)"));
    const after = await browser().run(() => {
      const element = document.querySelector("#slotted");
      const root = element.shadowRoot;
      const help = root.querySelector(".crc-help");
      return {
        states: ["sending", "cooldown", "limit", "sent", "error"].filter((s) => element.matches(`:state(${s})`)),
        dataState: root.querySelector(".cognito-resend-code").dataset.state ?? null,
        status: root.querySelector("[role=status] slot")?.name,
        statusText: root.querySelector("[role=status]").textContent,
        helpHidden: help.hidden,
        helpText: help.querySelector(".crc-help-text").textContent,
        helpSlot: help.querySelector("slot[name=help]").assignedElements().map((e) => e.textContent),
        // Set apart from the change control's text.
        helpSlotGap: getComputedStyle(help.querySelector("slot[name=help]").assignedElements()[0]).marginInlineStart,
        change: root.querySelector(".crc-change").textContent,
      };
    });
    assert.deepEqual(after, {
      states: ["sent"],
      dataState: null,
      status: "SentEmail",
      statusText: "We emailed a code to a***@e***.",
      helpHidden: false,
      helpText: "Didn't get it? Check your spam folder and give it a minute or two. Only the newest code works.",
      helpSlot: ["Contact support"],
      helpSlotGap: "4px",
      change: "Change your email or phone number",
    });
    await browser().run(() => document.querySelector("#slotted").shadowRoot.querySelector(".crc-change").click());
    assert.equal(await browser().run(() => document.body.dataset.events), "change-destination:true:true;");
    // The page takes the person back and they come with another address: the
    // help line hides, and focus goes to the resend button, not the page.
    const focused = await browser().run((username) => {
      const element = document.querySelector("#slotted");
      element.shadowRoot.querySelector(".crc-change").focus();
      element.username = username;
      return [element.shadowRoot.querySelector(".crc-help").hidden, element.shadowRoot.activeElement?.className];
    }, `fake.email+other-${engine.name.split(" ")[0]}-${Date.now()}`);
    assert.deepEqual(focused, [true, "crc-button"]);
    // A cooldown and an error are states too.
    const limited = `fake.error.LimitExceededException+states-${engine.name.split(" ")[0]}-${Date.now()}`;
    await browser().run((username) => { document.querySelector("#plain").username = username; }, limited);
    await browser().run(() => document.querySelector("#plain").shadowRoot.querySelector(".crc-button").click());
    await browser().waitFor(() => document.querySelector("#plain").matches(":state(error)"));
    assert.deepEqual(
      await browser().run(() => ["sending", "cooldown", "limit", "sent", "error"].filter((s) => document.querySelector("#plain").matches(`:state(${s})`))),
      ["limit", "error"],
    );
    assert.equal(await browser().run(() => document.querySelector("#plain").shadowRoot.querySelector(".cognito-resend-code").dataset.state), "limit");
  });

  test("on a right-to-left page each text reads in its own direction: English full stops at the end, Arabic from the right", async () => {
    await open();
    const seen = await browser().runAsync(async () => {
      const page = document.createElement("div");
      page.setAttribute("dir", "rtl");
      page.setAttribute("lang", "ar");
      // Wide enough for every line to fit on one (so places compare).
      page.style.width = "4000px";
      const element = document.createElement("cognito-resend-code");
      // No region and no endpoint: a press shows the setup alert, sends nothing.
      element.setAttribute("client-id", "conventions");
      element.setAttribute("username", `fake.email+rtl-${Date.now()}`);
      page.append(element);
      document.body.append(page);
      const alert = element.shadowRoot.querySelector("[role=alert]");
      // Where the first and the last character of the alert's text are drawn.
      const ends = () => {
        const walker = document.createTreeWalker(alert, NodeFilter.SHOW_TEXT);
        const text = walker.nextNode();
        const box = (start) => {
          const range = document.createRange();
          range.setStart(text, start);
          range.setEnd(text, start + 1);
          return range.getBoundingClientRect();
        };
        const [first, last] = [box(0), box(text.length - 1)];
        return { text: text.data, lastIsRightOfFirst: last.left > first.left };
      };
      element.shadowRoot.querySelector(".crc-button").click();
      await new Promise((resolve) => requestAnimationFrame(() => resolve()));
      const english = ends();
      // A page's own Arabic words, on a left-to-right page: read from the right.
      page.setAttribute("dir", "ltr");
      element.messages = { Misconfigured: "هذا النموذج غير مُعدّ بشكل صحيح." };
      element.shadowRoot.querySelector(".crc-button").click();
      await new Promise((resolve) => requestAnimationFrame(() => resolve()));
      const arabic = ends();
      // The help line on the right-to-left page: a gap between its text and
      // the change control after it.
      page.setAttribute("dir", "rtl");
      element.messages = null;
      element.setAttribute("endpoint", document.querySelector("#plain").getAttribute("endpoint"));
      element.setAttribute("help", "");
      element.setAttribute("change-destination", "");
      await element.send();
      const root = element.shadowRoot;
      const gap = root.querySelector(".crc-change").getBoundingClientRect().left
        - root.querySelector(".crc-help-text").getBoundingClientRect().right;
      page.remove();
      return { english, arabic, gapAfterHelpText: gap > 1 };
    });
    assert.deepEqual(seen, {
      english: { text: "This sign-up form isn't set up correctly. Please contact support.", lastIsRightOfFirst: true },
      arabic: { text: "هذا النموذج غير مُعدّ بشكل صحيح.", lastIsRightOfFirst: false },
      gapAfterHelpText: true,
    });
  });

  test("the end of a wait is said once, however often the page turns the element off and on", async () => {
    await open();
    const username = `fake.email+announce-${engine.name.split(" ")[0]}-${Date.now()}`;
    const said = await browser().runAsync(async (username) => {
      const element = document.createElement("cognito-resend-code");
      element.setAttribute("endpoint", document.querySelector("#plain").getAttribute("endpoint"));
      element.setAttribute("client-id", "conventions");
      element.setAttribute("cooldown", "1");
      element.username = username;
      document.body.append(element);
      const announce = element.shadowRoot.querySelector(".crc-announce");
      await element.send();
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const over = announce.textContent;
      // The page checks the code the person typed: off, then on again.
      element.disabled = true;
      element.disabled = false;
      const again = announce.textContent;
      element.remove();
      return [over, again];
    }, username);
    assert.deepEqual(said, ["You can ask for a new code now.", ""]);
  });

  test("start-cooldown on an element given its user after it is on the page: that user gets the wait", async () => {
    await open();
    const tag = `${engine.name.split(" ")[0]}-${Date.now()}`;
    const [username, lastClient] = [`fake.email+late-${tag}`, `fake.email+late2-${tag}`];
    const seen = await browser().run(([username, lastClient]) => {
      const make = ({ start, clientId }) => {
        const element = document.createElement("cognito-resend-code");
        element.setAttribute("endpoint", document.querySelector("#plain").getAttribute("endpoint"));
        if (clientId) element.setAttribute("client-id", "conventions");
        if (start) element.setAttribute("start-cooldown", "");
        document.body.append(element);
        return element;
      };
      const label = (element) => element.shadowRoot.querySelector(".crc-label").textContent;
      // The username set after mounting.
      const late = make({ start: true, clientId: true });
      const before = label(late);
      late.username = username;
      // Another widget for the same user reads the wait from storage.
      const other = make({ start: false, clientId: true });
      other.username = username;
      // Neither on mount, and the client id last (as a framework may bind them).
      const both = make({ start: true, clientId: false });
      both.username = lastClient;
      const withoutClient = label(both);
      both.clientId = "conventions";
      return [before, label(late), late.matches(":state(cooldown)"), label(other), withoutClient, label(both)];
    }, [username, lastClient]);
    assert.deepEqual(seen, ["Resend code", "Resend code in 0:30", true, "Resend code in 0:30", "Resend code", "Resend code in 0:30"]);
    assert.equal((await requestsFor(username)).length, 0);
  });

  test("a page's focus listener that presses while the widget moves the focus: the press is taken", async () => {
    await open();
    const tag = `${engine.name.split(" ")[0]}-${Date.now()}`;
    const [first, second] = [`fake.email+refocus-${tag}`, `fake.email+refocus2-${tag}`];
    await browser().run((username) => {
      const element = document.querySelector("#slotted");
      element.username = username;
      element.shadowRoot.querySelector(".crc-button").click();
    }, first);
    await browser().waitFor(() => document.querySelector("#slotted").matches(":state(sent)"));
    // The page turns the change control off while it has the focus: the
    // focus goes to the button, not to the page.
    const kept = await browser().run(() => {
      const element = document.querySelector("#slotted");
      const root = element.shadowRoot;
      root.querySelector(".crc-change").focus();
      element.removeAttribute("change-destination");
      const focused = root.activeElement?.className;
      element.setAttribute("change-destination", "");
      return [root.querySelector(".crc-change").hidden, focused];
    });
    assert.deepEqual(kept, [false, "crc-button"]);
    // The focus on "Change your email or phone number"; a new username hides
    // the help line and moves the focus to the button, and the page's focusin
    // listener presses that button from inside the move.
    const moved = await browser().run((username) => {
      const element = document.querySelector("#slotted");
      const root = element.shadowRoot;
      document.body.dataset.sent = "";
      element.addEventListener("code-sent", () => { document.body.dataset.sent += "sent;"; });
      root.querySelector(".crc-change").focus();
      let pressed = false;
      root.addEventListener("focusin", () => { pressed = true; root.querySelector(".crc-button").click(); }, { once: true });
      element.username = username;
      // What the nested press showed stays shown.
      const button = root.querySelector(".crc-button");
      return [pressed, element.matches(":state(sending)"), button.getAttribute("aria-busy"), root.querySelector(".crc-label").textContent];
    }, second);
    assert.deepEqual(moved, [true, true, "true", "Sending…"], "the focus moved to the button and the listener pressed it");
    await browser().waitFor(() => document.body.dataset.sent === "sent;");
    assert.equal((await requestsFor(second)).length, 1);
    assert.equal(
      await browser().run(() => document.querySelector("#slotted").shadowRoot.querySelector("[role=status]").textContent),
      "We emailed a code to a***@e***.",
    );
    // The same through the element's send(), from inside the attribute
    // change: a promise of the result, not a "recursive use" exception.
    const third = `fake.email+refocus3-${tag}`;
    const viaSend = await browser().runAsync(async (username) => {
      const element = document.querySelector("#slotted");
      const root = element.shadowRoot;
      root.querySelector(".crc-change").focus();
      let sent = Promise.resolve("no press");
      root.addEventListener("focusin", () => {
        try {
          sent = element.send();
        } catch (error) {
          sent = Promise.resolve(`threw: ${error}`);
        }
      }, { once: true });
      element.username = username;
      return sent.then((details) => details, (error) => `rejected: ${error.name}`);
    }, third);
    assert.deepEqual(viaSend, { destination: "a***@e***", deliveryMedium: "EMAIL", attributeName: "email" });
    assert.equal((await requestsFor(third)).length, 1);
  });

  test("a page's console hook that changes the element while it reports a bad attribute (on the change, on a press): both are taken", async () => {
    await open();
    const username = `fake.email+console-hook-${engine.name.split(" ")[0]}-${Date.now()}`;
    const seen = await browser().runAsync(async (username) => {
      const element = document.querySelector("#plain");
      const original = console.error;
      let reported = null;
      console.error = (message) => {
        console.error = original;
        reported = String(message);
        element.username = username; // back into the widget from its own report
      };
      element.setAttribute("timeout-ms", "soon");
      console.error = original;
      // Said again by a press (here send()): the hook turns the element off
      // from inside it.
      let again = null;
      console.error = (message) => {
        console.error = original;
        again = String(message);
        element.disabled = true;
      };
      const refused = await element.send().then(() => "sent", (error) => error.name);
      console.error = original;
      const turnedOff = element.shadowRoot.querySelector(".crc-button").getAttribute("aria-disabled");
      element.disabled = false;
      element.setAttribute("timeout-ms", "10000");
      const details = await element.send().then((details) => details.destination, (error) => `rejected: ${error.name}`);
      return { reported, again, refused, turnedOff, details };
    }, username);
    assert.match(seen.reported, /timeout-ms/);
    assert.match(seen.again, /timeout-ms/);
    assert.equal(seen.refused, "InvalidSetup");
    assert.equal(seen.turnedOff, "true");
    assert.equal(seen.details, "a***@e***");
    assert.equal((await requestsFor(username)).length, 1);
  });

  test("a page's advanced-security script or console.debug hook that changes the element during a press: taken, and the element goes on", async () => {
    await open();
    const tag = `${engine.name.split(" ")[0]}-${Date.now()}`;
    const [first, second, third, fourth, fifth, sixth] = ["first", "second", "third", "fourth", "fifth", "sixth"]
      .map((step) => `fake.email+hook-${step}-${tag}`);
    const seen = await browser().runAsync(async ([first, second, third, fourth, fifth, sixth]) => {
      const element = document.querySelector("#plain");
      const outcome = (sent) => sent.then((details) => details.destination, (error) => `rejected: ${error.name}`);
      // What a send() started inside getData came to (it must settle).
      const nested = async () => {
        for (let tries = 0; !element.dataset.nested && tries < 250; tries++) await new Promise((resolve) => setTimeout(resolve, 20));
        const seen = element.dataset.nested ?? "never settled";
        delete element.dataset.nested;
        return seen;
      };
      // getData moves the element to another user before the request leaves,
      // and sends for that user from inside it.
      // Defined by a script of the page's own: Firefox runs a WebDriver
      // script's globals in a sandbox the page does not see.
      element.setAttribute("user-pool-id", "us-east-1_AbC123");
      element.username = first;
      element.dataset.next = second;
      const collector = document.createElement("script");
      collector.textContent = `globalThis.AmazonCognitoAdvancedSecurityData = {
        getData() {
          delete globalThis.AmazonCognitoAdvancedSecurityData;
          const element = document.querySelector("#plain");
          element.username = element.dataset.next;
          element.send().then((details) => details.destination, (error) => \`rejected: \${error.name}\`)
            .then((outcome) => { element.dataset.nested = outcome; });
          return "encoded";
        },
      };`;
      document.head.append(collector);
      const moved = await outcome(element.send());
      const forSecond = await nested();
      const movedLabel = element.shadowRoot.querySelector(".crc-label").textContent;
      // A console.debug hook turns the element off while the request is
      // logged, and moves it to another user while the answer is.
      element.username = third;
      element.setAttribute("debug", "");
      const original = console.debug;
      const logged = [];
      console.debug = (prefix, what) => {
        logged.push(what);
        if (what === "request") element.disabled = true;
        if (what === "sent") element.username = first;
      };
      const forThird = await outcome(element.send());
      console.debug = original;
      const button = element.shadowRoot.querySelector(".crc-button");
      const [turnedOff, label] = [button.getAttribute("aria-disabled"), element.shadowRoot.querySelector(".crc-label").textContent];
      // getData moves the element to another user and back again (and
      // then, for the next user, also sends from inside).
      element.removeAttribute("debug");
      element.disabled = false;
      const toggle = (sendInside) => {
        const toggler = document.createElement("script");
        toggler.textContent = `globalThis.AmazonCognitoAdvancedSecurityData = {
          getData() {
            delete globalThis.AmazonCognitoAdvancedSecurityData;
            const element = document.querySelector("#plain");
            const back = element.username;
            element.username = element.dataset.next;
            element.username = back;
            if (${sendInside}) {
              element.send().then((details) => details.destination, (error) => \`rejected: \${error.name}\`)
                .then((outcome) => { element.dataset.nested = outcome; });
            }
            return "encoded";
          },
        };`;
        document.head.append(toggler);
      };
      element.username = fourth;
      element.dataset.next = sixth;
      toggle(false);
      const toggled = await outcome(element.send());
      const forFourth = await outcome(element.send());
      element.username = fifth;
      toggle(true);
      const toggledAndSent = await outcome(element.send());
      const forFifth = await nested();
      return { moved, movedLabel, forSecond, forThird, logged, turnedOff, label, toggled, forFourth, toggledAndSent, forFifth };
    }, [first, second, third, fourth, fifth, sixth]);
    assert.equal(seen.moved, "rejected: AbortError");
    assert.match(seen.movedLabel, /^Resend code in 0:[23]\d$/);
    assert.equal(seen.forSecond, "a***@e***");
    assert.equal(seen.forThird, "a***@e***");
    assert.deepEqual(seen.logged, ["advanced security", "request", "sent"]);
    assert.equal(seen.turnedOff, "true");
    // Back on the first user, who was never sent a code: nothing held.
    assert.equal(seen.label, "Resend code");
    assert.equal((await requestsFor(first)).length, 0);
    assert.equal((await requestsFor(second)).length, 1);
    assert.equal((await requestsFor(third)).length, 1);
    // Moved away and back inside getData: that press is abandoned (with a
    // check of the user alone, its send() never settled), and the next one
    // sends; with a send() from inside too, that one is the only request,
    // and the abandoned press's caller is told so, not given its answer.
    assert.equal(seen.toggled, "rejected: AbortError");
    assert.equal(seen.forFourth, "a***@e***");
    assert.equal((await requestsFor(fourth)).length, 1);
    assert.equal(seen.toggledAndSent, "rejected: AbortError");
    assert.equal(seen.forFifth, "a***@e***");
    assert.equal((await requestsFor(fifth)).length, 1);
  });

  test("moving the element to another parent mid-request: its request goes on", async () => {
    await open();
    const username = `fake.slow+move-${engine.name.split(" ")[0]}-${Date.now()}`;
    await browser().run((username) => {
      const element = document.querySelector("#plain");
      element.username = username;
      document.body.dataset.moved = "";
      element.addEventListener("code-sent", () => { document.body.dataset.moved += "sent;"; });
      element.shadowRoot.querySelector(".crc-button").click();
      const box = document.createElement("section");
      document.body.append(box);
      box.append(element); // a move: disconnected and connected again at once
    }, username);
    await browser().waitFor(() => document.body.dataset.moved === "sent;");
    const after = await browser().run(() => {
      const root = document.querySelector("section > #plain").shadowRoot;
      return [root.querySelector("[role=status]").textContent, root.querySelectorAll(".crc-button").length];
    });
    assert.deepEqual(after, ["We emailed a code to s***@e***.", 1]);
    assert.equal((await requestsFor(username)).length, 1);
  });

  test("send(): the events' outcome, one request per intent, held by the cooldown and by disabled", async () => {
    await open();
    const username = `fake.slow+send-${engine.name.split(" ")[0]}-${Date.now()}`;
    const both = await browser().runAsync(async (username) => {
      const element = document.querySelector("#plain");
      element.username = username;
      element.cooldown = "1";
      const seen = [];
      element.addEventListener("code-sent", (event) => seen.push(event.detail));
      // Two calls at once: one request, and both learn how it went.
      const outcomes = await Promise.allSettled([element.send(), element.send()]);
      return { outcomes: outcomes.map((o) => o.value ?? String(o.reason)), seen };
    }, username);
    const sent = { destination: "s***@e***", deliveryMedium: "EMAIL", attributeName: "email" };
    assert.deepEqual(both, { outcomes: [sent, sent], seen: [sent] });
    assert.equal((await requestsFor(username)).length, 1);
    const held = await browser().runAsync(async () => {
      const element = document.querySelector("#plain");
      // Not `instanceof`: Firefox runs WebDriver scripts in a sandbox with its own Error.
      const isError = (error) => Object.prototype.toString.call(error) === "[object Error]";
      const refusal = (error) => ({ isError: isError(error), name: error.name, cooldownMs: error.cooldownMs, retryable: error.retryable, friendlyMessage: error.friendlyMessage });
      const cooling = await element.send().then(() => "sent", refusal);
      element.disabled = true;
      const button = element.shadowRoot.querySelector(".crc-button");
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      const disabled = await element.send().then(() => "sent", refusal);
      const unavailable = button.getAttribute("aria-disabled");
      element.disabled = false;
      // A flag written "false" (as some frameworks write a false one) is off,
      // and its property says so; set on again, it is on.
      element.setAttribute("disabled", "false");
      const asFalse = element.disabled;
      const again = await element.send();
      const records = [];
      const watch = new MutationObserver((list) => records.push(...list));
      watch.observe(element, { attributes: true, attributeFilter: ["disabled"] });
      element.disabled = true;
      element.disabled = true; // already on: not written again (no second change for the widget)
      const onAgain = [element.disabled, await element.send().then(() => "sent", (error) => error.name)];
      watch.disconnect();
      onAgain.push(records.length);
      element.disabled = false;
      return { cooling, disabled, unavailable, attribute: element.hasAttribute("disabled"), again: again.destination, asFalse, onAgain };
    });
    assert.equal(held.cooling.isError, true);
    assert.equal(held.cooling.name, "CooldownActive");
    assert.ok(held.cooling.cooldownMs > 0 && held.cooling.cooldownMs <= 1_000, `${held.cooling.cooldownMs}`);
    assert.match(held.cooling.friendlyMessage, /^Resend code, available in 1 second$/);
    assert.equal(held.disabled.name, "Disabled");
    assert.equal(held.unavailable, "true");
    assert.equal(held.attribute, false);
    assert.equal(held.again, "s***@e***");
    assert.equal(held.asFalse, false);
    assert.deepEqual(held.onAgain, [true, "Disabled", 1]);
    assert.equal((await requestsFor(username)).length, 2, "the held calls sent nothing");
    // A failure rejects with the code-error detail's fields.
    const failed = await browser().runAsync(async (username) => {
      const element = document.querySelector("#plain");
      element.username = username;
      let detail;
      element.addEventListener("code-error", (event) => { detail = event.detail; }, { once: true });
      const error = await element.send().then(() => null, (error) => error);
      const fields = Object.fromEntries(Object.keys(detail).map((key) => [key, error[key]]));
      return { detail, fields };
    }, `fake.error.NotAuthorizedException+send-${engine.name.split(" ")[0]}-${Date.now()}`);
    assert.deepEqual(failed.fields, failed.detail);
    assert.equal(failed.detail.name, "NotAuthorizedException");
    // Not in the document: a rejection, not a throw, and the platform's
    // kind of one (a mistake in the page, not a failed send).
    const detached = await browser().runAsync(async () =>
      document.createElement("cognito-resend-code").send().then(
        () => "sent",
        (error) => [error instanceof DOMException, error.name, error.message],
      ));
    assert.deepEqual(detached, [true, "InvalidStateError", "Not in the document."]);
    // Removed in the same task (its widget goes in a microtask): the same.
    const removed = await browser().runAsync(async () => {
      const element = document.createElement("cognito-resend-code");
      element.setAttribute("client-id", "conventions");
      document.body.append(element);
      element.remove();
      return element.send().then(() => "sent", (error) => error.name);
    });
    assert.equal(removed, "InvalidStateError");
  });

  test("focus goes to the button with a visible ring; hidden hides the element", async () => {
    await open();
    const focus = await browser().run(() => {
      const element = document.querySelector("#plain");
      element.focus();
      const button = element.shadowRoot.querySelector(".crc-button");
      const style = getComputedStyle(button);
      return {
        inner: element.shadowRoot.activeElement === button,
        outer: document.activeElement === element,
        focusVisible: button.matches(":focus-visible"),
        outline: button.matches(":focus-visible") ? `${style.outlineStyle} ${style.outlineWidth}` : null,
        display: getComputedStyle(element).display,
      };
    });
    assert.equal(focus.inner, true, "delegatesFocus: the button has focus");
    assert.equal(focus.outer, true);
    assert.equal(focus.display, "block");
    // Programmatic focus is keyboard-like in every engine here; where it
    // matches :focus-visible, the ring is drawn.
    assert.equal(focus.focusVisible, true);
    assert.equal(focus.outline, "solid 2px");
    const hidden = await browser().run(() => {
      const element = document.querySelector("#plain");
      element.hidden = true;
      const display = getComputedStyle(element).display;
      element.hidden = false;
      return [display, getComputedStyle(element).display];
    });
    assert.deepEqual(hidden, ["none", "block"]);
  });

  test("custom-elements.json describes the element as it is", async () => {
    await open();
    const manifest = JSON.parse(readFileSync(join(work, "node_modules/cognito-resend-code/custom-elements.json"), "utf8"));
    assert.equal(JSON.parse(readFileSync(join(work, "node_modules/cognito-resend-code/package.json"), "utf8")).customElements, "custom-elements.json");
    const [declaration] = manifest.modules[0].declarations;
    await browser().run(() => {
      const element = document.querySelector("#slotted");
      element.username = `fake.email+manifest-${Date.now()}`;
      element.shadowRoot.querySelector(".crc-button").click();
    });
    await browser().waitFor(() => document.querySelector("#slotted").shadowRoot.querySelector("[role=status]").textContent);
    const element = await browser().run((tag) => {
      const constructor = customElements.get(tag);
      const root = document.querySelector("#slotted").shadowRoot;
      return {
        attributes: [...constructor.observedAttributes].sort(),
        parts: [...new Set([...root.querySelectorAll("[part]")].flatMap((node) => node.getAttribute("part").split(" ")))].sort(),
        slots: [...root.querySelectorAll("slot")].map((slot) => slot.name),
        members: Object.getOwnPropertyNames(constructor.prototype),
        send: typeof constructor.prototype.send,
      };
    }, declaration.tagName);
    assert.deepEqual(declaration.attributes.map((a) => a.name).sort(), element.attributes);
    assert.deepEqual(declaration.cssParts.map((p) => p.name).sort(), element.parts);
    const slotNames = declaration.slots.map((s) => s.name);
    for (const slot of element.slots) assert.ok(slotNames.includes(slot), `slot ${slot} is not in the manifest`);
    for (const member of declaration.members) {
      assert.ok(element.members.includes(member.name), `${member.name} is not on the element`);
    }
    assert.equal(element.send, "function");
    assert.deepEqual(declaration.events.map((e) => e.name), ["code-sent", "code-error", "change-destination"]);
    assert.deepEqual(declaration.cssStates.map((s) => s.name), ["sending", "cooldown", "limit", "sent", "error"]);
  });
  test("what the person sees through the element: a time of day, the end of a wait, the daily cap, neutral wording, the language to the trigger", async () => {
    await open();
    const tag = `${engine.name.split(" ")[0]}-${Date.now()}`;
    // The attempt limit, in French: the time of day as Intl writes it there.
    await browser().run((username) => {
      const plain = document.querySelector("#plain");
      plain.locale = "fr";
      plain.username = username;
      plain.shadowRoot.querySelector(".crc-button").click();
    }, `fake.error.LimitExceededException+clock-${tag}`);
    // French once its catalog has arrived (fetched when the locale is set;
    // until then the widget speaks English).
    await browser().waitFor(() => document.querySelector("#plain").shadowRoot.querySelector("[role=alert]").textContent.startsWith("Trop de tentatives"));
    const limit = await browser().run(() => {
      const root = document.querySelector("#plain").shadowRoot;
      // Rounded up to the minute by the widget; the minute may turn meanwhile.
      const times = [-60_000, 0, 60_000].map((shift) =>
        new Date(Date.now() + 15 * 60_000 + shift).toLocaleTimeString("fr", { hour: "numeric", minute: "2-digit" }));
      return { alert: root.querySelector("[role=alert]").textContent, label: root.querySelector(".crc-label").textContent, times };
    });
    assert.ok(limit.times.some((time) => limit.alert === `Trop de tentatives. Vous pourrez demander un nouveau code à ${time}.`), JSON.stringify(limit));
    assert.ok(limit.times.some((time) => limit.label === `Renvoyer le code à ${time}`), JSON.stringify(limit));
    // The daily email cap: its own words, the button held.
    await browser().run((username) => {
      const plain = document.querySelector("#plain");
      plain.locale = "en";
      plain.username = username;
      plain.shadowRoot.querySelector(".crc-button").click();
    }, `fake.daily-cap+${tag}`);
    await browser().waitFor(() => document.querySelector("#plain").shadowRoot.querySelector("[role=alert]").textContent.startsWith("We can't"));
    assert.deepEqual(await browser().run(() => {
      const root = document.querySelector("#plain").shadowRoot;
      return [root.querySelector("[role=alert]").textContent, root.querySelector(".crc-button").getAttribute("aria-disabled")];
    }), ["We can't send more codes by email today. Please try again tomorrow or contact support.", "true"]);
    // Enumeration-safe wording, the language under the named key, and the
    // end of a one-second wait said once.
    const username = `fake.email+neutral-${tag}`;
    await browser().run((username) => {
      const plain = document.querySelector("#plain");
      plain.enumerationSafe = true;
      plain.languageMetadataKey = "lang";
      plain.cooldown = "1";
      plain.username = username;
      plain.shadowRoot.querySelector(".crc-button").click();
    }, username);
    await browser().waitFor(() => document.querySelector("#plain").shadowRoot.querySelector("[role=status]").textContent);
    assert.equal(
      await browser().run(() => document.querySelector("#plain").shadowRoot.querySelector("[role=status]").textContent),
      "If an account exists for this username, we've sent a code.",
    );
    assert.equal(await browser().run(() => document.querySelector("#plain").shadowRoot.querySelector(".crc-announce").textContent), "");
    assert.equal(
      await browser().waitFor(() => document.querySelector("#plain").shadowRoot.querySelector(".crc-announce").textContent),
      "You can ask for a new code now.",
    );
    const [request] = await requestsFor(username);
    assert.deepEqual(JSON.parse(request.body).ClientMetadata, { lang: "en" });
  });
});
