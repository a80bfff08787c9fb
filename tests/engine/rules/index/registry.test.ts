// The rule registry (issue 15, "a literal pipeline"): every engine code of the catalogue is
// reported by exactly one rule of the registry, in its own file src/engine/rules/<code>.ts, or is
// named in ELSEWHERE with the file that makes it and why. A rule missing from the registry, a code
// reported by two files, or a rule file for a code nobody registered fails here.
import { readdirSync, readFileSync, statSync } from "fs";
import path from "path";
import { CATALOGUE } from "../../../../src/engine/catalogue/codes";
import type { FindingCode } from "../../../../src/engine/result";
import { ELSEWHERE, RULES } from "../../../../src/engine/rules";

const ENGINE = path.join(__dirname, "../../../../src/engine");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "catalogue" ? [] : sources(full);
    return name.endsWith(".ts") ? [full] : [];
  });
}

const FILES = new Map(
  sources(ENGINE).map((f) => [path.relative(ENGINE, f).split(path.sep).join("/"), readFileSync(f, "utf8")]),
);

/** The files under src/engine (the catalogue aside) that build a finding of `code`. */
function producers(code: string, files: ReadonlyMap<string, string> = FILES): string[] {
  const made = new RegExp(`finding\\(\\s*"${code.replace(/[-]/g, "\\-")}"`);
  return [...files]
    .filter(([, text]) => made.test(text))
    .map(([file]) => file)
    .sort();
}

const engineCodes = (Object.keys(CATALOGUE) as FindingCode[]).filter((c) => CATALOGUE[c].layer === "engine");
const registered = RULES.map((r) => r.code);

test("no code has two rules in the registry", () => {
  const twice = registered.filter((c, i) => registered.indexOf(c) !== i);
  expect(twice).toEqual([]);
});

test("every engine code is reported by a rule or named elsewhere, never both", () => {
  const neither = engineCodes.filter((c) => !registered.includes(c) && !ELSEWHERE[c]);
  const both = engineCodes.filter((c) => registered.includes(c) && ELSEWHERE[c]);
  expect({ neither, both }).toEqual({ neither: [], both: [] });
  // ELSEWHERE names engine codes only, each with its reason
  for (const [code, where] of Object.entries(ELSEWHERE)) {
    expect(engineCodes).toContain(code);
    expect(where?.why.length).toBeGreaterThan(20);
  }
});

test.each(engineCodes)("%s is made in exactly the file the registry says", (code) => {
  const expected = registered.includes(code)
    ? [`rules/${code}.ts`]
    : [...(ELSEWHERE[code]?.files ?? [])].sort();
  expect(producers(code)).toEqual(expected);
});

test("each rule file under src/engine/rules is in the registry, and each rule has a point to run at", () => {
  const ruleFiles = [...FILES.keys()].filter(
    (f) => /^rules\/[^/]+\.ts$/.test(f) && /export const \w+: Rule</.test(FILES.get(f) ?? ""),
  );
  const named = new Set(RULES.map((r) => r.code));
  for (const file of ruleFiles) {
    const code = /code: "([a-z-]+)"/.exec(FILES.get(file) ?? "")?.[1] ?? "";
    expect([file, named.has(code as FindingCode)]).toEqual([file, true]);
  }
  for (const rule of RULES)
    expect([rule.code, !!(rule.records || rule.facts || rule.declaration || rule.declarations)]).toEqual([
      rule.code,
      true,
    ]);
});

describe("the check fails on a doubled or missing producer (probe)", () => {
  test("a second file making a rule's code is found", () => {
    const files = new Map(FILES);
    files.set(
      "book/close.ts",
      `${files.get("book/close.ts")}\nfinding("negative-balance", "error", undefined, {});`,
    );
    expect(producers("negative-balance", files)).toEqual(["book/close.ts", "rules/negative-balance.ts"]);
  });
  test("a rule file without its finding is found", () => {
    const files = new Map(FILES);
    files.set("rules/overdraft.ts", "export const overdraft = {};");
    expect(producers("overdraft", files)).toEqual([]);
  });
  test("a multi-line call is found", () => {
    expect(
      producers("linked-sd-unavailable", new Map([["x.ts", 'finding(\n  "linked-sd-unavailable",\n']])),
    ).toEqual(["x.ts"]);
  });
});
