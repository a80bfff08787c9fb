// (p-legend3) A legend of font colours on one data sheet ("rote Schrift = storniert" at
// Wareneingang!H1) reaches the data sheets without a legend of their own, as a legend of fills does
// (workbook/legend-borrowed.ts): no host tells a cell's text colour, so which of their rows it marks
// is unknown and none is booked, said once at the first row naming where the legend stands (reason
// colour-fonts). Before, it reached none, and a delivery in red text on Verkauf was booked silently.
import type { CellValue, SheetSnapshot } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";
import { IN_HEAD, type Lang, OUT_HEAD, RED } from "./legend-painter";

/** Font legends for red = cancelled, by language (legend-entries.ts FONT_BEFORE, FONT_AFTER). */
const FONT_LEGENDS: [Lang, string][] = [
  ["de", "rote Schrift = storniert"],
  ["de", "in Rot geschrieben = storniert"],
  ["en", "red font = cancelled"],
  ["en", "written in red = cancelled"],
  ["fr", "texte en rouge = annulé"],
  ["es", "letra roja = anulado"],
  ["nl", "rode tekst = geannuleerd"],
  ["it", "testo rosso = annullato"],
];

const receipts = (legend: string | null): SheetSnapshot => {
  const rows: CellValue[][] = [
    [...IN_HEAD, null, null, legend],
    ...[0, 1, 2].map((i) => [serial("2025-01-05") + i, "Fett AG", `SD-${i + 1}`, "UCO", 10 + i]),
  ];
  return sheet("Wareneingang", rows);
};

/** Deliveries on Verkauf, with a fill legend of their own where `own` (row 6: "rot = storniert", none red). */
const deliveries = (own: boolean): SheetSnapshot => {
  const rows: CellValue[][] = [
    OUT_HEAD,
    ...[0, 1, 2].map((i) => [serial("2025-02-05") + i, "Raff X", "UCO", 1 + i, "ja"]),
  ];
  if (own) rows.push([], ["rot = storniert"]);
  return { ...sheet("Verkauf", rows), fills: { 2: RED } };
};

function readBook(legend: string | null, own: boolean) {
  const { ledger, findings } = readWorkbook({
    name: "Fonts.xlsx",
    sheets: [receipts(legend), deliveries(own)],
  });
  const said = findings
    .filter((f) => f.code === "row-unconfirmed")
    .map((f) => {
      const d = f.details as { reason?: string; label?: string };
      return `${f.sheet}!${f.cell} ${d.reason} ${d.label}`;
    });
  return { receipts: ledger.receipts.length, deliveries: ledger.deliveries.map((d) => d.source.row), said };
}

describe("a font legend on one data sheet reaches a data sheet without a legend", () => {
  it.each(FONT_LEGENDS)(
    "%s %j at Wareneingang!H1: no delivery on Verkauf booked, said once there",
    (_, legend) => {
      const got = readBook(legend, false);
      expect(got.receipts).toBe(0);
      expect(got.deliveries).toEqual([]);
      expect(got.said).toEqual([
        `Wareneingang!H1 colour-fonts H1 ("${legend}")`,
        `Verkauf!A2 colour-fonts Wareneingang!H1 ("${legend}")`,
      ]);
    },
  );

  it.each(FONT_LEGENDS)("%s %j: a sheet with a legend of its own keeps its own", (_, legend) => {
    const got = readBook(legend, true);
    // red row 3 refused by its own legend, rows 2 and 4 read
    expect(got.deliveries).toEqual([2, 4]);
    expect(got.said.filter((s) => s.startsWith("Verkauf!"))).toEqual([
      'Verkauf!A3 colour-legend A6 ("rot = storniert")',
    ]);
  });

  it("no legend anywhere: every delivery read, nothing said", () =>
    expect(readBook(null, false)).toEqual({ receipts: 3, deliveries: [2, 3, 4], said: [] }));
});
