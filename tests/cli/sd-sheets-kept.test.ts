// The audited copy a second `massbal declare --force` replaces keeps what only it holds (new user's
// test): the printable "SD <number>" sheet of every declaration issued into it, exactly as issued
// (values and printed header and footer, a cancelled one too), and the sheets its user added. The
// books are edited in the original workbook between runs, as the user did; three runs in a row.
import path from "node:path";
import ExcelJS from "exceljs";
import {
  type BookCell as Cell,
  ISSUING_RECEIPT_HEADER,
  ISSUING_SETTINGS,
  issuingReceipt,
  plainBook,
} from "../../src/books";
import type { JsonReport } from "../../src/cli/report";
import { writeBookFile } from "../../src/workbook/xlsx/write-book";
import { localToday } from "../../src/app/overrides";
import { freshFolderPerTest, massbal, sha256 } from "./run-massbal";
import { deliveryHeader, sale } from "./sd-books";

jest.setTimeout(180_000);
const folder = freshFolderPerTest();

const SALES: Cell[][] = [
  sale("2025-02-01", 50, null),
  sale("2025-02-05", 30, null),
  sale("2025-02-09", 20, null),
];

/** books.xlsx with the first `n` sales and, where given, extra sheets of the user's. */
async function books(n: number, extra: Record<string, Cell[][]> = {}): Promise<void> {
  const book = plainBook({
    Receipts: [ISSUING_RECEIPT_HEADER, issuingReceipt("2025-01-05", "IN-1", 1000, 30)],
    Deliveries: [deliveryHeader(), ...SALES.slice(0, n)],
    Settings: ISSUING_SETTINGS,
    ...extra,
  });
  await writeBookFile(book, path.join(folder.path, "books.xlsx"));
}

function declare(
  input: string,
  ...more: string[]
): { code: number | null; report: JsonReport; stderr: string } {
  const run = massbal(["declare", input, "--json", ...more], folder.path);
  if (!run.stdout.trim()) throw new Error(run.stderr);
  return { code: run.code, report: JSON.parse(run.stdout) as JsonReport, stderr: run.stderr };
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(folder.path, file));
  return wb;
}

/** Each SD sheet of `file` as it prints: its cells' values, and its page header and footer. */
async function printed(file: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const ws of (await open(file)).worksheets) {
    if (!ws.name.startsWith("SD ")) continue;
    const cells: unknown[] = [];
    ws.eachRow((r, i) => cells.push([i, r.values]));
    out[ws.name] = { cells, header: ws.headerFooter.oddHeader, footer: ws.headerFooter.oddFooter };
  }
  return out;
}

/** The user's edit of the audited copy: a sheet of notes, and a line typed onto a printed SD. */
async function userAdds(file: string, sheets: Record<string, Cell[][]>, onSd?: string): Promise<void> {
  const wb = await open(file);
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  if (onSd) wb.getWorksheet(onSd)!.getCell("D2").value = "sent 2025-04-03";
  await wb.xlsx.writeFile(path.join(folder.path, file));
}

/** A printed SD sheet (as `printed` gives it) as it reads once withdrawn: its title marked, `line` in row 4. */
function cancelledAs(sheet: unknown, line: string): unknown {
  const { cells, ...page } = sheet as { cells: [number, unknown[]][] };
  const marked = cells.map(([i, values]): [number, unknown[]] =>
    i === 1 ? [i, [undefined, `CANCELLED: ${String(values[1])}`, ...values.slice(2)]] : [i, values],
  );
  const at = marked.findIndex(([i]) => i > 4);
  marked.splice(at, 0, [4, [undefined, line]]);
  return { cells: marked, ...page };
}

const numbers = (r: JsonReport) => r.declarations.map((d) => [d.number, d.status]);
const OUT = ["--out", "books.audited.xlsx", "--force"];

