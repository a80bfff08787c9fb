// (p-noise) Refusals where the book is clear, through massbal on a real .xlsx (break tests): each
// taught users to ignore findings. A supplier named "Saipol" under "Lieferant" and "Saipol GmbH"
// under "Lieferant lt. SD" refused the receipt; a heading of two rows ("Nachhaltig" over "Anteil
// (%)", the other headings in the upper row) left every receipt uncredited; "Quantità (q)" was
// refused where the Italian heading says the quintale, 100 kg. Now each is read exactly, and what
// is unclear ("Saipro", a share below 100 % on a receipt) is still refused at its cell.
import type { CellValue } from "exceljs";
import { day } from "../../src/books";
import type { JsonReport } from "../../src/cli/report";
import { fettAg, receiptsHead } from "./opening-books";
import { checkJson, freshFolderPerTest, writeBook } from "./run-massbal";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();
const book = (sheet: string, rows: CellValue[][]) => ({
  Settings: [
    ["Setting", "Value"],
    ["Scheme", "ISCC EU"],
    ["First period start", day("2025-01-01")],
  ],
  [sheet]: rows,
});
const HEAD = receiptsHead("Rohstoff", "Herkunftsland");
/** A receipt of `q` t of UCO from `supplier` (opening-books.ts fettAg), then `more` cells. */
function row(d: string, supplier: string, sd: string, q: number, more: CellValue[] = []): CellValue[] {
  const cells = fettAg(d, sd, q);
  cells[1] = supplier;
  return [...cells, "Used cooking oil", "DE", ...more];
}
const errors = (r: JsonReport) =>
  r.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.cell]);

it("'Saipol' and 'Saipol GmbH' as on the SD: one supplier, read; 'Saipro' refused", async () => {
  const file = await writeBook(
    folder.path,
    "supplier.xlsx",
    book("Wareneingang", [
      [...HEAD, "Lieferant lt. SD"],
      row("2025-01-02", "Saipol", "SD-1", 10, ["Saipol GmbH"]),
      row("2025-01-03", "SAIPOL S.A.", "SD-2", 5, ["Saipol SA"]),
      row("2025-01-04", "Saipol", "SD-3", 20, ["Saipro"]),
    ]),
  );
  const r = await checkJson<JsonReport>(folder.path, file);
  expect(errors(r)).toEqual([["invalid-value", "J4"]]);
  expect(r.balances.map((b) => b.received)).toEqual(["15"]);
});

it("'Nachhaltig' over 'Anteil (%)': the sustainable share, 100 % credited, 60 % refused at its cell", async () => {
  const blank = HEAD.map(() => null);
  const file = await writeBook(
    folder.path,
    "band.xlsx",
    book("Wareneingang", [
      [...HEAD, "Nachhaltig"],
      [...blank, "Anteil (%)"],
      row("2025-01-02", "Saipol", "SD-1", 10, [60]),
      row("2025-01-03", "Saipol", "SD-2", 20, [100]),
    ]),
  );
  const r = await checkJson<JsonReport>(folder.path, file);
  expect(errors(r)).toEqual([["invalid-quantity", "J3"]]);
  expect(r.balances.map((b) => b.received)).toEqual(["20"]);
});

it("'Quantità (q)': 10 q and 20 q are 3 t", async () => {
  const head = ["Data", "Fornitore", "Certificato", "N. SD", "Prodotto", "Quantità (q)", "Claim"];
  const file = await writeBook(
    folder.path,
    "quintale.xlsx",
    book("Ricevimenti", [
      [...head, "Materia prima", "Paese di origine"],
      row("2025-01-02", "Saipol", "SD-1", 10),
      row("2025-01-03", "Saipol", "SD-2", 20),
    ]),
  );
  const r = await checkJson<JsonReport>(folder.path, file);
  expect(errors(r)).toEqual([]);
  expect(r.balances.map((b) => [b.received, b.unit])).toEqual([["3", "t"]]);
});
