// (brk21 2) Through the real massbal declare on a real .xlsx: 1000 t of rapeseed (IN-1) pressed into
// 420 t of oil, "davon nachhaltig (t)" 336 placed after the OUTPUT quantity (80 % of the oil, i.e.
// 800 t of the rapeseed, sustainable), and 600 t of rapeseed sold. Before, the column was read as
// the input's part: 336 t of rapeseed consumed as sustainable, 664 t of rapeseed credit left and
// a declaration of 600 t issued, 400 t beyond what was left. Now the column is refused at its
// heading and nothing is declared from the balances the sheet feeds; the same column after the
// input quantity is read as before.
import { type BookCell as Cell, day, ISSUING_RECEIPT_HEADER, issuingReceipt } from "../../src/books";
import { declareBook } from "./sd-books";
import { freshFolderPerTest } from "./run-massbal";

jest.setTimeout(180_000);

const folder = freshFolderPerTest();

const HEAD = ["Datum", "Einsatzprodukt", "Einsatzmenge (t)", "Ausbringung Produkt", "Ausbringungsmenge (t)"];

/** The book, the part column (336 of the oil, or 800 of the rapeseed) after the output's or the input's quantity. */
const book = (after: "output" | "input") =>
  declareBook(folder.path, {
    Receipts: [
      ISSUING_RECEIPT_HEADER,
      issuingReceipt("2025-01-05", "IN-1", 1000, 30).map((c) => (c === "Rapeseed oil" ? "Rapeseed" : c)),
    ],
    Production:
      after === "output"
        ? [
            [...HEAD, "davon nachhaltig (t)", "THG gesamt"],
            [day("2025-02-01"), "Rapeseed", 1000, "Rapeseed oil", 420, 336, 40] as Cell[],
          ]
        : [
            [...HEAD.slice(0, 3), "davon nachhaltig (t)", ...HEAD.slice(3), "THG gesamt"],
            [day("2025-02-01"), "Rapeseed", 1000, 800, "Rapeseed oil", 420, 40] as Cell[],
          ],
    Deliveries: [
      ["Date", "Customer", "Customer address", "Product", "Quantity (t)", "Sustainable"],
      [day("2025-03-05"), "Agrar Handel GmbH", "Feldweg 2, Kiel", "Rapeseed", 600, "yes"] as Cell[],
    ],
  });

it("after the output's quantity: refused at its heading, no declaration of 600 t of rapeseed", async () => {
  const report = await book("output");
  const at = report.findings.filter((f) => f.sheet === "Production" && f.cell === "F1");
  expect(at.map((f) => [f.code, f.severity])).toEqual([["mapping-uncertain", "error"]]);
  expect(at[0]?.message).toContain('follows the output\'s quantity "Ausbringungsmenge (t)"');
  expect(at[0]?.message).toContain("right after the input quantity");
  expect(report.declarations.filter((d) => d.status === "new")).toEqual([]);
});

it("after the input's quantity: 800 t sustainable input, 200 t of rapeseed left, the sale of 600 t refused", async () => {
  const report = await book("input");
  expect(report.findings.filter((f) => f.sheet === "Production" && f.severity === "error")).toEqual([]);
  const rapeseed = report.balances.find((b) => b.product === "Rapeseed");
  expect(rapeseed?.closing).toBe("-400");
  expect(report.declarations.filter((d) => d.status === "new")).toEqual([]);
});
