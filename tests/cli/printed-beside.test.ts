// (brk23 §1) Printed "SD <number>" sheets as evidence of issued numbers where the register that
// lists them is gone. A copy beside the input or output whose register was deleted or renamed
// still prints its numbers: the folder scan reads them as issued, and a run that would give one of
// them again stops (before: only a register counted, so the same numbers went to other deliveries
// in the new copy, exit 0). The copy itself declared on (as the input) is refused with the sheets
// named. A copy beside with no printed declaration, or one whose register lists them, changes nothing.
import { existsSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Rows } from "../../src/books";
import {
  deliveryHeader,
  editBook,
  ONE_RECEIPT,
  registerSheet as register,
  sale,
  SPLIT_RECEIPTS,
  writeBooks,
} from "./sd-books";
import { freshFolderPerTest, massbal, sha256 } from "./run-massbal";

jest.setTimeout(120_000);
const folder = freshFolderPerTest();

const SALES: Rows = [deliveryHeader(), sale("2025-03-01", 60, null), sale("2025-03-15", 30, null)];

const books = (deliveries: Rows = SALES) => writeBooks(folder.path, ONE_RECEIPT, deliveries);

const declare = (input: string, out: string) =>
  massbal(["declare", input, "--out", out, "--force", "--json"], folder.path);

const editCopy = (file: string, edit: (wb: ExcelJS.Workbook) => void) => editBook(folder.path, file, edit);

describe("a copy beside whose register is gone still holds its printed numbers", () => {
  const cases: [string, (wb: ExcelJS.Workbook) => void][] = [
    ["the register deleted", (wb) => wb.removeWorksheet(register(wb).id)],
    ["the register renamed", (wb) => (register(wb).name = "Register SD")],
  ];
  it.each(cases)(
    "%s: a run into another file that would give them again stops, nothing written",
    async (_, edit) => {
      await books();
      expect(declare("books.xlsx", "a.xlsx").code).toBe(0);
      await editCopy("a.xlsx", edit);
      const run = declare("books.xlsx", "b.xlsx");
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(
        /ON-2025-0001, ON-2025-0002 are already issued in a\.xlsx: its sheet "SD ON-2025-0001" prints one of them/,
      );
      expect(run.stderr).toMatch(/Put MB Declarations back into a\.xlsx/);
      expect(existsSync(path.join(folder.path, "b.xlsx"))).toBe(false);
    },
  );

  it("the copy itself declared on is refused, its printed sheets named", async () => {
    await books();
    expect(declare("books.xlsx", "a.xlsx").code).toBe(0);
    await editCopy("a.xlsx", (wb) => wb.removeWorksheet(register(wb).id));
    const before = sha256(path.join(folder.path, "a.xlsx"));
    const run = declare("a.xlsx", "c.xlsx");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'This workbook holds the printed declarations "SD ON-2025-0001", "SD ON-2025-0002"',
    );
    expect(existsSync(path.join(folder.path, "c.xlsx"))).toBe(false);
    expect(sha256(path.join(folder.path, "a.xlsx"))).toBe(before);
  });
});

