// The packed package in Node 20, imported by its name from a fresh project.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as main from "cognito-resend-code";

const { computeSecretHash, resendConfirmationCode } = main;

const { MINISTACK_URL, SEED_CLIENT_ID, SEED_USERNAME, FAKE_COGNITO_URL } = process.env;

test("computeSecretHash matches protocol.md's vectors", () => {
  assert.equal(computeSecretHash("test-secret", "teacher@example.com", "test-client-id"), "ubMq12ua7Sob8EJy4crIRzaQLGUIELfDWkbXBRqlgVw=");
  assert.equal(computeSecretHash("examplesecret", "testuser", "1example23456789"), "+KFZvL/GLR1SNk+vdkME1tWm9EkkhpQuEk/oQ4Kil9k=");
  assert.equal(computeSecretHash("s3cr3t", "ok", "4example5client6id7abcdefg"), "jk2Rnl4OIrVU4cAE+QcQlcB8n2/dQghm5Md/MIG76uc=");
});

test("resendConfirmationCode against ministack: where the code went", async () => {
  const details = await resendConfirmationCode({ endpoint: MINISTACK_URL, clientId: SEED_CLIENT_ID, username: SEED_USERNAME });
  assert.deepEqual(details, { destination: "a****@e****", deliveryMedium: "EMAIL", attributeName: "email" });
});

test("an unknown user rejects with Cognito's error name and both messages", async () => {
  await assert.rejects(
    resendConfirmationCode({ endpoint: MINISTACK_URL, clientId: SEED_CLIENT_ID, username: "nobody-here" }),
    (error) => {
      assert.ok(error instanceof Error);
      assert.equal(error.name, "UserNotFoundException");
      assert.equal(error.cognitoMessage, "Username/client id combination not found.");
      assert.equal(error.friendlyMessage, "We couldn't find an account with that username. Check it, or sign up again.");
      return true;
    },
  );
});

test("friendlyMessage speaks the asked language, read from the package's catalog files", async () => {
  const friendly = async (locale) =>
    resendConfirmationCode({ endpoint: MINISTACK_URL, clientId: SEED_CLIENT_ID, username: "nobody-here", locale }).then(
      () => assert.fail("resolved"),
      (error) => error.friendlyMessage,
    );
  assert.equal(await friendly("de-AT"), "Wir haben kein Konto mit diesem Benutzernamen gefunden. Prüfen Sie ihn oder registrieren Sie sich erneut.");
  assert.equal(await friendly("ja"), "このユーザー名のアカウントが見つかりませんでした。ユーザー名を確認するか、もう一度登録してください。");
  assert.equal(await friendly("ko"), "We couldn't find an account with that username. Check it, or sign up again.");
});

test("languageMetadataKey adds the asked language to ClientMetadata; the daily email cap has its own words", async () => {
  const username = `fake.email+node-language-${Date.now()}`;
  await resendConfirmationCode({ endpoint: FAKE_COGNITO_URL, clientId: "c", username, locale: "pt-BR", languageMetadataKey: "lang", clientMetadata: { plan: "pro" } });
  const seen = await (await fetch(new URL("_requests", FAKE_COGNITO_URL))).json();
  const body = JSON.parse(seen.find((r) => JSON.parse(r.body).Username === username).body);
  assert.deepEqual(body.ClientMetadata, { plan: "pro", lang: "pt-BR" });
  await assert.rejects(resendConfirmationCode({ endpoint: FAKE_COGNITO_URL, clientId: "c", username: `fake.daily-cap+node-${Date.now()}` }), (error) => {
    assert.equal(error.name, "LimitExceededException");
    assert.equal(error.friendlyMessage, "We can't send more codes by email today. Please try again tomorrow or contact support.");
    assert.equal(error.setupProblem, true);
    assert.equal(error.retryable, false);
    assert.equal(error.cooldownMs, 3_600_000);
    return true;
  });
});

test("an invalid username is rejected before any request", async () => {
  const username = `fake.email+node-${Date.now()} x`;
  await assert.rejects(resendConfirmationCode({ endpoint: FAKE_COGNITO_URL, clientId: "c", username }), (error) => {
    assert.equal(error.name, "InvalidRequest");
    assert.match(error.message, /Username must only contain/);
    assert.equal(error.friendlyMessage, "That username isn't valid. Check it and try again.");
    return true;
  });
  const seen = await (await fetch(new URL("_requests", FAKE_COGNITO_URL))).json();
  assert.equal(seen.filter((r) => r.body.includes(username.split(" ")[0])).length, 0);
});

