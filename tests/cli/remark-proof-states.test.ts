// (brk15) Remarks that say a row's proof is not there, through massbal on a real .xlsx
// (workbook/proof-states.ts, not-sale-words.ts, remark-denials.ts):
// - receipts remarked "SD liegt vor: nein", "SD (nein)", "SD non pervenuta", "SD wird noch
//   geschickt", "SD erhalten am: —", "NHN fehlt", "DV ontbreekt", "SD: 0" were credited in full
//   without a word; now refused at the remark (proof-missing);
// - "SD abgelehnt", "PoS invalid" (a row-unconfirmed warning) and "SD storniert", "SD
//   zurückgezogen" (a row-cancelled warning) were credited in full; now refused (proof-void);
// - sales marked "ja" under Nachhaltig and remarked "SD nicht erforderlich", "SD not required",
//   "SD nicht ausgestellt", "Probe / Muster", "Eigenverbrauch" were declared; now refused and not
//   declared.
// (p-saleremark) Sales marked "ja" and remarked that the customer does not want an SD ("Kunde
// will kein SD", "customer does not want a PoS", "SD folgt nicht", "bez SD"), toll processing or
// the customer's material ("nur Lohnverarbeitung", "Beistellung Kunde", "toll manufacturing") or a
// transfer between own sites ("interne Umlagerung nach Werk 2", "traslado interno", "przesunięcie
// wewnętrzne") were declared; now refused at the remark, not declared, while "SD folgt", "Kunde
// will SD per E-Mail", "no issues", "SD per Post" are declared as before.
import path from "node:path";
import ExcelJS from "exceljs";
import type { JsonReport } from "../../src/cli/report";
import { addCertificates, CERT } from "./receipt-rows";
import { checkJson, declareJson, freshFolderPerTest, rowMarks } from "./run-massbal";

jest.setTimeout(180_000);

const folder = freshFolderPerTest();
const day = (d: number) => new Date(Date.UTC(2025, 0, d));

/**
 * Wareneingang: one receipt of 10 t per remark in `received`, each with its own SD number, and
 * one of 100 t without a remark; Verkauf: one sale of 5 t "ja" per remark in `sold` and one of
 * 50 t without; as a real .xlsx, massbal check's report (declare's, `declare`).
 */
async function book(received: string[], sold: string[], declare = false): Promise<JsonReport> {
  const wb = new ExcelJS.Workbook();
  const rec = wb.addWorksheet("Wareneingang");
  rec.addRow(
    "Datum|Lieferant|Zertifikat|SD-Nr.|Produkt|Menge (t)|Rohstoff|Herkunftsland|Bemerkung".split("|"),
  );
  [...received, ""].forEach((remark, i) =>
    rec.addRow([
      day(5),
      "Saipol",
      CERT,
      `SD-${i + 1}`,
      "UCO",
      remark ? 10 : 100,
      "Used cooking oil",
      "DE",
      remark,
    ]),
  );
  const sales = wb.addWorksheet("Verkauf");
  sales.addRow(["Datum", "Kunde", "Produkt", "Menge (t)", "Nachhaltig", "Bemerkungen"]);
  [...sold, ""].forEach((remark, i) =>
    sales.addRow([day(20 + i), "Fuel AG", "UCO", remark ? 5 : 50, "ja", remark]),
  );
  await addCertificates(wb).xlsx.writeFile(path.join(folder.path, "remarks.xlsx"));
  return (declare ? declareJson : checkJson)<JsonReport>(folder.path, "remarks.xlsx");
}

const RECEIVED = [
  "SD liegt vor: nein",
  "SD ja/nein: nein",
  "SD (nein)",
  "SD non pervenuta",
  "SD wird noch geschickt",
  "Lieferant schickt SD später",
  "SD erhalten am: —",
  "SD: 0",
  "NHN fehlt",
  "DV ontbreekt",
];
const VOID = [
  "SD abgelehnt",
  "SD ungültig",
  "PoS rejected",
  "PoS invalid",
  "SD storniert",
  "SD zurückgezogen",
  "SD falsch, neu angefordert",
];
const SOLD = [
  "SD nicht erforderlich",
  "SD not required",
  "SD nicht ausgestellt",
  "Probe / Muster",
  "Eigenverbrauch",
];

