// (p-heads, new user's test #3) A "Vorgang" column through the real `massbal declare` on an .xlsx
// built by exceljs: free text there ("Verkauf", "Auftrag 4711", "Lieferung an Kunde") is no
// document type, so the sales are booked and declared (until p-heads every row was refused as an
// unknown document type); a cell of it led by a credit note is still not booked. A document of the
// other side ("Wareneingang" on a sales sheet, "Lieferschein an Kunde" on receipts) is refused at
// its cell, never booked on the sheet's side.
import path from "node:path";
import { books, D, DELIVERIES, delivery, receipt, RECEIPTS, workbookOf } from "../workbook/left-out-books";
import { declareJson, freshFolderPerTest } from "./run-massbal";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; severity: string; place: string; message: string }[];
  declarations: { product: string; status: string; quantity: string }[];
}

const sale = (day: string, qty: number, text: string) => [...delivery(D(day), qty), text];

async function declare(sheets: ReturnType<typeof books>): Promise<Report> {
  await workbookOf(sheets).xlsx.writeFile(path.join(folder.path, "books.xlsx"));
  return declareJson<Report>(folder.path, "books.xlsx");
}

const refused = (r: Report) =>
  r.findings
    .filter((f) => f.code === "row-unconfirmed" || f.code === "row-credit-note")
    .map((f) => `${f.severity} ${f.code} ${f.place}`);

it("books the sales of a sheet whose Vorgang column is free text", async () => {
  const report = await declare(
    books([], {
      Deliveries: [
        [...DELIVERIES, "Vorgang"],
        sale("2025-02-20", 20, "Verkauf"),
        sale("2025-02-21", 20, "Auftrag 4711"),
        sale("2025-02-22", 10, "Lieferung an Kunde"),
      ],
    }),
  );
  expect(refused(report)).toEqual([]);
  expect(report.declarations.map((d) => `${d.quantity} ${d.status}`)).toEqual(["20 new", "20 new", "10 new"]);
});

it("does not book a free-text row led by a credit note", async () => {
  const report = await declare(
    books([], {
      Deliveries: [
        [...DELIVERIES, "Vorgang"],
        sale("2025-02-20", 20, "Auftrag 4711"),
        sale("2025-02-21", 5, "Gutschrift zu Auftrag 4711"),
      ],
    }),
  );
  expect(refused(report)).toEqual(["warning row-credit-note Deliveries!I3"]);
  expect(report.declarations.map((d) => `${d.quantity} ${d.status}`)).toEqual(["20 new"]);
});

it("refuses a document of the other side at its cell", async () => {
  const report = await declare(
    books([], {
      Receipts: [
        [...RECEIPTS, "Vorgang"],
        [...receipt(D("2025-01-08"), "S-1", 60), "Lieferschein"],
        [...receipt(D("2025-01-09"), "S-2", 10), "Lieferschein an Kunde"],
      ],
      Deliveries: [
        [...DELIVERIES, "Belegart"],
        sale("2025-02-20", 20, "Rechnung"),
        sale("2025-02-21", 5, "Wareneingang"),
      ],
    }),
  );
  expect(refused(report)).toEqual([
    "error row-unconfirmed Receipts!N3",
    "error row-unconfirmed Deliveries!I3",
  ]);
  const other = report.findings.filter((f) => f.place === "Deliveries!I3")[0];
  expect(other?.message).toContain('"Wareneingang" in Belegart names a document of the other side');
});
