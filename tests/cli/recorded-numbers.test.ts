// (brk26 §S8) An audited copy whose register, printed "SD <number>" sheets and the SD cells massbal
// wrote into its delivery rows were all deleted still names the numbers it issued: in MB Trace (one
// row per issued declaration line) and in the hidden MB Config (the SD sheets it printed). Before,
// `declare --force` into it gave ON-2025-0001 to another (earlier) delivery, exit 0. Now the run is
// refused (exit 2, nothing written) with the sheet and cell named, into the copy (--force) and on
// the copy itself. Must not change: a copy as massbal wrote it, or with only MB Trace deleted, is
// declared into as before, the same numbers for the same deliveries.
import { existsSync } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import type { Rows } from "../../src/books";
import type { JsonReport } from "../../src/cli/report";
import { deliveryHeader, editBook, ONE_RECEIPT, sale, writeBooks } from "./sd-books";
import { freshFolderPerTest, massbal, sha256 } from "./run-massbal";

jest.setTimeout(120_000);
const folder = freshFolderPerTest();

const FIRST: Rows = [deliveryHeader(), sale("2025-03-01", 60, null)];
/** the books gain an earlier sale: it would take ON-2025-0001 were the number read as free */
const EARLIER: Rows = [deliveryHeader(), sale("2025-02-20", 30, null), sale("2025-03-01", 60, null)];

async function declare(deliveries: Rows, input = "books.xlsx") {
  await writeBooks(folder.path, ONE_RECEIPT, deliveries);
  return massbal(["declare", input, "--out", "out.xlsx", "--force", "--json"], folder.path);
}

/** The audited copy out.xlsx changed by `edit` as a user would in Excel. */
const editCopy = (edit: (wb: ExcelJS.Workbook) => void) => editBook(folder.path, "out.xlsx", edit);

/** The register and the printed SD sheets deleted, the SD cells of the delivery rows cleared. */
function wipe(wb: ExcelJS.Workbook, also: readonly string[] = []): void {
  for (const ws of [...wb.worksheets])
    if (ws.name === "MB Declarations" || ws.name.startsWith("SD ") || also.includes(ws.name))
      wb.removeWorksheet(ws.id);
  wb.getWorksheet("Deliveries")!.eachRow((r) => {
    if (String(r.getCell(7).value ?? "").startsWith("ON-")) r.getCell(7).value = null;
  });
}

describe("numbers recorded in MB Trace or MB Config are issued, the register gone", () => {
  const cases: [string, readonly string[], string][] = [
    ["MB Trace kept", [], "ON-2025-0001 (MB Trace!A2)"],
    [
      "MB Trace deleted too",
      ["MB Trace"],
      'ON-2025-0001 (the hidden MB Config, which lists its printed sheet "SD ON-2025-0001")',
    ],
    [
      "MB Trace, Ledger, Findings, Summary deleted",
      ["MB Trace", "MB Ledger", "MB Findings", "MB Summary"],
      "ON-2025-0001 (the hidden MB Config",
    ],
  ];
  it.each(cases)(
    "%s: --force into the copy is refused, exit 2, the copy unchanged",
    async (_, also, named) => {
      expect((await declare(FIRST)).code).toBe(0);
      await editCopy((wb) => wipe(wb, also));
      const before = sha256(path.join(folder.path, "out.xlsx"));
      const run = await declare(EARLIER);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`records the SD number ${named}`);
      expect(run.stderr).toMatch(
        /It is not replaced, even with --force\. Nothing was written; put MB Declarations back/,
      );
      expect(sha256(path.join(folder.path, "out.xlsx"))).toBe(before);
    },
  );

  it("declared on itself: refused, the sheet and cell named, nothing written", async () => {
    expect((await declare(FIRST)).code).toBe(0);
    await editCopy((wb) => wipe(wb));
    const run = massbal(["declare", "out.xlsx", "--out", "again.xlsx", "--json"], folder.path);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("This workbook records the SD number ON-2025-0001 (MB Trace!A2) as issued");
    expect(existsSync(path.join(folder.path, "again.xlsx"))).toBe(false);
  });
});

describe("must not change: a copy that lists its numbers is declared into as before", () => {
  const numbers = (stdout: string) =>
    (JSON.parse(stdout) as JsonReport).declarations.map((d) => [d.number, d.status, d.quantity]);
  const cases: [string, (wb: ExcelJS.Workbook) => void][] = [
    ["as massbal wrote it", () => undefined],
    ["MB Trace deleted", (wb) => wb.removeWorksheet(wb.getWorksheet("MB Trace")!.id)],
  ];
  it.each(cases)("%s: the same number for the same sale, the next for the new one", async (_, edit) => {
    expect((await declare(FIRST)).code).toBe(0);
    await editCopy(edit);
    const run = await declare(EARLIER);
    expect(run.code).toBe(0);
    expect(numbers(run.stdout)).toEqual([
      ["ON-2025-0001", "issued", "60"],
      ["ON-2025-0002", "new", "30"],
    ]);
  });
});

describe("a copy beside whose MB Trace or MB Config alone records its numbers", () => {
  it("a run into another file that would give one again stops, the copy and cell named", async () => {
    expect((await declare(FIRST)).code).toBe(0);
    await editCopy((wb) => wipe(wb));
    const run = massbal(["declare", "books.xlsx", "--out", "b.xlsx", "--force", "--json"], folder.path);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "ON-2025-0001 is already issued in out.xlsx: it is recorded as issued there at MB Trace!A2, though its register (MB Declarations) does not list it",
    );
    expect(run.stderr).toMatch(/Put MB Declarations back into out\.xlsx/);
    expect(existsSync(path.join(folder.path, "b.xlsx"))).toBe(false);
  });
});

describe("a cancelled SD's number is issued too", () => {
  it("cancelled and replaced, then everything but MB Trace deleted: refused at its row", async () => {
    expect((await declare(FIRST)).code).toBe(0);
    const cancel = ["--cancel", "ON-2025-0001", "--by", "Anna", "--reason", "wrong address"];
    const withdrawn = massbal(
      ["declare", "books.xlsx", "--out", "out.xlsx", "--force", "--json", ...cancel],
      folder.path,
    );
    expect(withdrawn.code).toBe(0);
    await editCopy((wb) => wipe(wb, ["MB Config"]));
    const run = await declare(EARLIER);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/records the SD numbers ON-2025-0001 \(MB Trace!A2\), ON-2025-0002/);
  });

  it("the register kept: the cancelled number is never given again, new ones follow the highest", async () => {
    expect((await declare(FIRST)).code).toBe(0);
    const cancel = ["--cancel", "ON-2025-0001", "--by", "Anna", "--reason", "wrong address"];
    expect(
      massbal(["declare", "books.xlsx", "--out", "out.xlsx", "--force", "--json", ...cancel], folder.path)
        .code,
    ).toBe(0);
    const run = await declare(EARLIER);
    expect(run.code).toBe(0);
    const given = (JSON.parse(run.stdout) as JsonReport).declarations.map((d) => [d.number, d.status]);
    expect(given.filter(([n]) => n === "ON-2025-0001")).toEqual([["ON-2025-0001", "replaced"]]);
    expect(given.find(([, s]) => s === "new")).toEqual(["ON-2025-0003", "new"]);
  });
});

describe("must not change: books with no history", () => {
  it("a fresh book declared into a new copy numbers from 0001 in date order", async () => {
    const run = await declare(EARLIER);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as JsonReport).declarations.map((d) => [d.number, d.quantity])).toEqual([
      ["ON-2025-0001", "30"],
      ["ON-2025-0002", "60"],
    ]);
  });
});
