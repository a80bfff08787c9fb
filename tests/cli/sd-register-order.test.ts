// (p-reg) Which delivery keeps an outgoing SD number typed on two rows (SD-01), through the real
// massbal declare on real .xlsx books: the one the register (MB Declarations) records it issued to,
// whatever order the rows are sorted in between runs; with no register, the earlier-dated one (ties:
// sheet order), read as issued outside massbal. An exact repeat holds back both deliveries, each listed as held back.
import { mkdirSync } from "node:fs";
import path from "node:path";
import {
  ISSUING_RECEIPT_HEADER as RECEIPT_HEADER,
  ISSUING_SETTINGS,
  issuingReceipt as receipt,
  plainBook,
  type Rows,
} from "../../src/books";
import type { JsonReport } from "../../src/cli/report";
import { writeBookFile } from "../../src/workbook/xlsx/write-book";
import { freshFolderPerTest, massbal } from "./run-massbal";
import { declareBook, deliveryHeader, sale } from "./sd-books";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();
// the supplier's SD has a number of its own: a delivery typed with an incoming SD's number is refused (p-sd9)
const RECEIPTS = [RECEIPT_HEADER, receipt("2025-01-05", "AS-2024-0917", 100, 30)];

/** The deliveries written to books.xlsx, declared into the audited copy out.xlsx (its register kept). */
async function declareInto(deliveries: Rows): Promise<JsonReport> {
  const book = plainBook({ Receipts: RECEIPTS, Deliveries: deliveries, Settings: ISSUING_SETTINGS });
  await writeBookFile(book, path.join(folder.path, "books.xlsx"));
  const result = massbal(["declare", "books.xlsx", "--out", "out.xlsx", "--force", "--json"], folder.path);
  return JSON.parse(result.stdout) as JsonReport;
}

/** The SD cells of the numbers read as issued outside massbal (declaration-issued-outside). */
const outside = (r: JsonReport) =>
  r.findings.filter((f) => f.code === "declaration-issued-outside").map((f) => f.cell);

/** [status, number, quantity] of each declaration, in the report's order. */
const listed = (r: JsonReport) => r.declarations.map((x) => [x.status, x.number, x.quantity]);

describe.each([
  ["ON-2025-0001", "ON 2025 0001"],
  ["ON-2025-0001", "ON-25-0001"],
])("%s (1 Feb, 10 t) and %s (2 Feb, 20 t)", (first, second) => {
  it("keeps the number with the delivery it was issued to when the rows are sorted newest first", async () => {
    // the add-in issues the 10 t delivery's number (a number typed before any register is issued
    // outside massbal and recorded nowhere, p-outside); the user then types it, and again on another row
    const issued = await declareInto([deliveryHeader(), sale("2025-02-01", 10, null)]);
    expect(listed(issued)).toEqual([["new", first, "10"]]);
    const older = sale("2025-02-01", 10, first);
    const newer = sale("2025-02-02", 20, second);
    const runs = [
      await declareInto([deliveryHeader(), older, newer]),
      await declareInto([deliveryHeader(), newer, older]),
      await declareInto([deliveryHeader(), older, newer]),
    ];
    expect(listed(runs[0]!)).toEqual([
      ["issued", first, "10"],
      ["blocked", "", "20"],
    ]);
    for (const [i, run] of runs.entries()) {
      // one Issued record under the number, the 10 t delivery's, in every run
      expect(
        run.declarations.filter((x) => x.status === "issued").map((x) => [x.number, x.quantity]),
      ).toEqual([[first, "10"]]);
      // the repeat is said at the 20 t row's SD cell (G3 oldest first, G2 newest first)
      const cell = i === 1 ? "G2" : "G3";
      expect(run.findings.filter((f) => f.code === "duplicate-sd").map((f) => f.cell)).toEqual([cell]);
      const held = run.declarations.filter((x) => x.status === "blocked");
      expect(held.map((x) => [x.quantity, x.heldBy?.map((h) => h.cell)])).toEqual([["20", [cell]]]);
    }
  });
});

it("with no register, lets the earlier-dated delivery keep a number whatever the sheet order", async () => {
  /** a folder of its own for each book (no register carried from one to the next) */
  const fresh = (name: string) => {
    const dir = path.join(folder.path, name);
    mkdirSync(dir);
    return dir;
  };
  for (const [name, rows] of [
    ["newest-first", [sale("2025-02-02", 20, "SD 4711"), sale("2025-02-01", 10, "4711")]],
    ["oldest-first", [sale("2025-02-01", 10, "4711"), sale("2025-02-02", 20, "SD 4711")]],
  ] as const) {
    const report = await declareBook(fresh(name), {
      Receipts: RECEIPTS,
      Deliveries: [deliveryHeader(), ...rows],
    });
    const quantityOf = (status: string) =>
      report.declarations.filter((x) => x.status === status).map((x) => x.quantity);
    // the earlier keeps it: issued outside massbal, nothing listed for it (p-outside)
    expect(quantityOf("issued")).toEqual([]);
    expect(outside(report)).toEqual([name === "newest-first" ? "G3" : "G2"]);
    expect(quantityOf("blocked")).toEqual(["20"]);
  }
  // the same day: the row above keeps it
  const report = await declareBook(fresh("same-day"), {
    Receipts: RECEIPTS,
    Deliveries: [deliveryHeader(), sale("2025-02-01", 20, "SD 4711"), sale("2025-02-01", 10, "4711")],
  });
  expect(listed(report)).toEqual([["blocked", "", "10"]]);
  expect(outside(report)).toEqual(["G2"]);
});

describe.each([
  ["SD-2025-0001", "SD-2025-0001"],
  ["sd-2025-0001", "SD-2025-0001"],
  ["SD-2025-0001", "SD-2025-0001\u00a0"],
])("an exact repeat (%j, %j)", (a, b) => {
  it.each([
    [[], "blocked"],
    [["--draft"], "draft"],
  ])("lists both deliveries as held back (%j)", async (flags, status) => {
    const book = plainBook({
      Receipts: RECEIPTS,
      Deliveries: [deliveryHeader(), sale("2025-02-01", 10, a), sale("2025-02-02", 20, b)],
      Settings: ISSUING_SETTINGS,
    });
    await writeBookFile(book, path.join(folder.path, "books.xlsx"));
    const report = JSON.parse(
      massbal(["declare", "books.xlsx", "--json", ...flags], folder.path).stdout,
    ) as JsonReport;
    expect(listed(report)).toEqual([
      [status, "", "10"],
      [status, "", "20"],
    ]);
    for (const [i, x] of report.declarations.entries()) {
      expect(x.heldBy?.map((h) => [h.code, h.cell])).toContainEqual([
        "declaration-number-duplicate",
        `G${i + 2}`,
      ]);
    }
    const numberDuplicates = report.findings.filter((f) => f.code === "declaration-number-duplicate");
    expect(numberDuplicates.map((f) => f.holdsBack)).toEqual([["Deliveries!E2"], ["Deliveries!E3"]]);
    // the summary counts both as held back
    const text = massbal(["declare", "books.xlsx", "--force", ...flags], folder.path).stdout;
    expect(text).toMatch(
      status === "draft"
        ? /0 new, 0 already issued, 2 printed as drafts/
        : /0 new, 0 already issued, 2 held back/,
    );
  });
});
