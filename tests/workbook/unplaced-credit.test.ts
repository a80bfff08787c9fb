// (p-parts2) A receipt beside a part column the reader cannot place (a bare share "Anteil (%)", a
// second yes/no column, a third part column) is credited only where that column states all of
// it: yes, 100 %, or its own quantity in the heading's unit. Before, every receipt of the sheet
// was credited whole (only the balance marked incomplete): "Anteil (%)" 40 on 100 t credited 100 t.
import type { CellValue } from "../../src/workbook/port";
import { numberedReceipt, RECEIPT_HEAD, runReceipts } from "./part-sheets";

const row = (i: number, qty: number, ...more: CellValue[]) => numberedReceipt(i, qty, true, ...more);

/** The receipts sheet read and run: the errors (code, cell), what its balances received, whether any is complete. */
function run(rows: CellValue[][]) {
  const r = runReceipts(rows);
  return { ...r, received: [[String(r.received), r.complete]] };
}

// (brk15 #3) and the share noun with no unit at all: "Anteil" was dropped without a word
const BARE = [
  ...["Anteil (%)", "Share (%)", "Part (%)", "Quota (%)", "Aandeel (%)", "Cuota (%)"],
  ...["Anteil", "Share", "Part", "Quota", "Aandeel", "Cuota"],
];

describe("a bare share beside receipts of 100 t", () => {
  it.each(BARE)("%s: 40, 100, '100 %', blank, 0.4: only the 100 and '100 %' credited", (heading) => {
    const r = run([
      [...RECEIPT_HEAD, heading],
      row(1, 100, 40),
      row(2, 100, 100),
      row(3, 100, "100 %"),
      row(4, 100, null),
      row(5, 100, 0.4),
    ]);
    expect(r.errors).toEqual([["mapping-uncertain", "I1"]]);
    expect(r.message).toContain("a receipt is credited only where it states all of the receipt");
    // with no unit in the heading, a bare 100 says no unit: only "100 %" states all of it
    expect(r.received).toEqual([[heading.includes("%") ? "200" : "100", false]]);
  });

  it.each(BARE)("%s 40 on every receipt: none credited (was all)", (heading) => {
    const r = run([[...RECEIPT_HEAD, heading], row(1, 100, 40), row(2, 50, 40)]);
    expect(r.received).toEqual([["0", false]]);
  });
});

/**
 * A second yes/no column beside the one read, by language: its yes, its no. ("Certificado",
 * "Certificato" also name the certificate: their values decide, certificate-answers.test.ts.)
 */
const SECOND: [string, string, string, string][] = [
  ["Nachhaltig", "Zertifiziert", "ja", "nein"],
  ["Sustainable", "Certified", "yes", "no"],
  ["Durable", "Sustainable", "oui", "non"],
  ["Durable", "Certifié", "oui", "non"],
  ["Duurzaam", "Gecertificeerd", "ja", "nee"],
  ["Sostenible", "Sustainable", "sí", "no"],
  ["Duurzaam", "Nachhaltig", "ja", "nee"],
  ["Sostenibile", "Sustainable", "sì", "no"],
];

describe("a second yes/no column beside the one read", () => {
  it.each(SECOND)("%s | %s: %s in both credited, %s or blank in the second not", (flag, second, yes, no) => {
    const r = run([
      [...RECEIPT_HEAD, flag, second],
      row(1, 100, yes, yes),
      row(2, 60, yes, no),
      row(3, 30, yes, null),
    ]);
    expect(r.errors).toEqual([["mapping-uncertain", "J1"]]);
    expect(r.received).toEqual([["100", false]]);
  });
});

describe("a third part column, in its heading's unit", () => {
  it.each([
    ["ISCC (kg)", 100_000, "100"],
    ["ISCC (kg)", 60_000, "0"],
    ["Bio (t)", 100, "100"],
    ["sostenible (t)", 99.5, "0"],
    ["duurzaam (t)", 100, "100"],
  ])("%s %d beside Nachhaltig ja and davon nachhaltig (t) 100: %s t credited", (heading, value, credited) => {
    const r = run([
      [...RECEIPT_HEAD, "Nachhaltig", "davon nachhaltig (t)", heading],
      row(1, 100, "ja", 100, value),
    ]);
    expect(r.errors).toEqual([["mapping-uncertain", "K1"]]);
    expect(r.received).toEqual([[credited, false]]);
  });
});
