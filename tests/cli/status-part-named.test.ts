// (p-status6) A status that names a part of a DELIVERY line, through the real `massbal declare` on
// an .xlsx built by exceljs (src/workbook/status-part.ts): "teilw. geliefert", "partly delivered",
// "80 t delivered" do not say how much left, so the row is refused at its status cell and no
// declaration is issued for it (until p-status6 one was issued for the full quantity); a part of a
// payment ("teilweise bezahlt") says nothing of the quantity, and that row is declared.
import path from "node:path";
import { books, D, DELIVERIES, delivery, workbookOf } from "../workbook/left-out-books";
import { declareJson, freshFolderPerTest } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; severity: string; place: string; message: string }[];
  declarations: { product: string; status: string; quantity: string }[];
}

it("issues no declaration for a delivery whose status names a part of it", async () => {
  const row = (day: string, qty: number, status: string) => [...delivery(D(day), qty), status];
  const sheets = books([], {
    Deliveries: [
      [...DELIVERIES, "Status"],
      row("2025-02-20", 10, "geliefert"),
      row("2025-02-21", 10, "teilw. geliefert"),
      row("2025-02-22", 10, "partly delivered"),
      row("2025-02-23", 10, "80 t delivered"),
      row("2025-02-24", 10, "teilweise bezahlt"),
    ],
  });
  await workbookOf(sheets).xlsx.writeFile(path.join(folder.path, "books.xlsx"));
  const report = declareJson<Report>(folder.path, "books.xlsx");
  const refused = report.findings
    .filter((f) => f.code === "row-unconfirmed")
    .map((f) => `${f.severity} ${f.place} ${/says part of row \d+/.test(f.message)}`);
  expect(refused).toEqual([
    "error Deliveries!I3 true",
    "error Deliveries!I4 true",
    "error Deliveries!I5 true",
  ]);
  // rows 2 and 6 only: 10 t each, "geliefert" and "teilweise bezahlt"
  // declarations drawn for rows 2 and 6 only (10 t each, held back while the refused rows are
  // unclear), none for the rows whose status names a part
  expect(report.declarations.map((d) => `${d.quantity} ${d.status}`)).toEqual(["10 blocked", "10 blocked"]);
});
