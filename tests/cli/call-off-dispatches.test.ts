// (brk25 §6) A sheet of the deliveries' layout named for call-offs or advices ("Abrufe 2025",
// "Lieferavis") with an SD number column, through the real `massbal declare` on an .xlsx built by
// exceljs: before, it was dropped with an info on exit 0, its 20 t of UCO got no SD and no warning,
// and their credit stayed on the account (UCO 120 in, 100 declared, 20 carried). Now it is an error
// at its header that holds the UCO declaration; Tallow, which it does not name, is declared. A
// call-off book with no SD number, flag or delivery date stays an info.
import path from "node:path";
import { books, D, DELIVERIES, delivery, later, workbookOf } from "../workbook/left-out-books";
import { declareJson, freshFolderPerTest } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; severity: string; place: string; message: string }[];
  declarations: { product: string; status: string; quantity: string }[];
}

const CALL_OFFS = [
  [...DELIVERIES, "SD number"],
  [...delivery(D("2025-03-10"), 20), "ON-2025-0099"],
];
/** Quantities called off against a frame contract: no SD number, no flag, a wished date. */
const ANNOUNCED = [
  ["Abrufdatum", "Customer", "Product", "Quantity", "Unit", "Liefertermin"],
  [D("2025-03-01"), "Refinery AG", "UCO", 20, "t", D("2025-03-10")],
];

const summary = (report: Report) =>
  report.declarations.map((d) => `${d.product} ${d.quantity} ${d.status}`).sort();

it.each(["Abrufe 2025", "Lieferavis", "Call-offs"])(
  "%p with an SD number: an error at its header, the UCO declaration held",
  async (name) => {
    await workbookOf(books([later(60)], { [name]: CALL_OFFS })).xlsx.writeFile(
      path.join(folder.path, "books.xlsx"),
    );
    const report = declareJson<Report>(folder.path, "books.xlsx");
    const said = report.findings.filter((f) => f.code === "header-not-found");
    expect(said.map((f) => `${f.severity} ${f.place}`)).toEqual([
      `error ${/^\w+$/.test(name) ? name : `'${name}'`}!A1`,
    ]);
    expect(said[0]?.message).toContain("its columns are those of the goods dispatched");
    expect(summary(report)).toEqual(["Tallow 5 new", "UCO 100 blocked"]);
  },
);

it("a call-off book with no SD number, flag or delivery date: an info, every declaration issued", async () => {
  await workbookOf(books([later(60)], { "Abrufe 2025": ANNOUNCED })).xlsx.writeFile(
    path.join(folder.path, "books.xlsx"),
  );
  const report = declareJson<Report>(folder.path, "books.xlsx");
  expect(report.findings.filter((f) => f.code === "header-not-found").map((f) => f.severity)).toEqual([
    "info",
  ]);
  expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  expect(summary(report)).toEqual(["Tallow 5 new", "UCO 100 new"]);
});
