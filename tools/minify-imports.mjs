// Gives a wasm's imports and exports short names, in the wasm and in its
// wasm-bindgen glue alike. wasm-bindgen names every import after the browser
// function and a 16-digit hash (`__wbg_setAttribute_f75317b2b5cabfb4`), under
// the module "./NAME_bg.js", and closures' exports after a hash too; each name
// is stored twice, in the wasm and in the glue, and hashes do not compress.
// wasm-opt's own --minify-imports only renames Emscripten's "env" imports.
//
// Usage: node tools/minify-imports.mjs OUT/NAME_bg.wasm OUT/NAME.js
// (after wasm-opt and the glue's minification). Fails, changing nothing, when
// the glue does not name every import exactly once as a key. Exports are
// renamed where the glue reads them (`wasm.NAME`); the glue's own exports of
// the same names (`export { f as NAME }`) are left alone.
import { readFileSync, writeFileSync } from "node:fs";

const [wasmPath, gluePath] = process.argv.slice(2);
const wasm = readFileSync(wasmPath);
let glue = readFileSync(gluePath, "utf8");

function readUleb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function uleb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}

const name = (text) => Buffer.concat([uleb(Buffer.byteLength(text)), Buffer.from(text)]);

// a, b, …, z, A, …, Z, aa, ab, …: short, and valid as JS property keys.
const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
function shortName(index) {
  let text = "";
  do {
    text = letters[index % letters.length] + text;
    index = Math.floor(index / letters.length) - 1;
  } while (index >= 0);
  return text;
}

// Where an import's description ends (function, table, memory, global, tag).
function skipLimits(bytes, at) {
  const flags = bytes[at++];
  [, at] = readUleb(bytes, at);
  if (flags & 1) [, at] = readUleb(bytes, at);
  return at;
}
function skipDescription(bytes, at) {
  const kind = bytes[at++];
  switch (kind) {
    case 0x00: // function: type index
      return readUleb(bytes, at)[1];
    case 0x01: // table: reference type, limits
      return skipLimits(bytes, at + 1);
    case 0x02: // memory: limits
      return skipLimits(bytes, at);
    case 0x03: // global: value type, mutability
      return at + 2;
    case 0x04: // tag: attribute, type index
      return readUleb(bytes, at + 1)[1];
    default:
      throw new Error(`${wasmPath}: unknown import kind ${kind}`);
  }
}

const sections = [];
let at = 8;
let importSection = -1;
let exportSection = -1;
while (at < wasm.length) {
  const id = wasm[at];
  const [size, start] = readUleb(wasm, at + 1);
  sections.push({ id, bytes: wasm.subarray(at, start + size), body: wasm.subarray(start, start + size) });
  if (id === 2) importSection = sections.length - 1;
  if (id === 7) exportSection = sections.length - 1;
  at = start + size;
}
if (importSection < 0) process.exit(0);

const body = sections[importSection].body;
let [count, cursor] = readUleb(body, 0);
const modules = new Map();
const renamed = [];
const entries = [uleb(count)];
for (let i = 0; i < count; i++) {
  let length;
  [length, cursor] = readUleb(body, cursor);
  const module = body.toString("utf8", cursor, cursor + length);
  cursor += length;
  [length, cursor] = readUleb(body, cursor);
  const field = body.toString("utf8", cursor, cursor + length);
  cursor += length;
  const end = skipDescription(body, cursor);
  if (!modules.has(module)) modules.set(module, shortName(modules.size));
  const short = shortName(i);
  renamed.push([module, field, short]);
  entries.push(name(modules.get(module)), name(short), body.subarray(cursor, end));
  cursor = end;
}

// The glue names each module as a quoted key and each import as a plain key.
const replaceOnce = (pattern, replacement, what) => {
  const matches = glue.match(new RegExp(pattern.source, "g")) ?? [];
  if (matches.length !== 1) {
    throw new Error(`${gluePath}: expected ${what} once as a key, found it ${matches.length} times`);
  }
  glue = glue.replace(pattern, replacement);
};
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
for (const [module, short] of modules) {
  replaceOnce(new RegExp(`(["'])${escape(module)}\\1(\\s*):`), `${short}$2:`, `module ${module}`);
}
for (const [, field, short] of renamed) {
  replaceOnce(new RegExp(`([{,]\\s*)${escape(field)}(\\s*):`), `$1${short}$2:`, `import ${field}`);
}

const section = (id, parts) => {
  const content = Buffer.concat(parts);
  return Buffer.concat([Buffer.from([id]), uleb(content.length), content]);
};
sections[importSection].bytes = section(2, entries);

// Exports: the glue reads them as properties of the instance's exports.
if (exportSection >= 0) {
  const body = sections[exportSection].body;
  let [count, cursor] = readUleb(body, 0);
  const parts = [uleb(count)];
  const word = (text) => `(?<![\\w$])${escape(text)}(?![\\w$])`;
  let next = 0;
  for (let i = 0; i < count; i++) {
    let length;
    [length, cursor] = readUleb(body, cursor);
    const field = body.toString("utf8", cursor, cursor + length);
    cursor += length;
    const end = readUleb(body, cursor + 1)[1];
    const reads = (glue.match(new RegExp(`\\.${word(field)}`, "g")) ?? []).length;
    // Unused by the glue (the names are the ABI's): kept as they are.
    const short = reads ? shortName(next++) : field;
    if (reads) glue = glue.replace(new RegExp(`\\.${word(field)}`, "g"), `.${short}`);
    parts.push(name(short), body.subarray(cursor, end));
    cursor = end;
  }
  sections[exportSection].bytes = section(7, parts);
}
writeFileSync(wasmPath, Buffer.concat([wasm.subarray(0, 8), ...sections.map((s) => s.bytes)]));
writeFileSync(gluePath, glue);
