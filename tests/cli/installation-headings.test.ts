// Through the real massbal command on a real .xlsx book (p-ghg2, brk14 #7): the installation start
// date under the headings staff write in six languages ("Puesta en marcha", "Data di entrata in
// esercizio", "Inbedrijfstelling", "Plant operational since"…) was left unread, and every
// declaration then asked for the installation start date its receipts stated. Each is read: the
// Tallow receipt's date is the SD's, and the Tallow delivery is declared.
import path from "node:path";
import { books, D, delivery, DELIVERIES, receipt, RECEIPTS, workbookOf } from "../workbook/left-out-books";
import { declareJson, freshFolderPerTest } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

interface Report {
  sheets: { name: string; columns: Record<string, string> }[];
  findings: { code: string; severity: string; place: string; message: string }[];
  declarations: { product: string; status: string; quantity: string }[];
}

const HEADINGS = [
  "Puesta en marcha",
  "Fecha de puesta en marcha",
  "Data inizio impianto",
  "Data di entrata in esercizio",
  "Inbedrijfstelling",
  "Datum ingebruikname",
  "Date de mise en service",
  "Inbetriebnahme",
  "Inbetriebnahmedatum",
  "Installation start date",
  "Commissioning date",
  "Plant operational since",
];

describe("massbal declare: the installation start date under each heading staff write", () => {
  it("each heading is read: one delivery drawing on a receipt under each is declared", async () => {
    // one Tallow receipts sheet per heading, 10 t each; one delivery of all of them
    const sheets = books([], {
      ...Object.fromEntries(
        HEADINGS.map((heading, i) => [
          `Tallow ${i + 1}`,
          [[...RECEIPTS.slice(0, 12), heading], receipt(D("2025-01-05"), `T-${i + 1}`, 10, "Tallow")],
        ]),
      ),
      "Tallow receipts": [RECEIPTS],
      Deliveries: [
        DELIVERIES,
        delivery(D("2025-02-20"), 50),
        delivery(D("2025-02-21"), 10 * HEADINGS.length, "Tallow"),
      ],
    });
    await workbookOf(sheets).xlsx.writeFile(path.join(folder.path, "start.xlsx"));
    const report = declareJson<Report>(folder.path, "start.xlsx");
    const read = HEADINGS.map((h, i) => {
      const at = report.sheets.find((s) => s.name === `Tallow ${i + 1}`)?.columns.installationStartDate;
      return `${h} → ${at ?? "-"}`;
    });
    expect(read).toEqual(HEADINGS.map((h) => `${h} → M`));
    const asked = report.findings.filter((f) => /installation start/i.test(f.message));
    expect(asked.map((f) => `${f.code} ${f.place}`)).toEqual([]);
    const declared = report.declarations.filter((d) => d.product === "Tallow");
    expect(declared.map((d) => [d.status, d.quantity])).toEqual([["new", String(10 * HEADINGS.length)]]);
  });
});
