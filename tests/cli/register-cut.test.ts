// (brk23 §1, §12) The register of an audited copy edited by hand, then declared into again with
// --force. A copy that still holds printed "SD <number>" sheets its register does not list (the
// register sheet deleted or renamed, a line of it cut) is refused, nothing written: before, the run
// gave the same numbers to other deliveries and printed over the sheets already sent, exit 0. A
// note typed under the register is no declaration (before: declaration-needs-correction, exit 1 on
// every run). A copy left as massbal wrote it is declared into as before.
import path from "node:path";
import type ExcelJS from "exceljs";
import type { Rows } from "../../src/books";
import type { JsonReport } from "../../src/cli/report";
import {
  deliveryHeader,
  editBook,
  ONE_RECEIPT,
  openBook,
  registerSheet as register,
  sale,
  writeBooks,
} from "./sd-books";
import { freshFolderPerTest, massbal, type Run, sha256 } from "./run-massbal";

jest.setTimeout(120_000);
const folder = freshFolderPerTest();

/** three sales: ON-2025-0001, -0002, -0003 */
const FIRST: Rows = [
  deliveryHeader(),
  sale("2025-03-01", 60, null),
  sale("2025-03-15", 30, null),
  sale("2025-03-20", 5, null),
];
/** the books edited: the sale of 15 March deleted, one of 25 March added */
const EDITED: Rows = [
  deliveryHeader(),
  sale("2025-03-01", 60, null),
  sale("2025-03-20", 5, null),
  sale("2025-03-25", 4, null),
];

async function declare(deliveries: Rows): Promise<Run & { report?: JsonReport }> {
  await writeBooks(folder.path, ONE_RECEIPT, deliveries);
  const run = massbal(["declare", "books.xlsx", "--out", "out.xlsx", "--force", "--json"], folder.path);
  return run.code === 2 ? run : { ...run, report: JSON.parse(run.stdout) as JsonReport };
}

/** The audited copy out.xlsx changed by `edit` as a user would in Excel. */
const editCopy = (edit: (wb: ExcelJS.Workbook) => void) => editBook(folder.path, "out.xlsx", edit);
const numbers = (r: JsonReport) => r.declarations.map((d) => [d.number, d.status, d.quantity]);

const sheetNames = async (): Promise<string[]> =>
  (await openBook(folder.path, "out.xlsx")).worksheets.map((w) => w.name);

describe("a copy whose register was cut is not declared into", () => {
  const cases: [string, (wb: ExcelJS.Workbook) => void, string[]][] = [
    ["the register deleted", (wb) => wb.removeWorksheet(register(wb).id), ["0001", "0002", "0003"]],
    ["the register renamed", (wb) => (register(wb).name = "Register SD"), ["0001", "0002", "0003"]],
    ["a line of the register deleted", (wb) => register(wb).spliceRows(3, 1), ["0002"]],
  ];
  it.each(cases)("%s: exit 2, the sheets named, the copy unchanged", async (_, edit, unlisted) => {
    expect((await declare(FIRST)).code).toBe(0);
    await editCopy(edit);
    const before = sha256(path.join(folder.path, "out.xlsx"));
    const run = await declare(EDITED);
    expect(run.code).toBe(2);
    for (const n of unlisted) expect(run.stderr).toContain(`"SD ON-2025-${n}"`);
    expect(run.stderr).toMatch(/Nothing was written; put MB Declarations back/);
    if (unlisted.length === 1) expect(run.stderr).not.toContain('"SD ON-2025-0001"');
    expect(sha256(path.join(folder.path, "out.xlsx"))).toBe(before);
  });
});

describe("a copy as massbal wrote it is declared into as before", () => {
  it("the same books again: the same numbers, exit 0; a new sale takes the next number", async () => {
    const first = (await declare(FIRST)).report!;
    expect(numbers(first).map(([n]) => n)).toEqual(["ON-2025-0001", "ON-2025-0002", "ON-2025-0003"]);
    const again = await declare(FIRST);
    expect(again.code).toBe(0);
    expect(numbers(again.report!)).toEqual(numbers(first).map(([n, , q]) => [n, "issued", q]));
    const more = await declare([...FIRST, sale("2025-03-25", 4, null)]);
    expect(more.code).toBe(0);
    expect(numbers(more.report!).at(-1)).toEqual(["ON-2025-0004", "new", "4"]);
    expect(await sheetNames()).toEqual(
      expect.arrayContaining(["SD ON-2025-0001", "SD ON-2025-0002", "SD ON-2025-0003", "SD ON-2025-0004"]),
    );
  });

  it("a sheet of the user's named SD that prints no declaration is kept, not refused", async () => {
    await declare(FIRST);
    await editCopy((wb) =>
      wb.addWorksheet("SD Versand").addRows([
        ["Kunde", "versendet am"],
        ["Fuel AG", "03.04."],
      ]),
    );
    const run = await declare(FIRST);
    expect(run.code).toBe(0);
    expect(await sheetNames()).toContain("SD Versand");
  });
});

describe("a note under the register is no declaration", () => {
  const notes = ["Stand 03.04.2025, geprüft M. Test", "geprüft", "Prüfung Stand April 2025"];
  it.each(notes)("%s: exit 0, nothing to correct, the next number follows", async (note) => {
    await declare(FIRST.slice(0, 2));
    await editCopy((wb) => (register(wb).getCell("A4").value = note));
    const run = await declare(FIRST.slice(0, 3));
    expect(run.code).toBe(0);
    const report = run.report!;
    expect(report.findings.map((f) => f.code)).not.toContain("declaration-needs-correction");
    expect(numbers(report)).toEqual([
      ["ON-2025-0001", "issued", "60"],
      ["ON-2025-0002", "new", "30"],
    ]);
  });

  it("a number typed alone on a line stays a declaration issued (it is never given again)", async () => {
    await declare(FIRST.slice(0, 2));
    await editCopy((wb) => (register(wb).getCell("A4").value = "ON-2025-0009"));
    const run = await declare(FIRST.slice(0, 3));
    expect(run.code).toBe(1);
    const report = run.report!;
    expect(report.findings.map((f) => f.code)).toContain("declaration-needs-correction");
    expect(numbers(report).map(([n]) => n)).toEqual(["ON-2025-0001", "ON-2025-0009", "ON-2025-0010"]);
  });
});
