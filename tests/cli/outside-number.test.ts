// (p-outside) SD numbers typed by hand on deliveries before any massbal register exists ("ORH/2025/3"
// on a delivery that would be declared in two lines, "orh 2025 0002"), through the real massbal
// declare on a real .xlsx, twice into one audited copy: each is one declaration issued outside
// massbal, with contents massbal never saw. Nothing is recorded or printed for it (no "-1/-2"
// lines, no incoming SDs or GHG values computed by this run), its delivery gets no second
// declaration, and declaration-issued-outside at its SD cell says what massbal did and did not
// record. Before, MB Declarations listed "ORH/2025/3-1", "-2", "-3" as Issued (brk8 fault 10).
import path from "node:path";
import ExcelJS from "exceljs";
import { ISSUING_SETTINGS, plainBook, type Rows } from "../../src/books";
import type { JsonReport } from "../../src/cli/report";
import { writeBookFile } from "../../src/workbook/xlsx/write-book";
import { freshFolderPerTest, massbal } from "./run-massbal";
import { declareIntoCopy, deliveryHeader, sale, SPLIT_RECEIPTS } from "./sd-books";

jest.setTimeout(180_000);

const folder = freshFolderPerTest();

async function declareInto(deliveries: Rows): Promise<{ report: JsonReport; text: string }> {
  const report = await declareIntoCopy(folder.path, SPLIT_RECEIPTS, deliveries);
  const text = massbal(["declare", "books.xlsx", "--out", "out.xlsx", "--force"], folder.path).stdout;
  return { report, text };
}

it("records nothing for numbers typed before any register, and issues no second declaration", async () => {
  const rows = [
    deliveryHeader(),
    sale("2025-02-10", 25, "ORH/2025/3"),
    sale("2025-02-12", 4, "orh 2025 0002"),
    sale("2025-02-14", 3, null),
  ];
  for (const run of [await declareInto(rows), await declareInto(rows)]) {
    const { report, text } = run;
    // only the blank row's declaration, by the add-in, under its own number
    expect(report.declarations.map((x) => [x.number, x.quantity])).toEqual([["ON-2025-0001", "3"]]);
    expect(report.declarations.some((x) => /orh/i.test(x.number))).toBe(false);
    // the typed ones are said at their SD cells, with what was and was not recorded
    const said = report.findings.filter((f) => f.code === "declaration-issued-outside");
    expect(said.map((f) => [f.cell, f.severity])).toEqual([
      ["G2", "warning"],
      ["G3", "warning"],
    ]);
    expect(said[0]!.message).toMatch(
      /ORH\/2025\/3 is not a declaration massbal issued.*25 t of Rapeseed oil to Fuel AG, dispatched 2025-02-10.*counts those 25 t as declared by it.*does not record ORH\/2025\/3 in MB Declarations/,
    );
    expect(text).toMatch(/Declarations: [01] new, [01] already issued/);
    expect(text).not.toMatch(/ORH\/2025\/3-1/);
  }
  // the account draws all 32 t: the typed rows count as declared (credit is not left free)
  const { report } = await declareInto(rows);
  expect(report.balances.reduce((a, b) => a + Number(b.delivered), 0)).toBe(32);
});

