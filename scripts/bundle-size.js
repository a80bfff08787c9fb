#!/usr/bin/env node
// Reports the size of each built script as shipped and gzipped (what the task pane downloads
// on first open), so a change that bloats the bundle shows up at build time.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const dir = path.resolve(process.argv[2] || path.join(__dirname, "..", "dist"));
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
let total = 0;
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".js")).sort()) {
  const data = fs.readFileSync(path.join(dir, file));
  const gz = zlib.gzipSync(data, { level: 9 }).length;
  total += gz;
  console.log(`${file.padEnd(32)} ${kib(data.length).padStart(11)}  gzipped ${kib(gz).padStart(10)}`);
}
console.log(`${"total gzipped".padEnd(32)} ${"".padStart(11)}          ${kib(total).padStart(10)}`);
