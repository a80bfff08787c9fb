// (p-groups, brk17 F8 F9) A deliveries sheet headed in two rows grouped by document, through the
// real `massbal declare` on an .xlsx built by exceljs. "Invoice" over "Date | No." beside
// "Delivery" typed in the first cell of its group (not merged) was read with no Date at all (F9);
// "Invoice" merged over "Date | No." with no delivery's group had the invoice's date read as the
// sale's, booking it in the period it was invoiced in (F8). Now the delivery's date is read, and
// an invoice's date alone is refused at the heading, naming it; no declaration rests on it.
import path from "node:path";
import { books, D, workbookOf, type Spec } from "../workbook/left-out-books";
import { declareJson, freshFolderPerTest } from "./run-massbal";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

interface Report {
  sheets: { name: string; columns: Record<string, string> }[];
  findings: { code: string; severity: string; place: string; message: string }[];
  declarations: { product: string; status: string; quantity: string }[];
}

const PARTY: Spec[] = ["Refinery AG", "EU-ISCC-Cert-DE105-50005", "UCO"];
const AFTER: Spec[] = ["t", "yes", "Werkstr. 5, 46049 Oberhausen"];
const SOLO = ["Customer", "Customer certificate", "Product"];
const TAIL = ["Unit", "Sustainable", "Customer address"];

async function declare(deliveries: Spec[][], merges: string[]): Promise<Report> {
  const wb = workbookOf(books([], { Deliveries: deliveries }));
  const ws = wb.getWorksheet("Deliveries")!;
  for (const m of merges) ws.mergeCells(m);
  await wb.xlsx.writeFile(path.join(folder.path, "books.xlsx"));
  return declareJson<Report>(folder.path, "books.xlsx");
}

it("reads the delivery's date where the group words are typed in the first cell of their group", async () => {
  const report = await declare(
    [
      [...SOLO, "Invoice", null, "Delivery", null, ...TAIL],
      [null, null, null, "Date", "No.", "Date", "Quantity", null, null, null],
      [...PARTY, D("2025-04-02"), "R-1", D("2025-03-28"), 50, ...AFTER],
    ],
    [],
  );
  expect(report.sheets.find((s) => s.name === "Deliveries")?.columns).toMatchObject({
    date: "F",
    quantity: "G",
  });
  expect(report.findings.filter((f) => f.place.startsWith("Deliveries") && f.severity === "error")).toEqual(
    [],
  );
  expect(report.declarations.map((d) => `${d.product} ${d.quantity} ${d.status}`)).toEqual(["UCO 50 new"]);
});

it("refuses an invoice's date standing alone at the heading, naming it", async () => {
  const report = await declare(
    [
      ["Customer", "Product", "Invoice", null, "Quantity", ...TAIL],
      [null, null, "Date", "No.", null, null, null, null],
      ["Refinery AG", "UCO", D("2025-04-02"), "R-1", 50, ...AFTER],
    ],
    ["A1:A2", "B1:B2", "C1:D1", "E1:E2", "F1:F2", "G1:G2", "H1:H2"],
  );
  const refused = report.findings.filter((f) => f.code === "header-not-found");
  expect(refused.map((f) => f.place)).toEqual(["Deliveries!A2"]);
  expect(refused[0]?.message).toContain('"Date" under "Invoice"');
  expect(report.declarations.filter((d) => d.product === "UCO" && d.status === "new")).toEqual([]);
});
