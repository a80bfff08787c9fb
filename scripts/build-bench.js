#!/usr/bin/env node
// Compiles the engine benchmark to plain JavaScript beside the compiled engine, so that
// `npm run bench` measures the engine as users run it: `massbal` runs lib/ (`npm run build:cli`),
// the add-in a webpack bundle, neither a TypeScript transpiler inside the process. Builds lib/
// first (scripts/build-cli.js, a no-op when the sources are unchanged), then writes the bench
// modules the engine runs need to lib/bench/, their `../src/` imports pointed at lib/.
// Usage: node scripts/build-bench.js
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");
const { transformFileSync } = require("@swc/core");
const swcOptions = require("./swc-options");

const root = path.resolve(__dirname, "..");
execFileSync(process.execPath, [path.join(__dirname, "build-cli.js")], { stdio: "inherit" });

// what bench/engine-run.ts and bench/stages.ts import, and nothing that needs a transpiler
const modules = ["engine-run.ts", "engine.bench.ts", "memory.ts", "stages.ts"];
const out = path.join(root, "lib", "bench");
fs.mkdirSync(out, { recursive: true });
for (const name of modules) {
  const file = path.join(root, "bench", name);
  const code = transformFileSync(file, swcOptions(file)).code.replace(
    /require\("\.\.\/src\//g,
    'require("../',
  );
  fs.writeFileSync(path.join(out, name.replace(/\.ts$/, ".js")), code);
}
