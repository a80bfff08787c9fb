// Golden texts of every finding code (hledger's golden diagnostics): each code's samples rendered
// for every audience, compared with tests/engine/catalogue/render/golden/<code>.txt. A wording change
// shows as a diff of those files; UPDATE_GOLDEN=1 npx jest tests/engine/catalogue rewrites them.
import { existsSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { join } from "path";
import { CATALOGUE, FINDING_CODES } from "../../../../src/engine/catalogue/codes";
import { cliText, noteText, paneText, withMessage } from "../../../../src/engine/catalogue/render";
import type { Finding, FindingCode } from "../../../../src/engine/result";
import { SAMPLES, type Sample } from "../samples";

const DIR = join(__dirname, "golden");
const UPDATE = process.env.UPDATE_GOLDEN === "1";

function findingOf<C extends FindingCode>(code: C, s: Sample<C>): Finding {
  return withMessage({ code, severity: CATALOGUE[code].severity, ...s } as Parameters<typeof withMessage>[0]);
}

/** The whole text of one code: its catalogue entry, then each sample as each audience sees it. */
function render(code: FindingCode): string {
  const entry = CATALOGUE[code];
  const lines = [
    `code: ${code}`,
    `layer: ${entry.layer}`,
    `severity: ${entry.severity}`,
    `remedy: ${entry.remedy}`,
  ];
  (SAMPLES[code] as Sample<FindingCode>[]).forEach((s, i) => {
    const f = findingOf(code, s);
    lines.push(
      "",
      `# sample ${i + 1} at ${f.sheet ?? "(workbook)"}${f.cell ? `!${f.cell}` : ""}`,
      `cli:  ${cliText(f)}`,
      `pane: ${paneText(f)}`,
      `note: ${noteText(f)}`,
    );
  });
  return `${lines.join("\n")}\n`;
}

describe("golden texts of the finding catalogue", () => {
  it.each(FINDING_CODES)("%s", (code) => {
    const file = join(DIR, `${code}.txt`);
    const text = render(code);
    if (UPDATE) writeFileSync(file, text);
    expect(existsSync(file)).toBe(true);
    expect(text).toBe(readFileSync(file, "utf8"));
  });

  it("has a golden text for every code in the catalogue, and none for a code that is not", () => {
    const files = readdirSync(DIR)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => f.slice(0, -4));
    expect(files.sort()).toEqual([...FINDING_CODES].sort());
  });

  it("renders the message a finding carries as the cli text, and the pane text as its tail", () => {
    for (const code of FINDING_CODES) {
      for (const s of SAMPLES[code] as Sample<FindingCode>[]) {
        const f = findingOf(code, s);
        expect(f.message).toBe(cliText(f));
        expect(f.message.endsWith(paneText(f))).toBe(true);
        // the pane never repeats the place its heading shows
        if (f.sheet && f.cell) expect(paneText(f)).not.toMatch(new RegExp(`^'?${f.sheet}'?!${f.cell}`));
        expect(noteText(f)).toBe(`MB ${f.severity}: ${f.message}`);
      }
    }
  });

  it("every sentence ends as a sentence and names no undefined value", () => {
    for (const code of FINDING_CODES) {
      for (const s of SAMPLES[code] as Sample<FindingCode>[]) {
        const text = cliText(findingOf(code, s));
        expect(text).toMatch(/[.)]$/);
        expect(text).not.toMatch(/undefined|null|\[object/);
      }
    }
  });
});
