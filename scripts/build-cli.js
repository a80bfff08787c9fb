#!/usr/bin/env node
// Transpiles the headless layers (engine, books, workbook without officejs, app, cli) to lib/ as
// CommonJS so `massbal` runs on plain Node. Type checking is `npm run typecheck`'s job; this
// only strips types, which takes well under a second.
const fs = require("fs");
const path = require("path");
const crypto = require("crypto");
const { transformFileSync } = require("@swc/core");
const swcOptions = require("./swc-options");

const root = path.resolve(__dirname, "..");
const layers = ["engine", "books", "workbook", "app", "cli"];
const skip = [path.join("workbook", "officejs")];
const out = path.join(root, "lib");

function walk(dir) {
  const files = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const rel = path.relative(path.join(root, "src"), full);
    if (skip.some((s) => rel === s || rel.startsWith(s + path.sep))) continue;
    if (entry.isDirectory()) files.push(...walk(full));
    else if (/\.ts$/.test(entry.name) && !entry.name.endsWith(".d.ts")) files.push(full);
  }
  return files;
}

// What the build compiles, by path, size and time: unchanged sources need no new build, so
// `npm run massbal` starts at once, and a build never pulls lib/ from under a running massbal.
function sourcesStamp() {
  const hash = crypto.createHash("sha256");
  for (const layer of layers) {
    const dir = path.join(root, "src", layer);
    if (!fs.existsSync(dir)) continue;
    for (const file of walk(dir).sort()) {
      const info = fs.statSync(file);
      hash.update(`${path.relative(root, file)}:${info.size}:${info.mtimeMs}\n`);
    }
  }
  hash.update(fs.readFileSync(__filename));
  return hash.digest("hex");
}

const stampFile = path.join(out, ".sources");
const stamp = sourcesStamp();
if (!process.argv.includes("--force") && fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === stamp) {
  if (process.argv.includes("--verbose")) console.log("build-cli: lib/ is up to date");
  process.exit(0);
}

fs.rmSync(out, { recursive: true, force: true });
let count = 0;
for (const layer of layers) {
  const dir = path.join(root, "src", layer);
  if (!fs.existsSync(dir)) continue;
  for (const file of walk(dir)) {
    const target = path.join(out, path.relative(path.join(root, "src"), file)).replace(/\.ts$/, ".js");
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, transformFileSync(file, swcOptions(file)).code);
    count++;
  }
}
fs.writeFileSync(stampFile, stamp);
if (process.argv.includes("--verbose")) console.log(`build-cli: ${count} modules written to lib/`);
