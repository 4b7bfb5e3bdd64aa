// The side-by-side benchmark: every contender's page in fresh Chromium
// contexts, rounds in rotating order, the first round discarded as warm-up.
// Writes bench/results.json (raw), BENCHMARKS.md and bench/chart.png.
// Run it through tools/bench.sh, which builds pkg/ and starts the fake Cognito.
import { cpus, totalmem } from "node:os";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { launch, serveStatic, trackTimers } from "../tests/e2e/support.mjs";
import { buildAll, pages } from "./build.mjs";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const rounds = Number(process.env.BENCH_ROUNDS ?? 21);
const fake = process.env.FAKE_COGNITO_URL;
if (!fake) throw new Error("FAKE_COGNITO_URL is not set: run tools/bench.sh");
const CLICKS = 5;

await buildAll();
const browser = await launch();
const site = await serveStatic(here("dist"));
const samples = Object.fromEntries(pages.map((p) => [p.name, []]));
const bytes = {};

const stats = async () => (await fetch(new URL("_stats", fake))).json();
const reset = () => fetch(new URL("_reset", fake), { method: "POST" });

function sizes(body) {
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

async function measure(page, round) {
  const context = await browser.newContext();
  await context.addInitScript(trackTimers);
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send("Performance.enable");
  const assets = [];
  if (!bytes[page.name]) {
    tab.on("response", async (response) => {
      const url = response.url();
      if (/\.(js|wasm|css)$/.test(new URL(url).pathname)) assets.push({ url, body: await response.body() });
    });
  }
  await reset();
  const query = new URLSearchParams({ endpoint: fake, client_id: "benchclient", username: "fake.email" });
  await tab.goto(`${site.url}${page.name}/index.html?${query}`, { waitUntil: "load" });
  await tab.waitForFunction(() => globalThis.__ready !== undefined, null, { timeout: 30_000 });
  const ready = await tab.evaluate(() => globalThis.__ready);
  const metric = async () => Object.fromEntries((await cdp.send("Performance.getMetrics")).metrics.map((m) => [m.name, m.value]));
  const atReady = await metric();
  await cdp.send("HeapProfiler.collectGarbage");
  const afterGc = await metric();
  const sample = {
    round,
    readyMs: ready,
    mainThreadMs: atReady.TaskDuration * 1000,
    scriptMs: atReady.ScriptDuration * 1000,
    heapAfterGcBytes: afterGc.JSHeapUsedSize,
  };
  if (!page.noClick) {
    const clicks = [];
    for (let i = 0; i < CLICKS; i++) {
      clicks.push(
        await tab.evaluate(async () => {
          const start = performance.now();
          await globalThis.benchClick();
          return performance.now() - start;
        }),
      );
    }
    sample.firstClickMs = clicks[0];
    sample.laterClickMs = median(clicks.slice(1));
    const seen = await stats();
    sample.posts = seen.posts;
    sample.preflights = seen.preflights;
  }
  // Timers and animation frames still pending once the page has nothing to do.
  await tab.waitForTimeout(100);
  sample.idleTimers = await tab.evaluate(() => globalThis.pendingTimers().length);
  if (!bytes[page.name]) {
    await tab.waitForTimeout(100);
    bytes[page.name] = assets.map(({ url, body }) => ({ file: new URL(url).pathname.split("/").pop(), ...sizes(body) }));
  }
  await context.close();
  return sample;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

for (let round = 0; round < rounds; round++) {
  const order = pages.map((_, i) => pages[(i + round) % pages.length]);
  for (const page of order) {
    const sample = await measure(page, round);
    if (round > 0) samples[page.name].push(sample);
  }
  process.stdout.write(`round ${round + 1}/${rounds}${round === 0 ? " (warm-up, discarded)" : ""}\n`);
}

const version = browser.version();
await browser.close();
await site.close();

const summary = pages.map((page) => {
  const list = samples[page.name];
  const stat = (key) => {
    const values = list.map((s) => s[key]).filter((v) => v !== undefined);
    return values.length ? { min: Math.min(...values), median: median(values) } : null;
  };
  const total = (kind) => bytes[page.name].reduce((sum, f) => sum + f[kind], 0);
  return {
    name: page.name,
    label: page.label,
    bytes: { raw: total("raw"), gzip: total("gzip"), brotli: total("brotli"), files: bytes[page.name] },
    readyMs: stat("readyMs"),
    mainThreadMs: stat("mainThreadMs"),
    scriptMs: stat("scriptMs"),
    heapAfterGcBytes: stat("heapAfterGcBytes"),
    firstClickMs: stat("firstClickMs"),
    laterClickMs: stat("laterClickMs"),
    preflightsPer5Clicks: stat("preflights"),
    idleTimers: stat("idleTimers"),
  };
});

const machine = {
  cpu: cpus()[0]?.model ?? "unknown",
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  chromium: version,
  node: process.version,
  rounds: rounds - 1,
  date: new Date().toISOString().slice(0, 10),
};
writeFileSync(here("results.json"), JSON.stringify({ machine, summary, samples }, null, 1));
console.log(JSON.stringify(summary.map((s) => [s.name, (s.bytes.brotli / 1024).toFixed(1), s.readyMs?.median.toFixed(0), s.mainThreadMs?.median.toFixed(0), s.laterClickMs?.median.toFixed(1)])));
