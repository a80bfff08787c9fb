// Tests mirror src (issue 15): a newcomer finds the tests of src/<path>.ts at tests/<path>.test.ts,
// or, for a module tested by subject, at tests/<path>/<subject>.test.ts. A test file elsewhere is
// misplaced, unless it is in one of the few places named below; a probe proves the check fires.
import { existsSync, statSync } from "fs";
import path from "path";
import { execFileSync } from "child_process";

const root = path.resolve(__dirname, "../..");

/** Test folders that test no one module, each with why. */
const OWN_PLACES: Record<string, string> = {
  "tests/e2e/": "end-to-end runs of the task pane in chromium",
  "tests/docs/": "the docs' links and examples",
  "tests/lint/": "rules over the code itself (layers, import circles, this layout)",
  "tests/manifest/": "the add-in's manifest",
};

/** Whole-command tests of massbal: src/cli as a whole, one file per subject, directly in tests/cli. */
const WHOLE_COMMAND = /^tests\/cli\/[^/]+\.test\.ts$/;

/** Where a test file should be, or null when it is in its place. `exists` sees paths under the root. */
function misplaced(file: string, exists: (p: string) => "file" | "folder" | null): string | null {
  if (Object.keys(OWN_PLACES).some((p) => file.startsWith(p))) return null;
  if (WHOLE_COMMAND.test(file)) return null;
  const m = /^tests\/(.+)\.test\.tsx?$/.exec(file);
  if (!m) return "a test file is named <module>.test.ts or <module>/<subject>.test.ts";
  const rel = m[1] as string;
  const isModule = (p: string) => exists(`src/${p}.ts`) === "file" || exists(`src/${p}.tsx`) === "file";
  // tests/<path>.test.ts for src/<path>.ts(x), or for the folder src/<path>/ as a whole
  if (isModule(rel) || exists(`src/${rel}`) === "folder") return null;
  // tests/<path>/<subject>.test.ts for src/<path>.ts(x) tested by subject
  const dir = path.posix.dirname(rel);
  if (dir !== "." && isModule(dir)) return null;
  return `no src/${rel}.ts(x), src/${rel}/ or src/${dir}.ts(x) for ${file}`;
}

function onDisk(p: string): "file" | "folder" | null {
  const abs = path.join(root, p);
  if (!existsSync(abs)) return null;
  return statSync(abs).isDirectory() ? "folder" : "file";
}

test("every test file is at the path of the src module or folder it tests", () => {
  const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "tests"], {
    cwd: root,
    encoding: "utf8",
  })
    .split("\n")
    .filter((f) => /\.test\.tsx?$/.test(f) && existsSync(path.join(root, f)));
  expect(files.length).toBeGreaterThan(50);
  expect(files.map((f) => misplaced(f, onDisk)).filter(Boolean)).toEqual([]);
});

describe("the probe: the check fires on a misplaced file", () => {
  // a small src of its own, so the probe does not depend on today's modules
  const SRC: Record<string, "file" | "folder"> = {
    src: "folder",
    "src/engine": "folder",
    "src/engine/units.ts": "file",
    "src/engine/catalogue": "folder",
    "src/engine/catalogue/render.ts": "file",
    "src/taskpane/components/app.tsx": "file",
  };
  const exists = (p: string) => SRC[p] ?? null;

  it.each([
    "tests/engine/units.test.ts",
    "tests/engine/units/property.test.ts",
    "tests/engine/catalogue.test.ts",
    "tests/engine/catalogue/render/golden.test.ts",
    "tests/taskpane/components/app/failures.test.tsx",
    "tests/cli/credit.test.ts",
    "tests/lint/anything.test.ts",
  ])("%s is in its place", (file) => {
    expect(misplaced(file, exists)).toBeNull();
  });

  it.each([
    "tests/engine/break10.test.ts",
    "tests/engine/units-property.test.ts",
    "tests/engine/catalogue/golden.test.ts",
    "tests/workbook/read-layouts.test.ts",
    "tests/cli/massbal/credit.test.ts",
    "tests/engine/units/deeper/property.test.ts",
  ])("%s is misplaced", (file) => {
    expect(misplaced(file, exists)).toMatch(/^no src\//);
  });
});
