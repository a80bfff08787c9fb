// (h-parties) A copy of the deliveries sheet named with one more word ("Deliveries Smith",
// "Warenausgang Müller"), through the real `massbal declare` on an .xlsx built by exceljs: the copy
// is refused at its header as a copy (copied-sheet) and nothing else is said of it or, because of
// it, of the original (before: both were refused as sheets whose names may say a site, the
// original's balances left incomplete by a sheet that is only its copy). workbook/copy-quiet.ts.
import path from "node:path";
import { books, DELIVERIES, delivery, D, workbookOf } from "../workbook/left-out-books";
import { declareJson, freshFolderPerTest } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; severity: string; place: string; message: string }[];
  declarations: { product: string; status: string; quantity: string }[];
}

it.each(["Deliveries Smith", "Warenausgang Müller", "Ventes Dupont"])(
  "a copy %p: refused at its header, and nothing else said of it",
  async (copy) => {
    const rows = [DELIVERIES, delivery(D("2025-02-20"), 100), delivery(D("2025-02-21"), 5, "Tallow")];
    await workbookOf(books([], { [copy]: rows })).xlsx.writeFile(path.join(folder.path, "books.xlsx"));
    const report = declareJson<Report>(folder.path, "books.xlsx");
    const quoted = copy.includes(" ") ? `'${copy}'` : copy;
    const ofCopy = report.findings.filter(
      (f) => f.place.startsWith(`${quoted}!`) || f.message.includes(copy),
    );
    expect(ofCopy.map((f) => `${f.code} ${f.place}`)).toEqual([`duplicate-row ${quoted}!A1`]);
    expect(report.findings.filter((f) => f.place.startsWith("Deliveries!A1"))).toEqual([]);
  },
);
