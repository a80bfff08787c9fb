// The engine must stay pure, only the xlsx adapter touches .xlsx libraries, and the use cases and
// the pane reach a workbook only through the port (design.md): this proves the lint rules that
// guard the layers fire.
// ESLint loads its flat config with a dynamic import, which jest's module sandbox refuses, so the
// probes are linted by ESLint's own API in one child Node process.
import { execFileSync } from "child_process";
import path from "path";

const root = path.resolve(__dirname, "../..");

const LINT_IN_CHILD = `
const { ESLint } = require("eslint");
const path = require("path");
const probes = JSON.parse(require("fs").readFileSync(0, "utf8"));
(async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = {};
  for (const [name, { code, file }] of Object.entries(probes)) {
    const [result] = await eslint.lintText(code, { filePath: path.join(process.cwd(), file) });
    out[name] = result.messages
      .filter((m) => m.ruleId === "no-restricted-imports" || m.ruleId === "no-restricted-globals")
      .map((m) => m.message);
  }
  process.stdout.write(JSON.stringify(out));
})();
`;

const forbidden: Record<string, string> = {
  "@microsoft/office-js": 'import "@microsoft/office-js";\n',
  react: 'import { useState } from "react";\nexport const s = useState;\n',
  exceljs: 'import ExcelJS from "exceljs";\nexport const e = ExcelJS;\n',
  "node:fs": 'import { readFileSync } from "node:fs";\nexport const r = readFileSync;\n',
  fs: 'import fs from "fs";\nexport const f = fs;\n',
  "the workbook layer":
    'import { type WorkbookPort } from "../workbook/port";\nexport type P = WorkbookPort;\n',
};

const probes: Record<string, { code: string; file: string }> = {
  ...Object.fromEntries(
    Object.entries(forbidden).map(([name, code]) => [name, { code, file: "src/engine/probe.ts" }]),
  ),
  global: { code: "export const ctx = Excel.run;\n", file: "src/engine/probe.ts" },
  allowed: {
    file: "src/engine/probe.ts",
    code: [
      'import Decimal from "decimal.js";',
      'import { z } from "zod";',
      'import { sha256 } from "@noble/hashes/sha2";',
      'import { type Ledger } from "./model";',
      "export const used = [Decimal, z, sha256];",
      "export type L = Ledger;",
      "",
    ].join("\n"),
  },
  excelInApp: { code: "export const run = Excel.run;\n", file: "src/app/probe.ts" },
  excelInAdapter: { code: "export const run = Excel.run;\n", file: "src/workbook/officejs/probe.ts" },
  aboveEngine: {
    code: 'import ExcelJS from "exceljs";\nexport const e = ExcelJS;\n',
    file: "src/workbook/xlsx/probe.ts",
  },
};

/** Imports only src/workbook/xlsx may make, each tried from outside it. */
const xlsxOnly: Record<string, string> = {
  exceljs: 'import ExcelJS from "exceljs";\nexport const e = ExcelJS;\n',
  jszip: 'import JSZip from "jszip";\nexport const z = JSZip;\n',
};
/** Layers that may not import the .xlsx libraries. */
const outsideXlsx = [
  "src/app/probe.ts",
  "src/taskpane/probe.tsx",
  "src/cli/probe.ts",
  "src/workbook/probe.ts",
  "src/demo/probe.ts",
];
/** Adapters and composition roots the use cases and the pane must not import. */
const adapters: Record<string, string> = {
  "the xlsx adapter":
    'import { XlsxWorkbook } from "../workbook/xlsx/xlsx-workbook";\nexport const w = XlsxWorkbook;\n',
  "the Office.js adapter":
    'import { OfficeJsWorkbook } from "../workbook/officejs/officejs-workbook";\nexport const w = OfficeJsWorkbook;\n',
  "the CLI": 'import { main } from "../cli/main";\nexport const m = main;\n',
};
for (const [name, code] of Object.entries(xlsxOnly)) {
  for (const file of outsideXlsx) probes[`${name} in ${file}`] = { code, file };
}
for (const [name, code] of Object.entries(adapters)) {
  for (const file of ["src/app/probe.ts", "src/taskpane/probe.tsx"])
    probes[`${name} in ${file}`] = { code, file };
}
/** What the books of src/books, plain data built in the browser too, may not import. */
const notInBooks: Record<string, string> = {
  exceljs: xlsxOnly.exceljs!,
  "node:fs": forbidden["node:fs"]!,
  "the xlsx adapter": adapters["the xlsx adapter"]!,
  "the engine": 'import { runEngine } from "../engine";\nexport const r = runEngine;\n',
};
for (const [name, code] of Object.entries(notInBooks))
  probes[`${name} in src/books`] = { code, file: "src/books/probe.ts" };
