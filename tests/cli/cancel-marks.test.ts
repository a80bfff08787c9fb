// What `massbal declare --cancel` leaves on the books (brk22 §5), through real .xlsx files: the
// withdrawn SD sheet kept as issued but marked CANCELLED (title cell and one line), the replacement
// naming what it replaces (its SD sheet, the register, --json), the cancellation dated the day of
// the run (not the Settings issue date, 2025-04-02 here), the delivery row's SD cell keeping its
// number with a note naming the SD to send, later runs reading it all the same way (no second
// replacement, no duplicate), and one line of a split refused rather than the whole split withdrawn.
import path from "node:path";
import ExcelJS from "exceljs";
import { ISSUING_RECEIPT_HEADER, issuingReceipt, type Rows } from "../../src/books";
import { localToday } from "../../src/app/overrides";
import type { JsonReport } from "../../src/cli/report";
import { freshFolderPerTest, massbal } from "./run-massbal";
import { deliveryHeader, sale, SPLIT_RECEIPTS, writeBooks } from "./sd-books";

jest.setTimeout(180_000);
const folder = freshFolderPerTest();

const books = (receipts: Rows, deliveries: Rows) => writeBooks(folder.path, receipts, deliveries);

function declare(input: string, output: string, ...more: string[]) {
  const run = massbal(["declare", input, "--out", output, "--json", ...more], folder.path);
  const report = run.stdout.trim() ? (JSON.parse(run.stdout) as JsonReport) : null;
  return { code: run.code, report, stderr: run.stderr };
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(folder.path, file));
  return wb;
}

/** Column A of a sheet, row by row. */
const columnA = (wb: ExcelJS.Workbook, sheet: string) =>
  Array.from((wb.getWorksheet(sheet)!.getColumn(1).values as unknown[]).slice(1), (v) => v ?? null);

const states = (r: JsonReport | null) => r?.declarations.map((d) => [d.number, d.status, d.replaces ?? ""]);
const cancelBy = (number: string) => [
  "--cancel",
  number,
  "--by",
  "M. Test",
  "--reason",
  "wrong customer address",
];

