// A date column written both day first and month first, through the real massbal declare on a
// real .xlsx with "Date order: DMY" stated: the date that reads two ways is refused at its cell
// (the stated order is not trusted where the column itself proves both), backs no declaration,
// and the dates that read one way only are booked as written (workbook/conventions.ts).
import path from "node:path";
import { type BookCell as Cell, plainBook, RECEIPT_COLUMNS } from "../../src/books";
import { writeBookFile } from "../../src/workbook/xlsx/write-book";
import { certificateRows, receiptRow } from "./receipt-rows";
import { declareJson, freshFolderPerTest } from "./run-massbal";

jest.setTimeout(90_000);

interface Report {
  findings: { code: string; severity: string; message: string; sheet: string | null; cell: string | null }[];
  declarations: { inputs: { sd: string }[] }[];
}

const folder = freshFolderPerTest();

const receipt = (date: string, sd: string): Cell[] => receiptRow(date, sd, 100);

/** `massbal declare --json` on a book of `receipts`, a sale of 150 t on `sold`, and the supplier's certificate valid over `valid`. */
async function declare(
  settings: Cell[][],
  receipts: Cell[][],
  sold: string,
  valid: [string, string],
): Promise<Report> {
  const book = plainBook({
    ...(settings.length > 0 ? { Settings: settings } : {}),
    Receipts: [[...RECEIPT_COLUMNS], ...receipts],
    Deliveries: [
      ["Date", "Customer", "Product", "Quantity (t)", "Sustainable"],
      [sold, "Fuel AG", "UCO", 150, "yes"],
    ],
    Certificates: certificateRows(...valid),
  });
  await writeBookFile(book, path.join(folder.path, "books.xlsx"));
  return declareJson<Report>(folder.path, "books.xlsx");
}

it("refuses 02/03/2025 in a column that also holds 13/01/2025 and 01/25/2025, whatever the settings say", async () => {
  const report = await declare(
    [
      ["Setting", "Value"],
      ["Date order", "DMY"],
    ],
    [receipt("13/01/2025", "SD-1"), receipt("01/25/2025", "SD-2"), receipt("02/03/2025", "SD-3")],
    "28/03/2025",
    ["01/01/2024", "31/12/2026"],
  );
  const at = (cell: string) => report.findings.filter((f) => f.sheet === "Receipts" && f.cell === cell);
  expect(at("A2")).toEqual([]);
  expect(at("A3")).toEqual([]);
  expect(at("A4")).toEqual([expect.objectContaining({ code: "ambiguous-date", severity: "error" })]);
  expect(at("A4")[0]!.message).toContain(
    '"13/01/2025" (day first) and "01/25/2025" (month first), so neither order can be trusted, whatever the settings state',
  );
  const backing = report.declarations.flatMap((d) => d.inputs.map((i) => i.sd));
  expect(backing).not.toContain("SD-3");
});

it("reads a column headed Date most of whose dates read two ways: refuses those at their cells, books the rest", async () => {
  const twoWay = ["2/1/2025", "2/1/2025", "2/1/2025", "2/1/2025", "2/1/2025"];
  const report = await declare(
    [],
    [
      ...twoWay.map((d, i) => receipt(d, `SD-${i + 1}`)),
      receipt("13/1/2025", "SD-6"),
      receipt("1/25/2025", "SD-7"),
    ],
    "2025-03-28",
    ["2024-01-01", "2026-12-31"],
  );
  expect(report.findings.filter((f) => f.code === "header-not-found")).toEqual([]);
  const at = (cell: string) =>
    report.findings.filter((f) => f.sheet === "Receipts" && f.cell === cell).map((f) => f.code);
  expect([2, 3, 4, 5, 6].map((r) => at(`A${r}`))).toEqual(Array(5).fill(["ambiguous-date"]));
  expect(at("A7")).toEqual([]);
  expect(at("A8")).toEqual([]);
  const backing = report.declarations.flatMap((d) => d.inputs.map((i) => i.sd));
  expect(backing.filter((sd) => Number(sd.slice(3)) <= 5)).toEqual([]);
});

// --- two-digit years (p-dates3) ---
const twoDigit = [receipt("13/02/25", "SD-1"), receipt("20/02/25", "SD-2")];
const cellsOf = (r: Report, cell: string) =>
  r.findings.filter((f) => f.sheet === "Receipts" && f.cell === cell);

it("refuses 13/02/25 (13 Feb 2025, or 25 Feb 2013 year first) where nothing settles where the year stands", async () => {
  const report = await declare([], twoDigit, "2025-03-28", ["2024-01-01", "2026-12-31"]);
  // both refused, said once for the column at A2 (p-dates5: was a finding at A2 and at A3)
  expect(cellsOf(report, "A2")).toEqual([
    expect.objectContaining({ code: "ambiguous-date", severity: "error" }),
  ]);
  expect(cellsOf(report, "A2")[0]!.message).toContain("its year has two digits");
  expect(cellsOf(report, "A2")[0]!.message).toContain(
    "as in all 2 such dates of this column (from here down to A3)",
  );
  expect(cellsOf(report, "A3")).toEqual([]);
  expect(report.declarations.flatMap((d) => d.inputs.map((i) => i.sd))).toEqual([]);
});

it("reads 13/02/25 day first where the settings state the date order DMY", async () => {
  const report = await declare(
    [
      ["Setting", "Value"],
      ["Date order", "DMY"],
    ],
    twoDigit,
    "2025-03-28",
    ["2024-01-01", "2026-12-31"],
  );
  expect(cellsOf(report, "A2")).toEqual([]);
  expect(cellsOf(report, "A3")).toEqual([]);
  expect(report.declarations.flatMap((d) => d.inputs.map((i) => i.sd)).sort()).toEqual(["SD-1", "SD-2"]);
});

const isoBeside = [receipt("2025-03-13", "SD-1"), receipt("05.03.25", "SD-2")];

it("reads typed 05.03.25 beside an ERP's ISO 2025-03-13 day first with Date order DMY: the ISO date tells nothing of dotted dates", async () => {
  const dmy = await declare(
    [
      ["Setting", "Value"],
      ["Date order", "DMY"],
    ],
    isoBeside,
    "2025-03-28",
    ["2024-06-01", "2027-05-31"],
  );
  expect(cellsOf(dmy, "A3")).toEqual([]);
  expect(dmy.findings.filter((f) => f.code === "certificate-invalid")).toEqual([]);
  expect(dmy.declarations.flatMap((d) => d.inputs.map((i) => i.sd)).sort()).toEqual(["SD-1", "SD-2"]);
});

it("reads typed 05.03.25 beside an ISO 2025-03-13 day first with no setting either, never 2005-03-25: a dotted date with a two-digit last part is day.month.year (h-dates)", async () => {
  const open = await declare([], isoBeside, "2025-03-28", ["2024-06-01", "2027-05-31"]);
  expect(cellsOf(open, "A3")).toEqual([]);
  expect(open.declarations.flatMap((d) => d.inputs.map((i) => i.sd)).sort()).toEqual(["SD-1", "SD-2"]);
});
// --- end two-digit years
