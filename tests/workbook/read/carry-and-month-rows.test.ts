// (p-noise, break test brk13) Two correct total lines were refused. A carry-over ("Übertrag",
// "Saldovortrag", "carried forward", "report à nouveau") restating the ledger's running "Saldo"
// of the row above was refused as a stated balance (workbook/carried-down.ts); a month's subtotal
// labelled by the month alone in the date column ("Januar", "janvier", "enero") was refused as a
// date that is none (workbook/total-words.ts monthLabel). Now both are totals: skipped with a
// note, or, where a month's sum is not that of its rows, said as sum-differs (a warning).
import { readWorkbook } from "../../../src/workbook/read";
import type { CellValue } from "../../../src/workbook/port";
import { serial, sheet } from "../fixtures";

/** Every A and N cell formatted as a date, as a real book has them. */
function dated(rows: CellValue[][]) {
  const formats: Record<string, string> = {};
  rows.forEach((_, i) => {
    formats[`A${i + 1}`] = "dd.mm.yyyy";
    formats[`N${i + 1}`] = "dd.mm.yyyy";
  });
  return formats;
}

/** What is said of total lines: [severity, cell, reason]. */
const totals = (r: ReturnType<typeof readWorkbook>) =>
  r.findings
    .filter((f) => f.code === "totals-row" || f.code === "invalid-date")
    .map((f) => [f.severity, f.code, f.cell, (f.details as { reason?: string }).reason ?? null]);

const LEDGER = [
  "Datum",
  "Vorgang",
  "Partner",
  "Zertifikat",
  "SD-Nr.",
  "Produkt",
  "Zugang (t)",
  "Abgang (t)",
  "Saldo (t)",
];
const move = (
  d: string,
  typ: string,
  sd: CellValue,
  zu: CellValue,
  ab: CellValue,
  saldo: number,
): CellValue[] => [
  serial(d),
  typ,
  typ === "Einkauf" ? "Saipol SA" : "Nordic Fuels Oy",
  "EU-ISCC-Cert-FR200-1",
  sd,
  "Rapsöl",
  zu,
  ab,
  saldo,
];

/** A ledger: 100 in, 80 out (Saldo 20), the carry-over line `word` stating `carried`, then 20 out. */
function ledger(word: string, carried: number) {
  const rows: CellValue[][] = [
    LEDGER,
    move("2025-01-10", "Einkauf", "SP-1", 100, null, 100),
    move("2025-02-10", "Verkauf", null, null, 80, 20),
    [serial("2025-03-31"), word, null, null, null, "Rapsöl", null, null, carried],
    move("2025-04-10", "Verkauf", null, null, 20, 0),
  ];
  return readWorkbook({
    name: "books.xlsx",
    sheets: [sheet("Bestandsbuch", rows, { formats: dated(rows) })],
  });
}

/** Carry-over words (de, en, fr, es, nl, it). */
const CARRIES = [
  "Übertrag",
  "Saldovortrag",
  "carried forward",
  "brought forward",
  "report à nouveau",
  "suma anterior",
  "saldo anterior",
  "beginsaldo",
  "riporto",
  "saldo precedente",
];

describe("a carry-over line restating the running Saldo of the row above", () => {
  it.each(CARRIES)("%s with 20 under Saldo 20: skipped as a total, not refused", (word) => {
    const said = totals(ledger(word, 20));
    expect(said).toHaveLength(1);
    expect(said[0]?.slice(0, 3)).toEqual(["info", "totals-row", "B4"]);
  });

  it.each(CARRIES)("%s with 35 under Saldo 20: still refused as a stated balance", (word) => {
    expect(totals(ledger(word, 35))).toEqual([["error", "totals-row", "B4", "stated-balance"]]);
  });
});

const RECEIPTS = ["Date", "Supplier", "Supplier certificate", "SD number", "Product", "Quantity (t)"];
const receipt = (d: string, q: number, sd: string): CellValue[] => [
  serial(d),
  "Saipol SA",
  "EU-ISCC-Cert-FR200-1",
  sd,
  "UCO",
  q,
];

/** Receipts of 100 and 50 t, a line `label` with `sum` in the quantity, then 30 t. */
function receipts(label: string, sum: number) {
  const rows: CellValue[][] = [
    RECEIPTS,
    receipt("2025-01-10", 100, "SD-1"),
    receipt("2025-01-20", 50, "SD-2"),
    [label, null, null, null, null, sum],
    receipt("2025-02-10", 30, "SD-3"),
  ];
  const formats = dated(rows);
  delete formats.A4;
  const r = readWorkbook({ name: "books.xlsx", sheets: [sheet("Receipts", rows, { formats })] });
  return { said: totals(r), booked: r.ledger.receipts.map((x) => x.source.row) };
}

/** A month alone, or with its year, as clerks label a month's subtotal (de, en, fr, es, nl, it). */
const MONTHS = [
  "Januar",
  "January",
  "janvier",
  "enero",
  "januari",
  "gennaio",
  "Januar 2025",
  "Jan. 2025",
  "März",
  "décembre",
];

describe("a month's subtotal labelled by the month in the date column", () => {
  it.each(MONTHS)("%s with 150 (the sum): skipped as a total, the three receipts booked", (label) => {
    expect(receipts(label, 150)).toEqual({ said: [["info", "totals-row", "A4", null]], booked: [2, 3, 5] });
  });

  it.each(MONTHS)("%s with 140 (not the sum): a warning, sum-differs, the receipts booked", (label) => {
    expect(receipts(label, 140)).toEqual({
      said: [["warning", "totals-row", "A4", "sum-differs"]],
      booked: [2, 3, 5],
    });
  });

  // with 70 (no sum: with 150, the sum of the rows above, the row is refused as a typed subtotal,
  // possible-totals-row unnamed-sum, since h-totals)
  it.each(["Jan", "Mar", "Marzo Srl", "Januarius"])("%s is no month's label: still not a date", (label) => {
    expect(receipts(label, 70).said).toEqual([["error", "invalid-date", "A4", null]]);
  });
});
