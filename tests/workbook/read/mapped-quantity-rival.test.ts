// (p-rivals) A second quantity column beside the Quantity column the user mapped (the Sheets tab,
// kept in MB Config). Before, the second was dropped without a word whatever it held (beside a
// recognised Quantity it is read): 10 t received against an SD that declares 8 t was credited in
// full, and "Menge (kg)" holding another amount was never said. Now the user's mapping says which
// column is the quantity, not that the other says nothing: an SD's quantity still caps what was
// received (refused at its cell where less is declared), and any other quantity that differs on a
// row is said at its heading, a warning naming the user's column; where they agree nothing is said.
import type { CellValue } from "../../../src/workbook/port";
import { configSheetRows } from "../../../src/workbook/config";
import { readWorkbook } from "../../../src/workbook/read";
import type { MbConfig } from "../../../src/workbook/types";
import { plain, serial, sheet } from "../fixtures";

/** [language, the user's Quantity heading, a plain second one, an SD's]. */
const HEADS: [string, string, string, string][] = [
  ["de", "Menge (t)", "Menge (kg)", "Menge lt. SD (t)"],
  ["en", "Quantity (t)", "Quantity (kg)", "Quantity as per SD (t)"],
  ["fr", "Quantité (t)", "Quantité (kg)", "Quantité selon DD (t)"],
  ["es", "Cantidad (t)", "Cantidad (kg)", "Cantidad según SD (t)"],
  ["nl", "Hoeveelheid (t)", "Hoeveelheid (kg)", "Hoeveelheid volgens SD (t)"],
  ["it", "Quantità (t)", "Quantità (kg)", "Quantità secondo SD (t)"],
];

/** Receipts whose Quantity (E) the user mapped, with a second quantity column G: one row per amount in G. */
function book(mine: string, second: string, theirs: CellValue[]) {
  const config: MbConfig = {
    mappings: [{ sheet: "Receipts", field: "quantity", column: "E", header: mine }],
    settings: {},
    marks: [],
    generated: [],
  };
  const head = ["Date", "Supplier", "SD number", "Product", mine, "Claim", second];
  const rows = theirs.map((t, i) => [
    serial("2025-03-30"),
    "Fett AG",
    `SD-${i + 1}`,
    "UCO",
    10,
    "EU RED compliant",
    t,
  ]);
  return readWorkbook({
    name: "b.xlsx",
    sheets: [
      sheet("Receipts", [head, ...rows]),
      sheet("MB Config", plain(configSheetRows(config)), { visibility: "veryHidden" }),
    ],
  });
}

describe("a second quantity beside the Quantity the user mapped", () => {
  it.each(HEADS)(
    '%s: "%s" mapped, "%s" differs on a row: said at its heading, the user\'s read',
    (_l, mine, second) => {
      // 10 000 kg is 10 t: agrees; 12 000 kg does not
      const r = book(mine, second, [10_000, 12_000]);
      expect(r.sheets[0]?.columns).toMatchObject({ quantity: "E" });
      expect(r.ledger.receipts.map((x) => x.quantity)).toEqual(["10", "10"]);
      expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
      const said = r.findings.filter((f) => f.cell === "G1");
      expect(said).toMatchObject([{ code: "second-quantity-column", severity: "warning" }]);
      expect(said[0]?.message).toContain(`"${mine}", which you mapped as Quantity`);
    },
  );

  it.each(HEADS)('%s: "%s" mapped, "%s" agrees on every row: nothing said', (_l, mine, second) => {
    const r = book(mine, second, [10_000, 10_000]);
    expect(r.findings.filter((f) => f.cell?.startsWith("G"))).toEqual([]);
    expect(r.ledger.receipts).toHaveLength(2);
  });

  it.each(HEADS)(
    '%s: "%s" mapped, the SD quantity beside it declares less: refused at its cell',
    (_l, mine, _second, sd) => {
      // the SD declares 8 t of the 10 t received (refused), 12 t (read: less received than declared)
      const r = book(mine, sd, [8, 12]);
      const errors = r.findings.filter((f) => f.severity === "error");
      expect(errors.map((f) => [f.code, f.cell, (f.details as { reason?: string }).reason])).toEqual([
        ["quantity-columns-disagree", "G2", "over-declared"],
      ]);
      expect(r.ledger.receipts.map((x) => x.source.row)).toEqual([3]);
    },
  );
});
