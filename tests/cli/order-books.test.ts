// (brk23 6) A book of orders in the receipts' layout beside the receipts, through the real
// `massbal declare` on an .xlsx built by exceljs: before, "Bestellungen" (500 t of UCO ordered) was
// read as receipts and the UCO delivery's SD was issued on its credit, with no finding. Now it is
// said (info) and none of its rows credited: the 100 t UCO delivery has only 60 t received behind
// it and meets a negative balance; Tallow, which it does not name, is declared.
import path from "node:path";
import { books, D, later, RECEIPTS, receipt, workbookOf } from "../workbook/left-out-books";
import { declareJson, freshFolderPerTest } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; severity: string; place: string; message: string }[];
  declarations: { product: string; status: string; quantity: string }[];
}

const ORDERS = [RECEIPTS, receipt(D("2025-01-09"), "S-9", 500)];

it.each(["Bestellungen", "Purchase orders", "Kontrakte 2025", "Commandes", "Zamówienia"])(
  "%p: said, its 500 t never credited, the UCO delivery meets a negative balance",
  async (name) => {
    await workbookOf(books([], { [name]: ORDERS })).xlsx.writeFile(path.join(folder.path, "books.xlsx"));
    const report = declareJson<Report>(folder.path, "books.xlsx");
    const said = report.findings.filter((f) => f.code === "header-not-found");
    expect(said.map((f) => `${f.severity} ${f.place}`)).toEqual([
      `info ${/^\w+$/.test(name) ? name : `'${name}'`}!A1`,
    ]);
    expect(said[0]?.message).toContain("its name says it is a book of orders, contracts, call-offs");
    expect(report.findings.filter((f) => f.severity === "error").map((f) => f.code)).toContain(
      "negative-balance",
    );
    expect(report.declarations.map((d) => `${d.product} ${d.quantity} ${d.status}`).sort()).toEqual([
      "Tallow 5 new",
      "UCO 100 blocked",
    ]);
  },
);

it("with the goods received on the receipts sheet: every declaration issued, the order book said once", async () => {
  await workbookOf(books([later(40)], { Bestellungen: ORDERS })).xlsx.writeFile(
    path.join(folder.path, "books.xlsx"),
  );
  const report = declareJson<Report>(folder.path, "books.xlsx");
  expect(report.findings.filter((f) => f.code === "header-not-found").map((f) => f.severity)).toEqual([
    "info",
  ]);
  expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  expect(report.declarations.map((d) => `${d.product} ${d.quantity} ${d.status}`).sort()).toEqual([
    "Tallow 5 new",
    "UCO 100 new",
  ]);
});
