// (p-credit) Credit notes and returns through the real `massbal declare` on an .xlsx built by
// exceljs (docs/rules.md "Returns"): rows a "Belegart" column names a credit note, return or
// reversal get no Sustainability Declaration (until p-credit each got one) and hold nothing back,
// so the invoice beside them is still declared; a word of no document there is refused.
import path from "node:path";
import { books, D, DELIVERIES, delivery, workbookOf } from "../workbook/left-out-books";
import { declareJson, freshFolderPerTest } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; severity: string; place: string; message: string }[];
  declarations: { product: string; status: string; quantity: string; customer: string }[];
}

it("declares the invoice and no credit note, return or reversal beside it", async () => {
  const row = (day: string, qty: number, kind: string) => [...delivery(D(day), qty), kind];
  const sheets = books([], {
    Deliveries: [
      [...DELIVERIES, "Belegart"],
      row("2025-02-20", 40, "Rechnung"),
      row("2025-02-21", 10, "Gutschrift"),
      row("2025-02-22", 10, "Retoure"),
      row("2025-02-23", 10, "Storno-Rechnung"),
      row("2025-02-24", 10, "Credit note"),
    ],
  });
  await workbookOf(sheets).xlsx.writeFile(path.join(folder.path, "books.xlsx"));
  const report = declareJson<Report>(folder.path, "books.xlsx");
  const said = report.findings
    .filter((f) => f.code === "row-credit-note")
    .map((f) => `${f.severity} ${f.place}`);
  expect(said).toEqual([
    "warning Deliveries!I3",
    "warning Deliveries!I4",
    "warning Deliveries!I5",
    "warning Deliveries!I6",
  ]);
  expect(report.declarations.map((d) => `${d.product} ${d.quantity} ${d.status}`)).toEqual(["UCO 40 new"]);
});

it("refuses a row whose document type it does not read, and declares nothing it would feed", async () => {
  const sheets = books([], {
    Deliveries: [
      [...DELIVERIES, "Document type"],
      [...delivery(D("2025-02-20"), 40), "Invoice"],
      [...delivery(D("2025-02-21"), 10), "Proforma"],
    ],
  });
  await workbookOf(sheets).xlsx.writeFile(path.join(folder.path, "books.xlsx"));
  const report = declareJson<Report>(folder.path, "books.xlsx");
  const refused = report.findings.filter((f) => f.code === "row-unconfirmed");
  expect(refused.map((f) => `${f.severity} ${f.place}`)).toEqual(["error Deliveries!I3"]);
  expect(refused[0]!.message).toContain('"Proforma" in Document type is no document type');
  expect(report.declarations.map((d) => `${d.quantity} ${d.status}`)).toEqual(["40 blocked"]);
});
