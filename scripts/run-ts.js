#!/usr/bin/env node
// Runs a TypeScript file with plain Node (benchmarks, the sample generator) by transpiling each
// required .ts module with @swc/core on the fly. Usage: node scripts/run-ts.js file.ts [args…]
const fs = require("fs");
const path = require("path");
const Module = require("module");
const { transformSync } = require("@swc/core");
const swcOptions = require("./swc-options");

for (const ext of [".ts", ".tsx"]) {
  Module._extensions[ext] = function compile(module, filename) {
    const source = fs.readFileSync(filename, "utf8");
    module._compile(transformSync(source, swcOptions(filename)).code, filename);
  };
}

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error("usage: node scripts/run-ts.js <file.ts> [args…]");
  process.exit(2);
}
process.argv = [process.argv[0], path.resolve(entry), ...rest];
require(path.resolve(entry));