probes.booksAllowed = {
  code: 'import { type WorkbookSnapshot } from "../workbook/port";\nimport { day } from "./book";\nexport type S = WorkbookSnapshot;\nexport const d = day;\n',
  file: "src/books/probe.ts",
};
probes.adapterInRoot = { code: adapters["the Office.js adapter"]!, file: "src/taskpane/index.tsx" };
probes.xlsxInCli = { code: adapters["the xlsx adapter"]!, file: "src/cli/probe.ts" };

let messages: Record<string, string[]> = {};

beforeAll(() => {
  const out = execFileSync(process.execPath, ["-e", LINT_IN_CHILD], {
    cwd: root,
    input: JSON.stringify(probes),
  });
  messages = JSON.parse(out.toString()) as Record<string, string[]>;
}, 120_000);

describe("engine boundary rule", () => {
  test.each(Object.keys(forbidden))("rejects an engine file importing %s", (name) => {
    expect(messages[name]?.length).toBeGreaterThan(0);
    expect(messages[name]?.join(" ")).toMatch(/src\/engine/);
  });

  test("rejects host globals in the engine", () => {
    expect(messages.global).toEqual([expect.stringMatching(/no host globals/)]);
  });

  test("allows decimal.js, zod, @noble/hashes and engine modules", () => {
    expect(messages.allowed).toEqual([]);
  });

  test("keeps Excel and Office out of every layer but the Office.js adapter", () => {
    expect(messages.excelInApp).toEqual([
      expect.stringMatching(/Only src\/workbook\/officejs talks to Excel/),
    ]);
    expect(messages.excelInAdapter).toEqual([]);
  });

  test("does not restrict the layers above the engine", () => {
    expect(messages.aboveEngine).toEqual([]);
  });
});

describe("adapter rules", () => {
  test.each(Object.keys(xlsxOnly).flatMap((name) => outsideXlsx.map((file) => [name, file])))(
    "rejects %s imported by %s",
    (name, file) => {
      expect(messages[`${name} in ${file}`]).toEqual([
        expect.stringMatching(/Only src\/workbook\/xlsx reads/),
      ]);
    },
  );

  test.each(
    Object.keys(adapters).flatMap((name) =>
      ["src/app/probe.ts", "src/taskpane/probe.tsx"].map((f) => [name, f]),
    ),
  )("rejects %s imported by %s", (name, file) => {
    expect(messages[`${name} in ${file}`]).toEqual([expect.stringMatching(/only through the WorkbookPort/)]);
  });

  test("lets the composition roots choose an adapter", () => {
    expect(messages.adapterInRoot).toEqual([]);
    expect(messages.xlsxInCli).toEqual([]);
  });
});

describe("books rule", () => {
  test.each(Object.keys(notInBooks))("rejects %s imported by src/books", (name) => {
    expect(messages[`${name} in src/books`]).toEqual([expect.stringMatching(/src\/books is plain data/)]);
  });

  test("lets the books import each other and the port's types", () => {
    expect(messages.booksAllowed).toEqual([]);
  });
});
