// No import circles in src/ (issue 15): two modules that import each other, even for types only,
// cannot be read or changed one at a time. dpdm finds the circles over the TypeScript imports;
// a probe proves the check fires on a circle of type imports, the kind `import/no-cycle` skips.
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";

const root = path.resolve(__dirname, "../..");
const dpdm = path.join(root, "node_modules", "dpdm", "lib", "bin", "dpdm.js");

/**
 * The Office.js stand-in of the demo mirrors Excel's object model, whose objects name each other
 * (a range knows its worksheet, the worksheet its workbook, each its request context) as Office.js
 * does; its circles are of types only and stay inside that folder.
 */
const ALLOWED = /^src\/demo\/fake-excel\//;

/** The import circles among `globs` below `cwd`, each as the files it passes through. */
function circles(cwd: string, globs: string[]): string[][] {
  const dir = mkdtempSync(path.join(os.tmpdir(), "cycles-"));
  try {
    const out = path.join(dir, "dpdm.json");
    execFileSync(
      process.execPath,
      [dpdm, "--no-tree", "--no-warning", "--no-progress", "-o", out, ...globs],
      {
        cwd,
        stdio: "ignore",
      },
    );
    return (JSON.parse(readFileSync(out, "utf8")) as { circulars: string[][] }).circulars;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("src/ has no import circles (the demo's Office.js stand-in aside)", () => {
  const found = circles(root, ["src/**/*.ts", "src/**/*.tsx"]);
  expect(found.filter((c) => !c.every((file) => ALLOWED.test(file)))).toEqual([]);
}, 120_000);

test("the check finds a circle of type-only imports", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "cycle-probe-"));
  try {
    writeFileSync(
      path.join(dir, "book.ts"),
      'import { fill } from "./shorts";\nexport interface Pool { n: number }\nexport const f = fill;\n',
    );
    writeFileSync(
      path.join(dir, "shorts.ts"),
      'import type { Pool } from "./book";\nexport const fill = (p: Pool) => p.n;\n',
    );
    writeFileSync(path.join(dir, "plain.ts"), 'import { fill } from "./shorts";\nexport const g = fill;\n');
    expect(circles(dir, ["*.ts"]).map((c) => [...c].sort())).toEqual([["book.ts", "shorts.ts"]]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
