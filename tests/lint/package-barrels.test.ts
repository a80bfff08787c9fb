// Packages whose index loads hundreds of modules are imported by the module one needs: date-fns'
// index is 300 modules and its locale index 540 (every language), read again by every massbal
// process and by every jest test file that reaches the sheet reader. By the function and the
// locale ("date-fns/parse", "date-fns/locale/de") it is 115 in all, and each massbal start costs
// about a fifth less CPU. A probe proves the check fires.
import { readFileSync } from "fs";
import path from "path";
import { execFileSync } from "child_process";

const root = path.resolve(__dirname, "../..");

/** Package indexes that load far more than any file here uses, each with what to import instead. */
const BARRELS: Record<string, string> = {
  "date-fns": 'the function\'s own module, as "date-fns/parse"',
  "date-fns/locale": 'the language\'s own module, as "date-fns/locale/de"',
};

/** The barrels `code` imports values from, as "<specifier>: <instead>"; type-only imports load nothing. */
function barrelImports(code: string): string[] {
  const found: string[] = [];
  const imports =
    /\bimport\s+(type\s+)?([^"';]*?)\s*from\s*["']([^"']+)["']|\brequire\(\s*["']([^"']+)["']\s*\)/g;
  for (const m of code.matchAll(imports)) {
    const specifier = (m[3] ?? m[4]) as string;
    if (!(specifier in BARRELS) || m[1]) continue;
    // `import { type Locale } from "date-fns"` is erased too
    const names = (m[2] ?? "")
      .replace(/[{}]/g, "")
      .split(",")
      .map((n) => n.trim())
      .filter(Boolean);
    if (m[3] !== undefined && names.length > 0 && names.every((n) => n.startsWith("type "))) continue;
    found.push(`${specifier}: import ${BARRELS[specifier]}`);
  }
  return found;
}

test("no file imports a package's whole index where one module of it is used", () => {
  const files = execFileSync(
    "git",
    ["ls-files", "--cached", "--others", "--exclude-standard", "src", "tests", "bench", "scripts"],
    {
      cwd: root,
      encoding: "utf8",
    },
  )
    .split("\n")
    .filter((f) => /\.(tsx?|js)$/.test(f) && !f.startsWith("tests/lint/package-barrels"));
  expect(files.length).toBeGreaterThan(100);
  const offenders = files.flatMap((f) =>
    barrelImports(readFileSync(path.join(root, f), "utf8")).map((b) => `${f}: ${b}`),
  );
  expect(offenders).toEqual([]);
});

describe("the probe: the check fires on a barrel import, not on a module's own or a type", () => {
  it.each([
    ['import { format, parse } from "date-fns";', 1],
    ['import { de, enGB } from "date-fns/locale";', 1],
    ['const { parse } = require("date-fns");', 1],
    ['import { parse } from "date-fns/parse";', 0],
    ['import { de } from "date-fns/locale/de";', 0],
    ['import type { Locale } from "date-fns";', 0],
    ['import { type Locale } from "date-fns";', 0],
    ['import { type Locale, parse } from "date-fns";', 1],
  ])("%s", (code, count) => {
    expect(barrelImports(code)).toHaveLength(count as number);
  });
});