describe("declare --cancel: what the books say afterwards", () => {
  it.each([["ON-2025-0002"], [" on-2025-0002 "], ["On-2025-0002"]])(
    "cancel %j: marked sheet, replacement naming it, run-day date, the row's cell noted; a later run reads it the same",
    async (asked) => {
      await books(
        [ISSUING_RECEIPT_HEADER, issuingReceipt("2025-01-05", "IN-1", 1000, 30)],
        [deliveryHeader(), sale("2025-02-01", 50, null), sale("2025-02-05", 30, null)],
      );
      expect(declare("books.xlsx", "a.xlsx").code).toBe(0);
      const before = await open("a.xlsx");
      const issued = columnA(before, "SD ON-2025-0002");
      const day = localToday();
      const cancelled = declare("a.xlsx", "b.xlsx", ...cancelBy(asked));
      expect(cancelled.code).toBe(0);
      expect(states(cancelled.report)).toEqual([
        ["ON-2025-0001", "issued", ""],
        ["ON-2025-0002", "replaced", ""],
        ["ON-2025-0003", "new", "ON-2025-0002"],
      ]);
      // dated the day the cancellation is made, not the Settings issue date (2025-04-02)
      expect(cancelled.report!.declarations[1]!.correction).toEqual({
        on: day,
        by: "M. Test",
        reason: "wrong customer address",
        replacedBy: "ON-2025-0003",
      });
      const noted = cancelled.report!.findings.filter((f) => f.code === "declaration-withdrawn");
      expect(noted.map((f) => [f.severity, f.sheet, f.cell])).toEqual([["info", "Deliveries", "G3"]]);
      expect(noted[0]!.message).toContain("ON-2025-0003 was issued in its place");

      for (const file of ["b.xlsx", "c.xlsx"]) {
        if (file === "c.xlsx") {
          // the next run on the audited copy: nothing new, nothing replaced again, no duplicate
          const again = declare("b.xlsx", "c.xlsx");
          expect(again.code).toBe(0);
          expect(states(again.report)).toEqual([
            ["ON-2025-0001", "issued", ""],
            ["ON-2025-0002", "replaced", ""],
            ["ON-2025-0003", "issued", "ON-2025-0002"],
          ]);
          expect(again.report!.findings.map((f) => [f.code, f.cell])).toEqual([
            ["declaration-withdrawn", "G3"],
          ]);
        }
        const wb = await open(file);
        // the withdrawn SD: as issued, its title marked and one line in the blank row below its date
        const line = `Cancelled on ${day} by M. Test. Reason: wrong customer address. Replaced by ON-2025-0003. Not valid: do not send.`;
        expect(columnA(wb, "SD ON-2025-0002")).toEqual(
          issued.map((v, i) => (i === 0 ? `CANCELLED: ${String(v)}` : i === 3 ? line : v)),
        );
        expect(issued[3]).toBeNull();
        expect(wb.getWorksheet("SD ON-2025-0002")!.getCell("B2").value).toBe("ON-2025-0002");
        // the replacement names it
        const replacement = wb.getWorksheet("SD ON-2025-0003")!;
        expect([replacement.getCell("A4").value, replacement.getCell("B4").value]).toEqual([
          "Replaces (cancelled)",
          "ON-2025-0002",
        ]);
        const register = wb.getWorksheet("MB Declarations")!;
        const header = (register.getRow(1).values as unknown[]).slice(1);
        const replaces = header.indexOf("Replaces") + 1;
        expect(replaces).toBeGreaterThan(0);
        expect(register.getRow(4).getCell(replaces).value).toBe("ON-2025-0002");
        // the row keeps the number it was declared under, with a note naming the SD to send
        const cell = wb.getWorksheet("Deliveries")!.getCell("G3");
        expect(cell.value).toBe("ON-2025-0002");
        expect(JSON.stringify(cell.note)).toContain("ON-2025-0003 was issued in its place");
        expect(wb.getWorksheet("Deliveries")!.getCell("G2").note).toBeUndefined();
      }
    },
  );

  it("a row given the replacement's number reads the same: no note, nothing issued, nothing replaced again", async () => {
    await books(
      [ISSUING_RECEIPT_HEADER, issuingReceipt("2025-01-05", "IN-1", 1000, 30)],
      [deliveryHeader(), sale("2025-02-01", 50, null)],
    );
    declare("books.xlsx", "a.xlsx");
    declare("a.xlsx", "b.xlsx", ...cancelBy("ON-2025-0001"));
    const wb = await open("b.xlsx");
    wb.getWorksheet("Deliveries")!.getCell("G2").value = "ON-2025-0002";
    await wb.xlsx.writeFile(path.join(folder.path, "b2.xlsx"));
    const again = declare("b2.xlsx", "c.xlsx");
    expect(again.code).toBe(0);
    expect(states(again.report)).toEqual([
      ["ON-2025-0001", "replaced", ""],
      ["ON-2025-0002", "issued", "ON-2025-0001"],
    ]);
    expect(again.report!.findings).toEqual([]);
  });

  it("one line of a split is refused, nothing cancelled; the base number withdraws and marks every line", async () => {
    await books(SPLIT_RECEIPTS, [deliveryHeader(), sale("2025-02-10", 15, null)]);
    const first = declare("books.xlsx", "a.xlsx");
    expect(states(first.report)).toEqual([
      ["ON-2025-0001-1", "new", ""],
      ["ON-2025-0001-2", "new", ""],
    ]);
    for (const line of ["ON-2025-0001-1", "on-2025-0001-2"]) {
      const refused = declare("a.xlsx", "b.xlsx", ...cancelBy(line));
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(
        `${line} is one line of the split declaration ON-2025-0001 (ON-2025-0001-1, ON-2025-0001-2)`,
      );
      expect(refused.stderr).toContain("cancel ON-2025-0001.");
    }
    const whole = declare("a.xlsx", "b.xlsx", ...cancelBy("ON-2025-0001"));
    expect(whole.code).toBe(0);
    expect(states(whole.report)).toEqual([
      ["ON-2025-0001-1", "replaced", ""],
      ["ON-2025-0001-2", "replaced", ""],
      ["ON-2025-0002-1", "new", "ON-2025-0001-1; ON-2025-0001-2"],
      ["ON-2025-0002-2", "new", "ON-2025-0001-1; ON-2025-0001-2"],
    ]);
    const wb = await open("b.xlsx");
    for (const sheet of ["SD ON-2025-0001-1", "SD ON-2025-0001-2"]) {
      expect(wb.getWorksheet(sheet)!.getCell("A1").value).toMatch(/^CANCELLED: /);
      expect(columnA(wb, sheet)[3]).toMatch(/Replaced by ON-2025-0002-1; ON-2025-0002-2\./);
    }
    expect(whole.report!.findings.map((f) => [f.code, f.cell])).toEqual([["declaration-withdrawn", "G2"]]);
  });
});
