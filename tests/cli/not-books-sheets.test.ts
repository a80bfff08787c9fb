// (brk22 #7) A master list of customers and suppliers and a summary report beside the books,
// through the real `massbal declare` on an .xlsx built by exceljs: before, each was refused at its
// header as receipts, deliveries or a ledger with no Date column, and every declaration was held.
// Now each is said (info) and the books beside them declare: UCO and Tallow are issued. So with a
// note typed directly under the deliveries (brk22 §14): before, three errors held every SD.
import path from "node:path";
import { books, D, DELIVERIES, delivery, later, workbookOf } from "../workbook/left-out-books";
import { declareJson, freshFolderPerTest } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; severity: string; place: string; message: string }[];
  declarations: { product: string; status: string; quantity: string }[];
}

const ASIDE = {
  Kunden: [
    ["Kunde", "Adresse", "Land", "ISCC-Zertifikat", "Gültig bis"],
    ["Refinery AG", "Werkstr. 5, 46049 Oberhausen", "DE", "EU-ISCC-Cert-DE105-50005", D("2026-12-31")],
  ],
  Lieferanten: [
    ["Lieferant", "Anschrift", "Zertifikat"],
    ["Collect GmbH", "Hafenweg 2, Bremen", "EU-ISCC-Cert-DE100-10001"],
  ],
  Auswertung: [
    ["Produkt", "Eingang (t)", "Ausgang (t)", "Bestand (t)"],
    ["UCO", 100, 100, 0],
    ["Tallow", 10, 5, 5],
  ],
  Übersicht: [
    ["Monat", "Eingang (t)", "Ausgang (t)"],
    [D("2025-01-01"), 110, 0],
    [D("2025-02-01"), 0, 105],
  ],
};

it("master lists and reports beside the books: said as info, every declaration issued", async () => {
  await workbookOf(books([later(40)], ASIDE)).xlsx.writeFile(path.join(folder.path, "books.xlsx"));
  const report = declareJson<Report>(folder.path, "books.xlsx");
  const said = report.findings.filter((f) => f.code === "header-not-found");
  expect(said.map((f) => `${f.severity} ${f.place}`)).toEqual([
    "info Kunden!A1",
    "info Lieferanten!A1",
    "info Auswertung!A1",
    "info 'Übersicht'!A1",
  ]);
  expect(said.map((f) => f.message.split(" (")[0]?.split(": ")[1])).toEqual([
    'sheet "Kunden" is a list of customers',
    'sheet "Lieferanten" is a list of suppliers',
    'sheet "Auswertung" is a report of totals per product',
    'sheet "Übersicht" is a report of totals per month',
  ]);
  expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  expect(report.declarations.map((d) => `${d.product} ${d.quantity} ${d.status}`).sort()).toEqual([
    "Tallow 5 new",
    "UCO 100 new",
  ]);
});

it("a note typed directly under the deliveries: said as info at its cell, every declaration issued", async () => {
  const Deliveries = [
    DELIVERIES,
    delivery(D("2025-02-20"), 100),
    delivery(D("2025-02-21"), 5, "Tallow"),
    ["Hinweis: Mengen laut Waage"],
  ];
  await workbookOf(books([later(40)], { Deliveries })).xlsx.writeFile(path.join(folder.path, "books.xlsx"));
  const report = declareJson<Report>(folder.path, "books.xlsx");
  expect(
    report.findings.filter((f) => f.code === "totals-row").map((f) => `${f.severity} ${f.place}`),
  ).toEqual(["info Deliveries!A4"]);
  expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  expect(report.declarations.map((d) => `${d.product} ${d.quantity} ${d.status}`).sort()).toEqual([
    "Tallow 5 new",
    "UCO 100 new",
  ]);
});
