// (brk22 #2) A sheet named as a draft or plan through the real `massbal declare` on an .xlsx built
// by exceljs: before, "Receipts draft" (500 t of UCO, the receipts' layout) was read as receipts and
// the UCO delivery's SD cited its row, with no finding. Now it is refused at its header, the UCO
// account it would feed is incomplete and its SD held; Tallow, which it does not name, is declared.
import path from "node:path";
import { books, D, RECEIPTS, receipt, workbookOf } from "../workbook/left-out-books";
import { declareJson, freshFolderPerTest } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; severity: string; place: string; message: string }[];
  declarations: { product: string; status: string; quantity: string }[];
}

it.each(["Receipts draft", "Wareneingang Planung", "Kopie von Receipts", "Receipts (2)"])(
  "%p: refused at its header, no SD cites it, the products it names held",
  async (name) => {
    const sheets = books([], { [name]: [RECEIPTS, receipt(D("2025-01-09"), "S-9", 500)] });
    await workbookOf(sheets).xlsx.writeFile(path.join(folder.path, "books.xlsx"));
    const report = declareJson<Report>(folder.path, "books.xlsx");
    const said = report.findings.filter((f) => f.code === "header-not-found");
    expect(said.map((f) => `${f.severity} ${f.code} ${f.place}`)).toEqual([
      `error header-not-found '${name}'!A1`,
    ]);
    expect(said[0]?.message).toContain(
      "its name says it is a draft, plan, forecast, budget, template, test or copy",
    );
    expect(report.declarations.map((d) => `${d.product} ${d.quantity} ${d.status}`).sort()).toEqual([
      "Tallow 5 new",
      "UCO 100 blocked",
    ]);
  },
);
