// (p-bars) The columns of a deliveries sheet that hold its deliveries back are each said at their
// own heading, whatever their order: every negated heading (negated-headings.ts), the unmapped
// Sustainable yes/no column (unmapped-sustainable.ts) and a claim kept as yes/no. The first
// negated column used to stand for the unmapped Sustainable one (and read.ts said only the rest),
// so an unmapped yes/no column beside a negated heading was never said.
import fc from "fast-check";
import { cellAddress } from "../../../src/workbook/a1";
import { readWorkbook } from "../../../src/workbook/read";
import type { CellValue } from "../../../src/workbook/port";
import { serial, sheet } from "../fixtures";

const D = serial("2026-01-05");
const HEAD = ["Date", "Customer", "Customer address", "Product", "Quantity (t)"];

/** A column that holds the deliveries back: its heading, its two answers, and what is said at it. */
interface Held {
  heading: string;
  values: [CellValue, CellValue];
  said: "negated-heading" | "unmapped Sustainable yes/no" | "claim-yes-no";
}

const COLUMNS: Held[] = [
  { heading: "Nicht nachhaltig", values: ["ja", "nein"], said: "negated-heading" },
  { heading: "Kein Abfall", values: ["nein", "ja"], said: "negated-heading" },
  { heading: "davon konventionell (t)", values: [10, 0], said: "negated-heading" },
  { heading: "Info", values: ["ja", "nein"], said: "unmapped Sustainable yes/no" },
  { heading: "EU RED konform", values: ["ja", "nein"], said: "claim-yes-no" },
];

/** Deliveries of 40 t and 20 t with `columns` after their own, in that order. */
function read(columns: readonly Held[]) {
  const rows: CellValue[][] = [
    [...HEAD, ...columns.map((c) => c.heading)],
    [D, "C1 AG", "Hafenstr. 1", "UCO", 40, ...columns.map((c) => c.values[0])],
    [D + 1, "C2 AG", "Hafenstr. 1", "UCO", 20, ...columns.map((c) => c.values[1])],
  ];
  return readWorkbook({ name: "books.xlsx", sheets: [sheet("Sales", rows)] });
}

/** What each mapping-uncertain error says, by its cell: its reason, or "unmapped" and its label. */
function saidAt(r: ReturnType<typeof readWorkbook>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of r.findings.filter((x) => x.code === "mapping-uncertain")) {
    const d = f.details as { reason?: string; unmapped?: boolean; label?: string } | undefined;
    const cell = f.cell ?? "";
    expect(out[cell]).toBeUndefined(); // one error per heading
    out[cell] = d?.reason ?? (d?.unmapped ? `unmapped ${d.label ?? ""}` : "");
  }
  return out;
}

describe("every column that holds a sheet's deliveries back is said at its own heading, in any order", () => {
  it("a negated heading and an unmapped Sustainable yes/no column: both said, either order", () => {
    const [negated, info] = [COLUMNS[0] as Held, COLUMNS[3] as Held];
    for (const order of [
      [negated, info],
      [info, negated],
    ]) {
      const r = read(order);
      expect(saidAt(r)).toEqual(
        Object.fromEntries(order.map((c, i) => [cellAddress(1, HEAD.length + i), c.said])),
      );
    }
  });

  it("property: any of them, in any order, each said once at its cell; no delivery declared", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(COLUMNS, { minLength: 1 }), (columns) => {
        const r = read(columns);
        const cells = columns.map((_, i) => cellAddress(1, HEAD.length + i));
        expect(saidAt(r)).toEqual(Object.fromEntries(columns.map((c, i) => [cells[i], c.said])));
        for (const d of r.ledger.deliveries) expect(d.unreadable?.length).toBeGreaterThan(0);
        // each holds back the balances the sheet's deliveries draw on, from its own cell
        const sources = new Set((r.ledger.incomplete ?? []).map((i) => i.source.cell));
        for (const cell of cells) expect(sources).toContain(cell);
      }),
      { numRuns: 120 },
    );
  });
});
