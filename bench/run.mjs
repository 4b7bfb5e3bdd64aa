// The side-by-side benchmark: every contender's page in fresh Chromium
// contexts (a cold cache each time), served brotli-compressed, under each
// network profile; rounds in rotating order, the first round of each
// profile discarded as warm-up. Writes bench/results.json; bench/report.mjs
// turns it into BENCHMARKS.md and bench/chart.png.
// Run it through tools/bench.sh, which builds pkg/ and starts the fake Cognito.
import { cpus, totalmem } from "node:os";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { launch, serveStatic, trackTimers } from "../tests/e2e/support.mjs";
import { buildAll, deliveryPages, pages } from "./build.mjs";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const rounds = Number(process.env.BENCH_ROUNDS ?? 21);
const networkRounds = Number(process.env.BENCH_NET_ROUNDS ?? 11);
const fake = process.env.FAKE_COGNITO_URL;
if (!fake) throw new Error("FAKE_COGNITO_URL is not set: run tools/bench.sh");
const CLICKS = 5;
const mbps = (n) => (n * 1e6) / 8;

// Chromium's network emulation: `latency` is added to every request (the
// round trip), throughput is bytes per second shared by all requests.
const profiles = [
  { name: "loopback", label: "loopback", rounds },
  { name: "fast-4g", label: "fast 4G", detail: "60 ms round trip, 9 Mbps down, 1.5 Mbps up", latency: 60, down: mbps(9), up: mbps(1.5), rounds: networkRounds },
  { name: "slow-4g", label: "slow 4G", detail: "150 ms round trip, 1.6 Mbps down, 750 kbps up", latency: 150, down: mbps(1.6), up: mbps(0.75), rounds: networkRounds },
  { name: "slow-4g-cpu4", label: "slow 4G, CPU 4× slower", detail: "slow 4G on a CPU throttled 4× (a mid-range phone)", latency: 150, down: mbps(1.6), up: mbps(0.75), cpu: 4, rounds: networkRounds },
];
const deliveryProfile = profiles.find((p) => p.name === "slow-4g");

await buildAll();
const browser = await launch();
const site = await serveStatic(here("dist"), {}, { precompressed: true });
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

// Who asked for each request: the document's parser, a script (the top of
// its stack) or a stylesheet. The chain is the longest run of requests each
// of which could only start once its parent had arrived.
function watchRequests(cdp) {
  const requests = new Map();
  const wire = new Map();
  cdp.on("Network.requestWillBeSent", ({ requestId, request, initiator }) => {
    if (!/^https?:/.test(request.url)) return;
    let frames = initiator.stack;
    let parent = initiator.url;
    while (!parent && frames) {
      parent = frames.callFrames.find((f) => f.url)?.url;
      frames = frames.parent;
    }
    const url = request.url.split("?")[0];
    if (!requests.has(url)) requests.set(url, { url, parent: parent?.split("?")[0] });
    wire.set(requestId, url);
  });
  const encoded = new Map();
  cdp.on("Network.loadingFinished", ({ requestId, encodedDataLength }) => {
    if (wire.has(requestId)) encoded.set(requestId, encodedDataLength);
  });
  return {
    chain() {
      const depth = (request, seen = new Set()) => {
        const parent = requests.get(request.parent);
        if (!parent || seen.has(parent.url)) return [request.url];
        seen.add(request.url);
        return [...depth(parent, seen), request.url];
      };
      const chains = [...requests.values()].map((r) => depth(r));
      const longest = chains.reduce((a, b) => (b.length > a.length ? b : a), []);
      return longest.map((url) => url.split("/").pop() || "index.html");
    },
    wireBytes: () => [...encoded.values()].reduce((a, b) => a + b, 0),
  };
}

// Loads `page` in `tab` against the fake Cognito and waits until it is ready.
async function open(tab, page) {
  const query = new URLSearchParams({ endpoint: fake, client_id: "benchclient", username: "fake.email" });
  await tab.goto(`${site.url}${page.name}/index.html?${query}`, { waitUntil: "load", timeout: 60_000 });
  await tab.waitForFunction(() => globalThis.__readyFrame !== undefined, null, { timeout: 60_000 });
}

