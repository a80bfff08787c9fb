// (p-misc) A mapping the user made in the Sheets tab, or one remembered in MB Config from an
// earlier run, never reads a heading that negates the field as that field: "Nicht nachhaltig"
// mapped as Sustainable read the deliveries marked "ja" (NOT sustainable) as sustainable, and
// declared them. Through the real massbal declare on a real .xlsx with an MB Config sheet: the
// mapping is set aside, an error at the heading says so, and nothing of the sheet is declared.
import { ISSUING_RECEIPT_HEADER, issuingReceipt as receipt, type BookCell as Cell } from "../../src/books";
import { configSheetRows } from "../../src/workbook/config";
import type { ColumnMapping } from "../../src/workbook/types";
import { plain } from "../workbook/fixtures";
import { declareBook, deliveryHeader, sale } from "./sd-books";
import { freshFolderPerTest } from "./run-massbal";

jest.setTimeout(180_000);

const folder = freshFolderPerTest();

/** MB Config holding `mapping` alone. */
const config = (mapping: ColumnMapping): Cell[][] =>
  plain(configSheetRows({ mappings: [mapping], settings: {}, marks: [], generated: [] })) as Cell[][];

/** Sales of 30 t (`a`) and 20 t (`b`) with `heading` in F, declared with `mapping` in MB Config. */
async function declareWith(heading: string, a: Cell, b: Cell, mapping: ColumnMapping) {
  const row = (date: string, qty: number, v: Cell): Cell[] => [...sale(date, qty, null).slice(0, 5), v, null];
  return declareBook(folder.path, {
    Receipts: [ISSUING_RECEIPT_HEADER, receipt("2025-01-05", "IN-1", 100, 30)],
    Deliveries: [
      deliveryHeader().map((c) => (c === "Sustainable" ? heading : c)),
      row("2025-02-10", 30, a),
      row("2025-02-20", 20, b),
    ],
    "MB Config": config(mapping),
  });
}

describe("a mapping of a negated heading as its positive field is set aside", () => {
  it.each([
    // [heading, the 30 t row's cell, the 20 t row's cell, field, where the mapping was made]
    ["Nicht nachhaltig", "ja", "nein", "sustainable", "Deliveries"],
    ["Non sustainable", "yes", "no", "sustainable", "Deliveries"],
    ["Non durable", "oui", "non", "sustainable", "Sales 2024"],
    ["No sostenible", "sí", "no", "sustainable", "Sales 2024"],
    ["davon konventionell (t)", 30, 0, "sustainablePart", "Deliveries"],
    ["Niet duurzaam (t)", 30, 0, "sustainablePart", "Sales 2024"],
  ])(
    "%s (%s, %s) mapped as %s on %s: an error at F1, nothing declared",
    async (heading, a, b, field, sheet) => {
      const report = await declareWith(heading, a, b, { sheet, field, column: "F", header: heading });
      expect(report.declarations.filter((d) => d.status === "new" || d.status === "issued")).toEqual([]);
      const said = report.findings.filter((f) => f.code === "mapping-uncertain");
      expect(said.map((f) => [f.severity, f.sheet, f.cell])).toEqual([["error", "Deliveries", "F1"]]);
      expect(said[0]?.message).toContain("the opposite of sustainable");
      // said where the user mapped it on this sheet; a mapping remembered from another is not applied at all
      if (sheet === "Deliveries") expect(said[0]?.message).toContain("that mapping is not used");
    },
  );

  it("the positive heading mapped by hand is read as mapped: only the yes delivery is declared", async () => {
    const report = await declareWith("Nachhaltig", "ja", "nein", {
      sheet: "Deliveries",
      field: "sustainable",
      column: "F",
      header: "Nachhaltig",
    });
    expect(report.declarations.map((d) => [d.status, d.quantity])).toEqual([["new", "30"]]);
  });
});