// The folder scan read a copy's register and printed SDs, not the numbers massbal wrote into its
// delivery rows: with both deleted, declaring the books into b.xlsx gave ON-2025-0001, -0002 again
describe("a copy beside whose register and printed SDs were deleted, its rows keeping the numbers", () => {
  const stripped = (wb: ExcelJS.Workbook) => {
    for (const w of [...wb.worksheets]) if (/^(MB Declarations|SD )/.test(w.name)) wb.removeWorksheet(w.id);
  };
  it("a run into another file that would give them again stops, the row named, nothing written", async () => {
    await books();
    expect(declare("books.xlsx", "a.xlsx").code).toBe(0);
    await editCopy("a.xlsx", stripped);
    const run = declare("books.xlsx", "b.xlsx");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /ON-2025-0001, ON-2025-0002 are already issued in a\.xlsx: its delivery row Deliveries!G2 carries one of them/,
    );
    expect(existsSync(path.join(folder.path, "b.xlsx"))).toBe(false);
  });
  const cleared = (wb: ExcelJS.Workbook) => {
    stripped(wb);
    for (const r of [2, 3]) wb.getWorksheet("Deliveries")!.getCell(`G${r}`).value = null;
  };
  // (brk26 S8) its MB Trace still records them: before, declared as before, the numbers given again
  it("its rows cleared too: MB Trace still records them as issued, the run stops", async () => {
    await books();
    expect(declare("books.xlsx", "a.xlsx").code).toBe(0);
    await editCopy("a.xlsx", cleared);
    const run = declare("books.xlsx", "b.xlsx");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /ON-2025-0001, ON-2025-0002 are already issued in a\.xlsx: one of them is recorded as issued there at MB Trace!A2/,
    );
    expect(existsSync(path.join(folder.path, "b.xlsx"))).toBe(false);
  });
  it("its MB Trace and MB Config deleted too: nothing of it is evidence, declared as before", async () => {
    await books();
    expect(declare("books.xlsx", "a.xlsx").code).toBe(0);
    await editCopy("a.xlsx", (wb) => {
      cleared(wb);
      for (const name of ["MB Trace", "MB Config"]) wb.removeWorksheet(wb.getWorksheet(name)!.id);
    });
    expect(declare("books.xlsx", "b.xlsx").code).toBe(0);
  });
});

describe("what changes nothing", () => {
  it("a copy beside with a sheet of the user's named SD and no register: declared as before", async () => {
    await books();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("SD Versand").addRows([
      ["Kunde", "versendet am"],
      ["Fuel AG", "03.04."],
    ]);
    await wb.xlsx.writeFile(path.join(folder.path, "notes.xlsx"));
    const run = declare("books.xlsx", "a.xlsx");
    expect(run.code).toBe(0);
  });

  it("the same books declared again into their copy: the numbers stay, exit 0", async () => {
    await books();
    expect(declare("books.xlsx", "a.xlsx").code).toBe(0);
    const again = declare("books.xlsx", "a.xlsx");
    expect(again.code).toBe(0);
  });
});

describe("--force into a copy whose register and printed SDs were deleted, its rows keeping the numbers", () => {
  it("the numbers massbal wrote into its delivery rows stay issued: exit 2, the cells named, the copy unchanged", async () => {
    await books();
    expect(declare("books.xlsx", "a.xlsx").code).toBe(0);
    await editCopy("a.xlsx", (wb) => {
      for (const w of [...wb.worksheets]) if (/^(MB Declarations|SD )/.test(w.name)) wb.removeWorksheet(w.id);
    });
    const before = sha256(path.join(folder.path, "a.xlsx"));
    // the books edited: the sale of 15 March deleted, one of 25 March added
    await books([deliveryHeader(), sale("2025-03-01", 60, null), sale("2025-03-25", 4, null)]);
    const run = declare("books.xlsx", "a.xlsx");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("SD numbers ON-2025-0001 (Deliveries!G2), ON-2025-0002 (Deliveries!G3)");
    expect(run.stderr).toMatch(/Nothing was written; put MB Declarations back into "a\.xlsx"/);
    expect(sha256(path.join(folder.path, "a.xlsx"))).toBe(before);
  });

  it("a split delivery (its row the base number, its register the lines): declared into again as before", async () => {
    await writeBooks(folder.path, SPLIT_RECEIPTS, [deliveryHeader(), sale("2025-02-10", 15, null)]);
    const first = declare("books.xlsx", "a.xlsx");
    expect(first.code).toBe(0);
    const numbers = (JSON.parse(first.stdout) as { declarations: { number: string }[] }).declarations.map(
      (d) => d.number,
    );
    expect(numbers).toEqual(["ON-2025-0001-1", "ON-2025-0001-2"]);
    const again = declare("books.xlsx", "a.xlsx");
    expect(again.code).toBe(0);
  });
});
