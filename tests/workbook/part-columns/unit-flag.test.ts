// (p-parts2) "Menge (t) | Nachhaltig (t) | Nachhaltig": the heading with a unit is a quantity, the
// sustainable part; the one without is the yes/no column, read beside it. Before, the first of
// the two was taken for the yes/no field: "Nachhaltig (t)" read as yes/no with numbers and the
// yes/no column "Nachhaltig" refused at its heading (nothing declared, receipts held). Where the
// two disagree (no beside a part above none, yes beside 0) the row is refused at its cell.
import { runEngine } from "../../../src/engine/index";
import { readWorkbook } from "../../../src/workbook/read";
import type { CellValue } from "../../../src/workbook/port";
import { sheet } from "../fixtures";
import { DELIVERY_HEAD, delivery, RECEIPT_HEAD, receipt } from "../part-sheets";

/** A part's heading with its unit (or quantity word), the yes/no heading, its yes, its no. */
const PAIRS: [string, string, string, string][] = [
  ["Nachhaltig (t)", "Nachhaltig", "ja", "nein"],
  ["Nachhaltige Menge", "Nachhaltig", "ja", "nein"],
  ["Sustainable (t)", "Sustainable", "yes", "no"],
  ["Sustainable quantity", "Sustainable", "yes", "no"],
  ["Durable (t)", "Durable", "oui", "non"],
  ["Sostenible (t)", "Sostenible", "sí", "no"],
  ["Duurzaam (t)", "Duurzaam", "ja", "nee"],
  ["Sostenibile (t)", "Sostenibile", "sì", "no"],
];

/** The part column first and the yes/no column after it, and the other way round. */
const ORDERED = PAIRS.flatMap(([part, flag, yes, no]) => [
  [part, flag, yes, no, "part first"] as const,
  [part, flag, yes, no, "yes/no first"] as const,
]);

/** `partHead` holding `part` and `flagHead` holding `flag`, in `order`, after `head` and `cells`. */
function beside(order: string, partHead: string, flagHead: string, part: CellValue, flag: CellValue) {
  return order === "part first"
    ? { heads: [partHead, flagHead], cells: [part, flag] }
    : { heads: [flagHead, partHead], cells: [flag, part] };
}

function run(sheets: ReturnType<typeof sheet>[], name: string) {
  const read = readWorkbook({ name: "books.xlsx", sheets });
  const result = runEngine(read.ledger, { findings: read.findings });
  const columns = read.sheets.find((s) => s.name === name)?.columns ?? {};
  return {
    mapped: [columns.sustainablePart, columns.sustainable],
    // the PoS fields this small book lacks (recipient certificate and the like) aside
    errors: result.findings
      .filter((f) => f.severity === "error" && f.code !== "declaration-incomplete")
      .map((f) => [f.code, f.cell]),
    // what would be declared, issued or held for a missing PoS field alike
    declared: result.declarations.map((d) => d.quantity),
    received: result.balances.reduce((s, b) => s + Number(b.received), 0),
  };
}

describe("a sale of 80 t", () => {
  it.each(ORDERED)("%s and %s (%s/%s, %s): the part read beside the yes/no", (p, f, yes, no, order) => {
    const at = order === "part first" ? ["F", "G"] : ["G", "F"];
    const sale = (part: CellValue, flag: CellValue) => {
      const { heads, cells } = beside(order, p, f, part, flag);
      return run(
        [
          sheet("Receipts", [RECEIPT_HEAD, receipt(100)]),
          sheet("Sales", [
            [...DELIVERY_HEAD, ...heads],
            [...delivery(80), ...cells],
          ]),
        ],
        "Sales",
      );
    };
    const yes40 = sale(40, yes);
    expect(yes40.mapped).toEqual(at);
    expect(yes40.errors).toEqual([]);
    expect(yes40.declared).toEqual(["40"]);
    // they disagree: refused at the row's part cell, nothing declared
    for (const r of [sale(40, no), sale(0, yes)]) {
      expect(r.errors).toEqual([["sustainable-conflict", `${at[0]}2`]]);
      expect(r.declared).toEqual([]);
    }
  });
});

describe("a receipt of 100 t", () => {
  it.each(ORDERED)("%s and %s (%s/%s, %s): credited whole or not at all", (p, f, yes, no, order) => {
    const rec = (part: CellValue, flag: CellValue) => {
      const { heads, cells } = beside(order, p, f, part, flag);
      return run([sheet("Receipts", [[...RECEIPT_HEAD, ...heads], receipt(100, ...cells)])], "Receipts");
    };
    const at = order === "part first" ? ["I", "J"] : ["J", "I"];
    const whole = rec(100, yes);
    expect(whole.mapped).toEqual(at);
    expect(whole.errors).toEqual([]);
    expect(whole.received).toBe(100);
    const part = rec(40, yes);
    expect(part.errors).toEqual([["invalid-quantity", `${at[0]}2`]]);
    expect(part.received).toBe(0);
    const conflict = rec(40, no);
    expect(conflict.errors).toEqual([["sustainable-conflict", `${at[0]}2`]]);
    expect(conflict.received).toBe(0);
  });
});