async function measure(page, profile, round) {
  const context = await browser.newContext();
  await context.addInitScript(trackTimers);
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send("Performance.enable");
  await cdp.send("Network.enable");
  if (profile.latency !== undefined) {
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false, latency: profile.latency, downloadThroughput: profile.down, uploadThroughput: profile.up,
    });
  }
  if (profile.cpu) await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpu });
  const requests = watchRequests(cdp);
  const assets = [];
  const sizing = !bytes[page.name] && profile.name === "loopback";
  if (sizing) {
    tab.on("response", async (response) => {
      const url = response.url();
      if (/\.(js|wasm|css)$/.test(new URL(url).pathname)) assets.push({ url, body: await response.body() });
    });
  }
  await reset();
  await open(tab, page);
  const [ready, readyFrame, lastFile] = await tab.evaluate((origin) => [
    globalThis.__ready,
    globalThis.__readyFrame,
    // The last of the page's files (scripts, wasm, styles, a catalog) to
    // arrive before ready, from Resource Timing.
    Math.max(0, ...performance.getEntriesByType("resource")
      .filter((e) => new URL(e.name).origin !== origin && e.responseEnd <= globalThis.__ready)
      .map((e) => e.responseEnd)),
  ], new URL(fake).origin);
  const chain = requests.chain();
  const metric = async () => Object.fromEntries((await cdp.send("Performance.getMetrics")).metrics.map((m) => [m.name, m.value]));
  const atReady = await metric();
  const sample = {
    round,
    readyMs: ready,
    readyFrameMs: readyFrame,
    lastFileMs: lastFile,
    // What the page itself does between its last file and ready (start-up):
    // free of the network's and the document's own timing.
    startupMs: ready - lastFile,
    mainThreadMs: atReady.TaskDuration * 1000,
    scriptMs: atReady.ScriptDuration * 1000,
    chain,
    roundTrips: chain.length,
    wireBytes: requests.wireBytes(),
  };
  if (profile.name === "loopback") {
    await cdp.send("HeapProfiler.collectGarbage");
    sample.heapAfterGcBytes = (await metric()).JSHeapUsedSize;
    if (!page.noClick) {
      const clicks = [];
      const own = [];
      for (let i = 0; i < CLICKS; i++) {
        const click = await tab.evaluate(async (origin) => {
          const start = performance.now();
          await globalThis.benchClick();
          const end = performance.now();
          // The request's time on the network (Resource Timing, from the
          // fetch() call to its last byte), read after the measured span.
          await new Promise((resolve) => setTimeout(resolve));
          const sent = performance.getEntriesByType("resource")
            .filter((e) => new URL(e.name).origin === origin && e.startTime >= start && e.responseEnd <= end);
          const network = sent.length
            ? Math.max(...sent.map((e) => e.responseEnd)) - Math.min(...sent.map((e) => e.startTime))
            : NaN;
          return [end - start, network];
        }, new URL(fake).origin);
        clicks.push(click[0]);
        // The click's own time: press to result without the request's time
        // on the network, which the shared fake server makes noisy.
        own.push(click[0] - click[1]);
      }
      sample.firstClickMs = clicks[0];
      sample.laterClickMs = median(clicks.slice(1));
      if (own.slice(1).every(Number.isFinite)) sample.laterClickOwnMs = median(own.slice(1));
      const seen = await stats();
      sample.posts = seen.posts;
      sample.preflights = seen.preflights;
    }
    // Timers and animation frames still pending once the page has nothing to do.
    await tab.waitForTimeout(100);
    sample.idleTimers = await tab.evaluate(() => globalThis.pendingTimers().length);
  }
  if (sizing) {
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

// The middle half of a list of numbers, as "q1–q3".
function quartiles(values) {
  const sorted = values.filter((v) => v !== undefined).sort((a, b) => a - b);
  const at = (q) => sorted[Math.floor(q * (sorted.length - 1))]?.toFixed(1);
  return `${at(0.25)}–${at(0.75)}`;
}

const stat = (list, key) => {
  const values = list.map((s) => s[key]).filter((v) => v !== undefined);
  return values.length ? { min: Math.min(...values), median: median(values), max: Math.max(...values) } : null;
};

function summarise(list) {
  return {
    readyMs: stat(list, "readyMs"),
    readyFrameMs: stat(list, "readyFrameMs"),
    mainThreadMs: stat(list, "mainThreadMs"),
    scriptMs: stat(list, "scriptMs"),
    roundTrips: stat(list, "roundTrips"),
    chain: list[0]?.chain,
    wireBytes: stat(list, "wireBytes"),
    heapAfterGcBytes: stat(list, "heapAfterGcBytes"),
    firstClickMs: stat(list, "firstClickMs"),
    laterClickMs: stat(list, "laterClickMs"),
    laterClickOwnMs: stat(list, "laterClickOwnMs"),
    lastFileMs: stat(list, "lastFileMs"),
    startupMs: stat(list, "startupMs"),
    preflightsPer5Clicks: stat(list, "preflights"),
    idleTimers: stat(list, "idleTimers"),
  };
}

async function runProfile(list, profile) {
  const samples = Object.fromEntries(list.map((p) => [p.name, []]));
  for (let round = 0; round < profile.rounds; round++) {
    const order = list.map((_, i) => list[(i + round) % list.length]);
    for (const page of order) {
      const sample = await measure(page, profile, round);
      if (round > 0) samples[page.name].push(sample);
    }
    process.stdout.write(`${profile.name}: round ${round + 1}/${profile.rounds}${round === 0 ? " (warm-up, discarded)" : ""}\n`);
  }
  return samples;
}

// A quick look while working: BENCH_PROFILES (profile names) and optionally
// BENCH_PAGES (page names), comma-separated, measure only those and print
// the medians; results.json and the report are left as they are.
const only = process.env.BENCH_PROFILES?.split(",");
const onlyPages = process.env.BENCH_PAGES?.split(",");
if (onlyPages && !only) throw new Error("BENCH_PAGES is for a quick look: set BENCH_PROFILES too");
if (only) {
  const chosen = profiles.filter((p) => only.includes(p.name));
  const list = onlyPages ? pages.filter((p) => onlyPages.includes(p.name)) : pages;
  if (!chosen.length || !list.length) throw new Error("BENCH_PROFILES / BENCH_PAGES name nothing the bench has");
  const compiled = {};
  for (const page of list) compiled[page.name] = (await lazyCompiles(page)).functions;
  for (const profile of chosen) {
    for (const [name, samples] of Object.entries(await runProfile(list, profile))) {
      const s = summarise(samples);
      const m = (key) => (s[key] ? `${s[key].median.toFixed(1)} (${quartiles(samples.map((x) => x[key]))})` : "-");
      console.log(profile.name, name.padEnd(14), "wasm compiled on first call", compiled[name], "ready", m("readyMs"), "last file", m("lastFileMs"),
        "start-up", m("startupMs"), "cpu", m("mainThreadMs"), "later click", m("laterClickMs"), "own", m("laterClickOwnMs"));
    }
  }
  await browser.close();
  await site.close();
  process.exit(0);
}
// What a page's start-up compiles: V8 compiles each wasm function on its
// first call, on the main thread (see BENCHMARKS.md). One traced cold load on
// loopback per page; the count only changes with the code a page runs before
// it is ready, so unlike a time it does not drift from run to run.
async function lazyCompiles(page) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await browser.startTracing(tab, { categories: ["v8.wasm"] });
  await open(tab, page);
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
  await context.close();
  // Their durations are left out: tracing itself slows each compile.
  return { functions: traceEvents.filter((e) => e.name === "wasm.CompileLazy" && e.ph === "X").length };
}