describe("declare --force into the same audited copy, three times", () => {
  it("keeps every issued SD sheet as issued and the user's own sheets; a cancelled one keeps its sheet", async () => {
    await books(1);
    const first = declare("books.xlsx", "--out", "books.audited.xlsx");
    expect(numbers(first.report)).toEqual([["ON-2025-0001", "new"]]);
    await userAdds("books.audited.xlsx", { Notes: [["Sent to Fuel AG by mail"]] }, "SD ON-2025-0001");
    const issued1 = await printed("books.audited.xlsx");
    expect(Object.keys(issued1)).toEqual(["SD ON-2025-0001"]);

    // a delivery added in the original books, declared into the same copy
    await books(2);
    const second = declare("books.xlsx", ...OUT);
    expect(numbers(second.report)).toEqual([
      ["ON-2025-0001", "issued"],
      ["ON-2025-0002", "new"],
    ]);
    expect(second.stderr).toContain(
      "keeping the printable declaration SD ON-2025-0001 of books.audited.xlsx",
    );
    expect(second.stderr).toContain('keeping the sheet "Notes" of books.audited.xlsx');
    const issued2 = await printed("books.audited.xlsx");
    expect(Object.keys(issued2).sort()).toEqual(["SD ON-2025-0001", "SD ON-2025-0002"]);
    expect(issued2["SD ON-2025-0001"]).toEqual(issued1["SD ON-2025-0001"]);

    // a third: the first is withdrawn and its delivery declared anew, a new delivery too
    await books(3);
    const third = declare(
      "books.xlsx",
      ...OUT,
      ...["--cancel", "ON-2025-0001", "--by", "A. Auditor", "--reason", "wrong address"],
    );
    expect(numbers(third.report)).toEqual([
      ["ON-2025-0001", "replaced"],
      ["ON-2025-0002", "issued"],
      ["ON-2025-0003", "new"],
      ["ON-2025-0004", "new"],
    ]);
    const issued3 = await printed("books.audited.xlsx");
    expect(Object.keys(issued3).sort()).toEqual([
      "SD ON-2025-0001",
      "SD ON-2025-0002",
      "SD ON-2025-0003",
      "SD ON-2025-0004",
    ]);
    // withdrawn (brk22 §5): kept as issued, the user's line on it too, its title marked CANCELLED
    // and one line, in the blank row below the date of issuance, saying when, by whom, why and what replaced it
    expect(issued3["SD ON-2025-0001"]).toEqual(
      cancelledAs(
        issued1["SD ON-2025-0001"],
        `Cancelled on ${localToday()} by A. Auditor. Reason: wrong address. Replaced by ON-2025-0003. Not valid: do not send.`,
      ),
    );
    expect(issued3["SD ON-2025-0002"]).toEqual(issued2["SD ON-2025-0002"]);
    const audited = await open("books.audited.xlsx");
    expect(audited.getWorksheet("Notes")?.getCell("A1").value).toBe("Sent to Fuel AG by mail");

    // the audited copy itself as the input: everything stays, nothing is issued again
    const again = declare("books.audited.xlsx", "--out", "again.xlsx");
    expect(again.report.declarations.filter((d) => d.status === "new")).toEqual([]);
    const kept = await printed("again.xlsx");
    expect(kept).toEqual(issued3);
    expect((await open("again.xlsx")).getWorksheet("Notes")).toBeDefined();
  });

  it("drafts of an earlier run are no record: the next run prints its own, and keeps the issued ones", async () => {
    await books(1);
    declare("books.xlsx", "--out", "books.audited.xlsx");
    // more sold than received: held back, printed as a draft
    const over = plainBook({
      Receipts: [ISSUING_RECEIPT_HEADER, issuingReceipt("2025-01-05", "IN-1", 1000, 30)],
      Deliveries: [deliveryHeader(), SALES[0]!, SALES[1]!, sale("2025-02-06", 990, null)],
      Settings: ISSUING_SETTINGS,
    });
    await writeBookFile(over, path.join(folder.path, "books.xlsx"));
    declare("books.xlsx", ...OUT, "--draft");
    const drafted = Object.keys(await printed("books.audited.xlsx")).sort();
    expect(drafted).toEqual(["SD ON-2025-0001", "SD draft 1"]);
    await books(2);
    declare("books.xlsx", ...OUT);
    expect(Object.keys(await printed("books.audited.xlsx")).sort()).toEqual([
      "SD ON-2025-0001",
      "SD ON-2025-0002",
    ]);
  });

  it("refuses to replace a copy holding a sheet of books the input does not, and writes nothing", async () => {
    await books(1);
    declare("books.xlsx", "--out", "books.audited.xlsx");
    await userAdds("books.audited.xlsx", {
      "Receipts Q2": [ISSUING_RECEIPT_HEADER, issuingReceipt("2025-04-05", "IN-9", 500, 30)],
    });
    const before = sha256(path.join(folder.path, "books.audited.xlsx"));
    await books(2);
    const run = massbal(["declare", "books.xlsx", ...OUT], folder.path);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"Receipts Q2" (receipts)');
    expect(run.stderr).toContain("Nothing was written");
    expect(sha256(path.join(folder.path, "books.audited.xlsx"))).toBe(before);
  });
});
