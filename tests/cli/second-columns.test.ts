// (p-rivals) Two columns of one field through massbal on a real .xlsx. A receipts sheet whose
// "Lieferant lt. SD" names another supplier than "Lieferant" on one row (brk13 #10): before, that
// receipt's 20 t were credited with no finding; now the row is refused at the SD's cell, naming
// both suppliers, and only the 10 t whose SD agrees are received. And a second quantity beside the
// Quantity the user mapped (MB Config): before, dropped without a word; now an SD's quantity still
// caps what was received, and a plain second quantity that differs is said at its heading.
import type { CellValue } from "exceljs";
import { day } from "../../src/books";
import type { JsonReport } from "../../src/cli/report";
import { configSheetRows } from "../../src/workbook/config";
import { plain } from "../workbook/fixtures";
import { receiptsHead } from "./opening-books";
import { checkJson, freshFolderPerTest, writeBook } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();
const CERT = "EU-ISCC-Cert-DE100-12345678";
const SETTINGS: CellValue[][] = [
  ["Setting", "Value"],
  ["Scheme", "ISCC EU"],
  ["First period start", day("2025-01-01")],
];
const HEAD = receiptsHead("Rohstoff", "Herkunftsland");
const row = (d: string, sd: string, q: number, more: CellValue[] = []): CellValue[] => [
  day(d),
  "Saipol GmbH",
  CERT,
  sd,
  "UCO",
  q,
  "EU RED compliant",
  "Used cooking oil",
  "DE",
  ...more,
];
const mine = (r: JsonReport, sheet: string) => r.findings.filter((f) => f.sheet === sheet);

it("'Lieferant lt. SD' names another supplier on one row: refused at its cell, its 20 t not received", async () => {
  const file = await writeBook(folder.path, "supplier.xlsx", {
    Settings: SETTINGS,
    Wareneingang: [
      [...HEAD, "Lieferant lt. SD"],
      row("2025-01-02", "SD-1", 10, ["Saipol GmbH"]),
      row("2025-01-03", "SD-2", 20, ["Other Trading BV"]),
    ],
  });
  const r = await checkJson<JsonReport>(folder.path, file);
  const said = mine(r, "Wareneingang");
  expect(said.filter((f) => f.severity === "error").map((f) => [f.code, f.cell])).toEqual([
    ["invalid-value", "J3"],
  ]);
  const refusal = said.find((f) => f.cell === "J3")?.message ?? "";
  expect(refusal).toContain('"Other Trading BV"');
  expect(refusal).toContain('Saipol GmbH in "Lieferant" (column B)');
  expect(said.filter((f) => f.cell === "J1")).toMatchObject([
    { code: "mapping-uncertain", severity: "warning" },
  ]);
  expect(r.balances.map((b) => b.received)).toEqual(["10"]);
});

it("a second quantity beside the user's mapped 'Menge (t)': the SD's caps, a plain one is said", async () => {
  const file = await writeBook(folder.path, "mapped.xlsx", {
    Settings: SETTINGS,
    Wareneingang: [
      [...HEAD, "Menge lt. SD (t)", "Menge (kg)"],
      // the SD declares 8 t of 10 t received: refused; 20 t declared as 20 t, weighed 21 000 kg: read, said
      row("2025-01-02", "SD-1", 10, [8, 10_000]),
      row("2025-01-03", "SD-2", 20, [20, 21_000]),
    ],
    "MB Config": plain(
      configSheetRows({
        mappings: [{ sheet: "Wareneingang", field: "quantity", column: "F", header: "Menge (t)" }],
        settings: {},
        marks: [],
        generated: [],
      }),
    ) as CellValue[][],
  });
  const r = await checkJson<JsonReport>(folder.path, file);
  const said = mine(r, "Wareneingang");
  expect(said.filter((f) => f.severity === "error").map((f) => [f.code, f.cell])).toEqual([
    ["quantity-columns-disagree", "J2"],
  ]);
  expect(said.filter((f) => f.cell === "K1")).toMatchObject([
    { code: "second-quantity-column", severity: "warning" },
  ]);
  expect(said.find((f) => f.cell === "K1")?.message).toContain('"Menge (t)", which you mapped as Quantity');
  expect(r.balances.map((b) => b.received)).toEqual(["20"]);
});
