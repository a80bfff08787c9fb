// Headers as people really type them vary endlessly. Whatever is done to the corpus's headers
// (case, underscores for spaces, a colon or asterisk, square for round brackets, a remark in
// brackets, a typo), a required field is never mapped to a wrong column without asking the user to
// confirm it; and the harmless variants read exactly as the originals.
import fc from "fast-check";
import { columnLetter } from "../../../src/workbook/a1";
import { kindSpec } from "../../../src/workbook/fields";
import { readWorkbook } from "../../../src/workbook/read";
import type { CellValue } from "../../../src/workbook/port";
import { serial, sheet } from "../fixtures";
import { LAYOUTS, type Layout } from "./header-corpus";

type Variant = (h: string, seed: number) => string;

const HARMLESS: Variant[] = [
  // (lower case only where words are apart: "dateOfDispatch" lower-cased has lost its words)
  (h) => (/\s/.test(h) ? h.toLowerCase() : h),
  (h) => h.replace(/ /g, "_"),
  (h) => `${h}:`,
  (h) => `  ${h} *`,
  (h) => h.replace(/\(([^)]*)\)/g, "[$1]"),
  (h) => `${h} (optional)`,
];
const RISKY: Variant[] = [
  (h) => h.toUpperCase(),
  // a typo: two neighbouring letters swapped, or one dropped
  (h, seed) => {
    const i = 1 + (seed % Math.max(1, h.length - 2));
    return seed % 2 ? h.slice(0, i) + h[i + 1] + h[i] + h.slice(i + 2) : h.slice(0, i) + h.slice(i + 1);
  },
];

function read(layout: Layout, headers: string[]) {
  const rows: CellValue[][] = [headers];
  for (let i = 0; i < 12; i++) {
    rows.push(
      layout.columns.map(([, field]) => {
        const f = field?.replace("~", "").split("+")[0] ?? "";
        if (/date|valid/i.test(f)) return serial("2025-01-02") + i;
        if (/quantity|^in|^out|factor|ghg\.(?!unit|method)|density|heating/i.test(f)) return 10 + i;
        if (f === "unit") return "t";
        if (f === "direction") return i % 2 ? "in" : "out";
        return `${f || "note"} ${i % 3}`;
      }),
    );
  }
  return readWorkbook({ name: "x.xlsx", sheets: [sheet(layout.sheet, rows)] }).sheets[0]!;
}

function requiredOf(layout: Layout): Set<string> {
  return new Set(kindSpec(layout.kind)!.needs.flat());
}

describe("perturbed corpus headers", () => {
  const layouts = LAYOUTS.filter((l) => !l.above && !l.group);

  it("never map a required field to a wrong column without a 'please confirm'", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: layouts.length - 1 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: HARMLESS.length + RISKY.length - 1 }), fc.nat()), {
          minLength: 1,
          maxLength: 12,
        }),
        (which, changes) => {
          const layout = layouts[which]!;
          const headers = layout.columns.map(([h], i) => {
            const [v, seed] = changes[i % changes.length]!;
            return [...HARMLESS, ...RISKY][v]!(h, seed);
          });
          const s = read(layout, headers);
          const required = requiredOf(layout);
          for (const [field, letter] of Object.entries(s.columns)) {
            if (!required.has(field)) continue;
            const right = layout.columns.some(
              ([, f], col) =>
                columnLetter(col) === letter && (f?.split("+").includes(field) || f === `~${field}`),
            );
            if (!right)
              expect(`${layout.id} ${field} ${letter} ${s.confidence[field]}`).toMatch(/uncertain$/);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("read harmless variants exactly as the original headers", () => {
    for (const layout of layouts) {
      const original = read(
        layout,
        layout.columns.map(([h]) => h),
      );
      HARMLESS.forEach((variant, v) => {
        const s = read(
          layout,
          layout.columns.map(([h]) => variant(h, v)),
        );
        expect(`${layout.id} #${v}: ${JSON.stringify(s.columns)}`).toBe(
          `${layout.id} #${v}: ${JSON.stringify(original.columns)}`,
        );
      });
    }
  });
});
