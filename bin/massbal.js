#!/usr/bin/env node
// massbal: checks ISCC mass balance books in .xlsx workbooks (see `massbal --help`).
// The TypeScript sources are compiled to lib/ by `npm run build:cli` (run on `npm ci` too).
"use strict";
let cli;
try {
  cli = require("../lib/cli/main.js");
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND" && String(e.message).includes("lib/cli/main.js")) {
    process.stderr.write("massbal: the command is not built yet: run `npm run build:cli` first.\n");
    process.exit(2);
  }
  throw e;
}
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`massbal: ${e && e.message ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