test("options of the wrong type are a TypeError naming the option", async () => {
  await assert.rejects(resendConfirmationCode({ clientId: 7, username: "u" }), { name: "TypeError", message: "options.clientId must be a string" });
  await assert.rejects(resendConfirmationCode({ clientId: "c", username: "u", clientMetadata: { a: 1 } }), {
    name: "TypeError",
    message: "options.clientMetadata.a must be a string",
  });
  await assert.rejects(resendConfirmationCode("c"), {
    name: "TypeError",
    message: "options must be an object",
  });
  // A getter that throws is reported, not thrown through the wasm: the API keeps working.
  await assert.rejects(resendConfirmationCode({ get clientId() { throw new Error("boom"); } }), {
    name: "TypeError",
    message: "options could not be read",
  });
  // So is a revoked Proxy, whose every inspection throws (Array.isArray too):
  // before, that exception went through the wasm and out of the process.
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  await assert.rejects(resendConfirmationCode(proxy), { name: "TypeError", message: "options could not be read" });
  const nested = Proxy.revocable({}, {});
  nested.revoke();
  await assert.rejects(resendConfirmationCode({ clientId: "c", username: "u", clientMetadata: nested.proxy }), {
    name: "TypeError",
    message: "options.clientMetadata must be an object of strings",
  });
  await assert.rejects(resendConfirmationCode({ clientId: 7, username: "u" }), { name: "TypeError", message: "options.clientId must be a string" });
});

test("an option it does not know is a TypeError naming it, and nothing is sent", async () => {
  const username = `fake.email+unknown-option-${Date.now()}`;
  const base = { endpoint: FAKE_COGNITO_URL, clientId: "c", username };
  await assert.rejects(resendConfirmationCode({ ...base, clientMetaData: { lang: "de" } }), {
    name: "TypeError",
    message: "options.clientMetaData is not an option",
  });
  await assert.rejects(resendConfirmationCode({ ...base, analyticsMetadata: { AnalyticsEndpointId: "x" } }), {
    name: "TypeError",
    message: "options.analyticsMetadata is not an option",
  });
  await assert.rejects(resendConfirmationCode({ ...base, userContextData: { ip: "192.0.2.1" } }), {
    name: "TypeError",
    message: "options.userContextData.ip is not an option",
  });
  const seen = await (await fetch(new URL("_requests", FAKE_COGNITO_URL))).json();
  assert.equal(seen.filter((r) => r.body.includes(username)).length, 0);
});

test("the rejection carries the failure value: retryable, cooldownMs, setupProblem", async () => {
  const cases = [
    ["fake.error.LimitExceededException", { retryable: true, cooldownMs: 900000, setupProblem: false }],
    ["fake.error.NotAuthorizedException", { retryable: false, cooldownMs: 30000, setupProblem: true }],
    ["fake.error.InternalErrorException", { retryable: true, cooldownMs: 0, setupProblem: false }],
  ];
  for (const [username, expected] of cases) {
    const error = await resendConfirmationCode({ endpoint: FAKE_COGNITO_URL, clientId: "c", username }).then(
      () => assert.fail(`${username} resolved`),
      (error) => error,
    );
    assert.ok(error instanceof Error);
    const { retryable, cooldownMs, setupProblem } = error;
    assert.deepEqual({ retryable, cooldownMs, setupProblem }, expected, username);
    assert.equal(error.cognitoMessage, `Fake ${username.slice("fake.error.".length)}`);
  }
});

test("every field reaches the wire in the SDK's bytes, the SecretHash computed from a server-side secret", async () => {
  await resendConfirmationCode({
    endpoint: FAKE_COGNITO_URL,
    clientId: "4example5client6id7abcdefg",
    username: "ok",
    clientSecret: "s3cr3t",
    userContextData: { ipAddress: "192.0.2.1", encodedData: "enc-data" },
    analyticsEndpointId: "ep-123",
    clientMetadata: { source: "widget", lang: "en" },
  });
  const seen = await (await fetch(new URL("_requests", FAKE_COGNITO_URL))).json();
  assert.equal(
    seen.at(-1).body,
    '{"ClientId":"4example5client6id7abcdefg","Username":"ok","SecretHash":"jk2Rnl4OIrVU4cAE+QcQlcB8n2/dQghm5Md/MIG76uc=","UserContextData":{"IpAddress":"192.0.2.1","EncodedData":"enc-data"},"AnalyticsMetadata":{"AnalyticsEndpointId":"ep-123"},"ClientMetadata":{"source":"widget","lang":"en"}}',
  );
});

test("the main entry is the headless API only: the element is its own entry", () => {
  assert.deepEqual(Object.keys(main).sort(), ["computeSecretHash", "resendConfirmationCode"]);
});

// Server rendering (Next.js, Nuxt, SvelteKit, Astro…) evaluates a page's
// imports in Node: the element's entries must load there and do nothing.
test("on a server the element's entries load without a DOM and register nothing", async () => {
  await import("cognito-resend-code/element");
  const { defineElement } = await import("cognito-resend-code/define-element");
  assert.equal(defineElement("my-resend-code"), undefined);
  assert.equal(typeof globalThis.customElements, "undefined");
});