const samples = {};
for (const profile of profiles) samples[profile.name] = await runProfile(pages, profile);
const startupCompiles = {};
for (const page of pages) startupCompiles[page.name] = await lazyCompiles(page);
// Ours delivered the other ways, sized on loopback once, timed on slow 4G.
for (const page of deliveryPages) await measure(page, profiles[0], 0);
const deliverySamples = await runProfile(deliveryPages, deliveryProfile);

const version = browser.version();
await browser.close();
await site.close();

const total = (name, kind) => bytes[name].reduce((sum, f) => sum + f[kind], 0);
const bytesOf = (name) => ({ raw: total(name, "raw"), gzip: total(name, "gzip"), brotli: total(name, "brotli"), files: bytes[name] });
const summary = pages.map((page) => ({
  name: page.name,
  label: page.label,
  bytes: bytesOf(page.name),
  profiles: Object.fromEntries(profiles.map((p) => [p.name, summarise(samples[p.name][page.name])])),
  startupCompiles: startupCompiles[page.name],
}));
const delivery = deliveryPages.map((page) => ({
  name: page.name,
  kind: page.delivery,
  label: page.label,
  bytes: bytesOf(page.name),
  slow4g: summarise(deliverySamples[page.name]),
}));

const machine = {
  cpu: cpus()[0]?.model ?? "unknown",
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  chromium: version,
  node: process.version,
  rounds: rounds - 1,
  networkRounds: networkRounds - 1,
  date: new Date().toISOString().slice(0, 10),
};
const profileFacts = profiles.map(({ name, label, detail, cpu }) => ({ name, label, detail, cpu }));
writeFileSync(here("results.json"), JSON.stringify({ machine, profiles: profileFacts, summary, delivery, samples, deliverySamples }, null, 1));
for (const s of summary) {
  console.log(s.name.padEnd(14), (s.bytes.brotli / 1024).toFixed(1).padStart(6), "KiB",
    profiles.map((p) => `${p.name} ${s.profiles[p.name].readyMs.median.toFixed(0)} ms/${s.profiles[p.name].roundTrips.median}`).join("  "));
}
for (const d of delivery) console.log(d.name.padEnd(26), (d.bytes.brotli / 1024).toFixed(1).padStart(6), "KiB", `slow-4g ${d.slow4g.readyMs.median.toFixed(0)} ms/${d.slow4g.roundTrips.median}`);
