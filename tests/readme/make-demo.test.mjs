// README's first command as a new user runs it: `make demo` in a fresh copy
// of the tree (no target/, nothing installed inside it), interrupted with
// Ctrl-C during its first build, run again until "Demo ready", then the
// printed link in Chromium.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { copyFileSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { launch } from "../e2e/support.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const ports = {
  DEMO_PORT: process.env.DEMO_TEST_PORT ?? "4573",
  MINISTACK_PORT: process.env.DEMO_TEST_MINISTACK_PORT ?? "4574",
};
let clone;
let browser;

before(() => {
  clone = mkdtempSync(join(tmpdir(), "crc-demo-clone-"));
  // What a clone checks out: tracked files plus new ones not ignored, as they
  // are in the tree now (so uncommitted work is tested too).
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root })
    .toString()
    .split("\0")
    .filter((file) => file && existsSync(join(root, file)));
  for (const file of files) {
    mkdirSync(dirname(join(clone, file)), { recursive: true });
    copyFileSync(join(root, file), join(clone, file));
  }
  assert.ok(!existsSync(join(clone, "target")), "the copy must start without target/");
});

after(async () => {
  await browser?.close();
  if (clone && !process.env.KEEP_DEMO_CLONE) rmSync(clone, { recursive: true, force: true });
});

/** Starts `make demo` in the clone as a terminal would: its own process group,
 * which is what Ctrl-C reaches. */
function makeDemo(run) {
  // The main tree's installs are not the clone's: the clone installs its own.
  const path = process.env.PATH.split(":").filter((dir) => !dir.startsWith(root)).join(":");
  const child = spawn("make", ["demo"], {
    cwd: clone,
    env: { ...process.env, ...ports, PATH: path },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  mkdirSync(join(root, ".run"), { recursive: true });
  const log = createWriteStream(join(root, `.run/make-demo-test-${run}.log`));
  const demo = { child, output: "", exited: null };
  for (const stream of [child.stdout, child.stderr]) {
    stream.on("data", (chunk) => {
      demo.output += chunk;
      log.write(chunk);
    });
  }
  demo.exit = new Promise((resolve) =>
    child.on("exit", (code, signal) => {
      demo.exited = { code, signal };
      log.end();
      resolve(demo.exited);
    }),
  );
  return demo;
}

/** Resolves to the first match of `pattern` in the output after `from`;
 * fails as soon as `make demo` has ended without printing it. */
async function waitForOutput(demo, pattern, from = 0) {
  for (;;) {
    const match = demo.output.slice(from).match(pattern);
    if (match) return { match, end: from + match.index + match[0].length };
    if (demo.exited) {
      throw new Error(`make demo ended (${JSON.stringify(demo.exited)}) before printing ${pattern}; its output:\n${demo.output.slice(-3000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Every process below `pid`, the servers in their own sessions included. */
function descendants(pid) {
  const children = new Map();
  for (const entry of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // Ended while we looked.
    }
  }
  const found = [];
  const queue = [pid];
  while (queue.length) {
    for (const child of children.get(queue.shift()) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

const alive = (pid) => {
  try {
    return !/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
};

const portFree = (port) =>
  new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(Number(port), "127.0.0.1", () => server.close(() => resolve(true)));
  });

/** Ctrl-C: SIGINT to the whole foreground group. Then nothing it started may
 * be left: no process, no port taken. */
async function interrupt(demo) {
  const processes = [demo.child.pid, ...descendants(demo.child.pid)];
  process.kill(-demo.child.pid, "SIGINT");
  const ended = await Promise.race([demo.exit, new Promise((resolve) => setTimeout(resolve, 60_000, null))]);
  assert.ok(ended, "make demo still running 60 s after Ctrl-C");
  assert.notEqual(ended.code, 0, "Ctrl-C must not look like success");
  assert.match(demo.output, /Stopped the emulator and the demo server\./);
  let left = processes;
  for (let i = 0; i < 50 && left.length; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    left = left.filter(alive);
  }
  assert.deepEqual(left.map((pid) => `${pid} ${readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ")}`), []);
  for (const [name, port] of Object.entries(ports)) {
    assert.ok(await portFree(port), `${name} ${port} is still taken after Ctrl-C`);
  }
}

const stripColour = (text) => text.replace(/\x1b\[[0-9;]*m/g, "");

test("make demo: Ctrl-C during the first build stops everything; run again, the page serves and stays", { timeout: 50 * 60_000 }, async (t) => {
  for (const [name, port] of Object.entries(ports)) {
    assert.ok(await portFree(port), `${name} ${port} is taken before the test`);
  }

  // 1. Interrupted while cargo compiles the demo for the first time.
  const first = makeDemo(1);
  const building = await waitForOutput(first, /==> Building the demo page/);
  await waitForOutput(first, /Compiling /, building.end);
  assert.doesNotMatch(first.output, /Demo ready/);
  await interrupt(first);

  // 2. Right after: the same command finishes the build and serves.
  const started = Date.now();
  const second = makeDemo(2);
  const { match } = await waitForOutput(second, /Demo ready:\s+(\S+)/);
  t.diagnostic(`make demo after the interrupted first build: Demo ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const link = new URL(match[1]);
  assert.equal(link.origin, `http://127.0.0.1:${ports.DEMO_PORT}`);

  browser = await launch();
  const page = await browser.newPage();
  let loads = 0;
  page.on("load", () => (loads += 1));
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto(link.href);
  const card = page.locator("#leptos-demo");
  await card.locator(".crc-button").click();
  const status = card.getByRole("status");
  // ministack masks the seeded address ada@example.com.
  await status.filter({ hasText: "We emailed a code to" }).waitFor();
  const message = await status.textContent();
  assert.match(message, /^We emailed a code to a\*+@e\*+\.?$/);

  // The message is what the demo exists to show: it must stay.
  await page.waitForTimeout(10_000);
  assert.equal(await status.textContent(), message);
  assert.equal(loads, 1, "the page reloaded");
  assert.deepEqual(errors, []);
  const trunkLog = stripColour(readFileSync(join(clone, ".run/trunk.log"), "utf8"));
  assert.equal(trunkLog.match(/starting build/g)?.length, 1, `trunk serve built more than once:\n${trunkLog}`);

  await interrupt(second);
});