// Edge runtimes (Cloudflare Workers, Vercel's edge) render pages in a worker
// isolate: no DOM, no files. Their bundlers pick the package's entries by
// these conditions; the page module below is what such a server renders.
const edgeConditions = {
  "Cloudflare (wrangler)": ["workerd", "worker", "browser"],
  "Vercel edge (Next.js)": ["edge-light", "worker", "browser"],
};
for (const [runtime, conditions] of Object.entries(edgeConditions)) {
  test(`in workerd, bundled as for ${runtime}, a page that imports the element renders`, async (t) => {
    const body = await serveInWorkerd(t, conditions, `
import "cognito-resend-code/element";
import { defineElement } from "cognito-resend-code/define-element";
export default {
  async fetch() {
    const defined = defineElement("my-resend-code");
    return new Response("<p>" + typeof defined + "</p><cognito-resend-code client-id=c username=u></cognito-resend-code>");
  },
};
`);
    assert.equal(body, "<p>undefined</p><cognito-resend-code client-id=c username=u></cognito-resend-code>");
  });
}

// A Cloudflare Worker sends for its users (a sign-up backend), as wrangler
// bundles it: the wasm imported as a module, the catalogs bundled.
test("in a Cloudflare Worker the headless API sends, computes SecretHash and speaks German", async (t) => {
  const username = `fake.email+workerd-${Date.now()}`;
  const body = await serveInWorkerd(t, edgeConditions["Cloudflare (wrangler)"], `
import { computeSecretHash, resendConfirmationCode } from "cognito-resend-code";
const endpoint = ${JSON.stringify(FAKE_COGNITO_URL)};
export default {
  async fetch() {
    const sent = await resendConfirmationCode({ endpoint, clientId: "4example5client6id7abcdefg", clientSecret: "s3cr3t", username: ${JSON.stringify(username)} });
    const refused = await resendConfirmationCode({ endpoint, clientId: "c", username: "fake.daily-cap+workerd-" + Date.now(), locale: "de" }).catch((error) => error);
    return Response.json({ sent, friendly: refused.friendlyMessage, hash: computeSecretHash("test-secret", "teacher@example.com", "test-client-id") });
  },
};
`);
  const answer = JSON.parse(body);
  assert.deepEqual(answer.sent, { destination: "a***@e***", deliveryMedium: "EMAIL", attributeName: "email" });
  assert.equal(answer.friendly, "Wir können heute keine weiteren Codes per E-Mail senden. Bitte versuchen Sie es morgen erneut oder wenden Sie sich an den Support.");
  assert.equal(answer.hash, "ubMq12ua7Sob8EJy4crIRzaQLGUIELfDWkbXBRqlgVw=");
  const seen = await (await fetch(new URL("_requests", FAKE_COGNITO_URL))).json();
  const request = JSON.parse(seen.find((r) => JSON.parse(r.body).Username === username).body);
  assert.equal(request.SecretHash, computeSecretHash("s3cr3t", username, "4example5client6id7abcdefg"));
});

/** Bundles `source` with esbuild under `conditions` (as an edge platform's
 * bundler does, `.wasm` imports left to the runtime), serves it from workerd
 * on 127.0.0.1 and resolves to the body of one GET. */
async function serveInWorkerd(t, conditions, source) {
  const { build } = await import("esbuild");
  const work = mkdtempSync(join(tmpdir(), "crc-workerd-"));
  t.after(() => rmSync(work, { recursive: true, force: true }));
  writeFileSync(join(work, "page.js"), source);
  await build({
    entryPoints: [join(work, "page.js")],
    bundle: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    conditions,
    external: ["*.wasm"],
    nodePaths: [join(process.cwd(), "node_modules")],
    outfile: join(work, "worker.js"),
    logLevel: "silent",
  });
  const wasm = readdirSync(join(process.cwd(), "node_modules/cognito-resend-code")).filter((file) => file.endsWith(".wasm"));
  for (const file of wasm) copyFileSync(join(process.cwd(), "node_modules/cognito-resend-code", file), join(work, file));
  const modules = [`(name = "worker.js", esModule = embed "worker.js")`, ...wasm.map((file) => `(name = "${file}", wasm = embed "${file}")`)];
  const port = await freePort();
  writeFileSync(
    join(work, "config.capnp"),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = (modules = [${modules.join(", ")}], compatibilityDate = "2025-09-01", globalOutbound = "loopback")),
    (name = "loopback", network = (allow = ["local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
`,
  );
  const workerd = spawn(join(process.cwd(), "node_modules/.bin/workerd"), ["serve", join(work, "config.capnp")], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  workerd.stdout.on("data", (chunk) => (log += chunk));
  workerd.stderr.on("data", (chunk) => (log += chunk));
  t.after(() => workerd.kill());
  return fetchWhenUp(`http://127.0.0.1:${port}/`, workerd, () => log);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The body at `url` once the server answers (20 s at most). */
async function fetchWhenUp(url, child, log) {
  for (let waited = 0; waited < 20_000; waited += 100) {
    if (child.exitCode !== null) throw new Error(`workerd exited (${child.exitCode}):\n${log()}`);
    try {
      const response = await fetch(url);
      const body = await response.text();
      if (!response.ok) throw new Error(`HTTP ${response.status}: ${body}\n${log()}`);
      return body;
    } catch (error) {
      if (error.message.startsWith("HTTP")) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`workerd did not answer:\n${log()}`);
}
