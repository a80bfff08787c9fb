// (p-xfer2) A receipts sheet with "Datum" twice, the first mapped as Date by the user (MB Config,
// the Sheets tab), through massbal on a real .xlsx: the user's Datum is read and no row refused,
// but the second "Datum", whose dates fall in the next period, was dropped without a word; now a
// warning at its heading says it is not read and that the user mapped the other.
import type { CellValue } from "exceljs";
import { day } from "../../src/books";
import { configSheetRows } from "../../src/workbook/config";
import { plain } from "../workbook/fixtures";
import { checkJson, freshFolderPerTest, writeBook } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; severity: string; sheet: string | null; cell: string | null; message: string }[];
}

it("'Datum' twice, the first mapped by the user: read, the second said at G1", async () => {
  const file = await writeBook(folder.path, "mapped.xlsx", {
    Settings: [
      ["Setting", "Value"],
      ["Scheme", "ISCC EU"],
      ["First period start", day("2025-01-01")],
    ],
    Wareneingang: [
      ["Datum", "Lieferant", "SD-Nr.", "Produkt", "Menge (t)", "Claim", "Datum"],
      [day("2025-03-30"), "Fett AG", "SD-1", "UCO", 10, "EU RED compliant", day("2025-03-30")],
      [day("2025-03-30"), "Fett AG", "SD-2", "UCO", 20, "EU RED compliant", day("2025-04-02")],
    ],
    "MB Config": plain(
      configSheetRows({
        mappings: [{ sheet: "Wareneingang", field: "date", column: "A", header: "Datum" }],
        settings: {},
        marks: [],
        generated: [],
      }),
    ) as CellValue[][],
  });
  const r = await checkJson<Report>(folder.path, file);
  const said = r.findings.filter((f) => f.sheet === "Wareneingang");
  expect(said.filter((f) => f.severity === "error")).toEqual([]);
  expect(said.filter((f) => f.cell === "G1")).toMatchObject([
    { code: "mapping-uncertain", severity: "warning" },
  ]);
  expect(said.find((f) => f.cell === "G1")?.message).toContain(
    '"Datum" (column A), which you mapped as Date',
  );
});