// (p-folder) An audited copy written by an earlier massbal still holds the lines it made up for a
// typed number ("ORH/2025/3-1", "-2", with contents it computed). Read now, each line is reported at
// its register cell (declaration-invented), kept, and no second declaration is issued; withdrawn as
// the finding says, the lines stay as cancelled and the typed number is read as issued outside.
describe("an old audited copy with lines made up for a typed number", () => {
  /** out.xlsx as an earlier massbal left it: the add-in's ON-2025-0001 lines renamed as the typed writer named them. */
  async function oldCopy(typed: string): Promise<void> {
    await declareIntoCopy(folder.path, SPLIT_RECEIPTS, [
      deliveryHeader(),
      sale("2025-02-10", 25, null),
      sale("2025-02-14", 3, null),
    ]);
    const file = path.join(folder.path, "out.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("MB Declarations")!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const numberAt = header.indexOf("SD number") + 1;
    const recordAt = header.indexOf("Record (do not edit)") + 1;
    ws.eachRow((row, r) => {
      const m = r > 1 ? /^ON-2025-0001-(\d)$/.exec(String(row.getCell(numberAt).value)) : null;
      if (!m) return;
      const number = `${typed}-${m[1]}`;
      const record = JSON.parse(String(row.getCell(recordAt).value)) as Record<string, unknown>;
      row.getCell(numberAt).value = number;
      row.getCell(recordAt).value = JSON.stringify({
        ...record,
        number,
        stem: typed,
        anchor: "",
        onRow: true,
      });
    });
    // its printed sheets print the numbers its register lists (h-register: a printed SD the
    // register does not list stops the run)
    for (const ws of wb.worksheets) {
      if (!/^SD ON-2025-0001-\d$/.test(ws.name)) continue;
      ws.eachRow((row) => {
        if (String(row.getCell(1).value).trim().toLowerCase() !== "unique number") return;
        row.getCell(2).value = `${typed}-${ws.name.slice(-1)}`;
      });
    }
    // its MB Trace the lines its register lists, as that massbal wrote it from the register
    // (brk26 S8: a number MB Trace records as issued that the register does not list stops the run)
    wb.getWorksheet("MB Trace")!.eachRow((row) => {
      const m = /^ON-2025-0001-(\d)$/.exec(String(row.getCell(1).value));
      if (m) row.getCell(1).value = `${typed}-${m[1]}`;
    });
    // and its delivery row the typed number, as the books gave it (h-evidence: a number of the
    // copy's series on a row that its register does not list stops the run)
    wb.getWorksheet("Deliveries")!.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === "ON-2025-0001") cell.value = typed;
      }),
    );
    await wb.xlsx.writeFile(file);
    // the books: the typed number on the row, as the user kept it
    const book = plainBook({
      Receipts: SPLIT_RECEIPTS,
      Deliveries: [deliveryHeader(), sale("2025-02-10", 25, typed), sale("2025-02-14", 3, null)],
      Settings: ISSUING_SETTINGS,
    });
    await writeBookFile(book, path.join(folder.path, "books.xlsx"));
  }

  function declare(...more: string[]): { code: number | null; report: JsonReport } {
    const run = massbal(
      ["declare", "books.xlsx", "--out", "out.xlsx", "--force", "--json", ...more],
      folder.path,
    );
    return { code: run.code, report: JSON.parse(run.stdout) as JsonReport };
  }

  it("reports each made-up line at its register cell, keeps it, and withdrawn reads the typed number as issued outside", async () => {
    await oldCopy("ORH/2025/3");
    const read = declare();
    expect(read.code).toBe(0);
    const invented = read.report.findings.filter((f) => f.code === "declaration-invented");
    expect(invented.map((f) => [f.severity, f.sheet, f.cell])).toEqual([
      ["warning", "MB Declarations", "A2"],
      ["warning", "MB Declarations", "A3"],
    ]);
    expect(invented[0]!.message).toMatch(
      /ORH\/2025\/3-1 is not a number anyone issued: an earlier version of massbal .* lines ORH\/2025\/3-1, ORH\/2025\/3-2 it made up for the number ORH\/2025\/3 .*massbal declare --cancel ORH\/2025\/3 --by <name>/,
    );
    expect(read.report.declarations.map((x) => [x.number, x.status])).toEqual([
      ["ORH/2025/3-1", "issued"],
      ["ORH/2025/3-2", "issued"],
      ["ON-2025-0002", "issued"],
    ]);
    // the advice followed: kept as cancelled, no replacement, the typed number issued outside
    const withdrawn = declare("--cancel", "ORH/2025/3", "--by", "Anna", "--reason", "issued outside massbal");
    expect(withdrawn.code).toBe(0);
    expect(withdrawn.report.declarations.map((x) => [x.number, x.status])).toEqual([
      ["ORH/2025/3-1", "cancelled"],
      ["ORH/2025/3-2", "cancelled"],
      ["ON-2025-0002", "issued"],
    ]);
    expect(withdrawn.report.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([
      ["declaration-issued-outside", "Deliveries", "G2"],
    ]);
    // and the next run keeps them so, with nothing new
    const again = declare();
    expect(again.report.declarations.filter((x) => x.status === "new")).toEqual([]);
    expect(again.report.findings.map((f) => f.code)).toEqual(["declaration-issued-outside"]);
  });
});