/** What each reason's message says, to tell them apart in the JSON report. */
const SAYS: [string, string][] = [
  ["proof-missing", "is missing or still to come"],
  ["proof-void", "was rejected, is not valid"],
  ["sold-without-sd", "goes without a Sustainability Declaration"],
  ["not-a-sale", "is no sale to a customer"],
  ["toll-processing", "is toll processing or material the customer owns"],
  ["internal-transfer", "is a transfer between the company's own sites"],
];

/** The reason (by its message) of the row-unconfirmed finding at `cell`, with its severity. */
const reasonAt = (report: JsonReport, cell: string) =>
  report.findings
    .filter((f) => f.cell === cell && f.code === "row-unconfirmed")
    .map((f) => `${f.severity} ${SAYS.find(([, m]) => f.message.includes(m))?.[0]}`);

it("check: receipts whose remark says their SD is not there or void are refused at the remark, none credited", async () => {
  const report = await book([...RECEIVED, ...VOID], []);
  const all = [...RECEIVED, ...VOID];
  // was: no finding for RECEIVED, a warning for VOID, and all 170 t credited (received 270)
  expect(rowMarks(report.findings)).toEqual(
    all.map((_, i) => ["error", "row-unconfirmed", `Wareneingang!I${i + 2}`]),
  );
  RECEIVED.forEach((_, i) => expect(reasonAt(report, `I${i + 2}`)).toEqual(["error proof-missing"]));
  VOID.forEach((_, i) =>
    expect(reasonAt(report, `I${RECEIVED.length + i + 2}`)).toEqual(["error proof-void"]),
  );
  expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["100", false]]);
});

it("declare: sales marked sustainable, remarked no SD needed or issued, a sample or own use, are not declared", async () => {
  const report = await book([], SOLD, true);
  // was: all five declared, 25 t beside the 50 t sale
  expect(rowMarks(report.findings)).toEqual(
    SOLD.map((_, i) => ["error", "row-unconfirmed", `Verkauf!F${i + 2}`]),
  );
  expect(SOLD.map((_, i) => reasonAt(report, `F${i + 2}`)[0])).toEqual([
    "error sold-without-sd",
    "error sold-without-sd",
    "error sold-without-sd",
    "error not-a-sale",
    "error not-a-sale",
  ]);
  expect(report.declarations.map((d) => d.quantity)).toEqual(["50"]);
});

/** Sales remarked that they must get no SD, with the reason each is refused by. */
const NO_SD: [string, string][] = [
  ["Kunde will kein SD", "sold-without-sd"],
  ["customer does not want a PoS", "sold-without-sd"],
  ["SD folgt nicht", "sold-without-sd"],
  ["il cliente non vuole la DdS", "sold-without-sd"],
  ["bez SD", "sold-without-sd"],
  ["nur Lohnverarbeitung", "toll-processing"],
  ["Beistellung Kunde", "toll-processing"],
  ["toll manufacturing", "toll-processing"],
  ["interne Umlagerung nach Werk 2", "internal-transfer"],
  ["traslado interno", "internal-transfer"],
  ["przesunięcie wewnętrzne", "internal-transfer"],
];
/** Sales remarked of an SD to issue, or of other things: declared. */
const WITH_SD = ["SD folgt", "Kunde will SD per E-Mail", "SD an Kunde geschickt", "no issues", "SD per Post"];

it("declare: sales marked sustainable and remarked no SD wanted, toll processing or an internal transfer are not declared", async () => {
  const report = await book([], [...NO_SD.map(([r]) => r), ...WITH_SD], true);
  // was: all 17 sales declared (11 of them against their remark); now the 5 kept and the 50 t one
  expect(rowMarks(report.findings)).toEqual(
    NO_SD.map((_, i) => ["error", "row-unconfirmed", `Verkauf!F${i + 2}`]),
  );
  expect(NO_SD.map((_, i) => reasonAt(report, `F${i + 2}`)[0])).toEqual(NO_SD.map(([, r]) => `error ${r}`));
  expect(report.declarations.map((d) => d.quantity)).toEqual([...WITH_SD.map(() => "5"), "50"]);
  // the refused rows are not dropped silently: the balance they would feed says it is incomplete
  expect(report.balances.map((b) => b.complete)).toEqual([false]);
});
