// (p-noise, break test brk13) A share's scale stated in words or as a range in its heading's
// brackets (workbook/share-units.ts): "Nachhaltiger Anteil [Prozent]" and "Anteil nachhaltig
// (0-1)" had no unit, so every plain number under them was refused as a quantity-or-share, and
// "Sustainable share [0-100]" took "0-100" for a unit of quantity. Now a percent heading reads 50
// as 50 % (and refuses a plain 1: 1 % or all?), a fraction heading reads 0.5 as 50 % and 1 as
// 100 %, exactly, and refuses 80 (no fraction of 1).
import { readWorkbook } from "../../../src/workbook/read";
import type { CellValue } from "../../../src/workbook/port";
import { shareScaleOf } from "../../../src/workbook/share-units";
import { serial, sheet } from "../fixtures";

const D = serial("2026-01-05");

/** Deliveries of 80 t each with `shares` under `heading` in F: [part, unit] per delivery, and the refusals [cell, reason]. */
function read(heading: string, shares: CellValue[]) {
  const rows: CellValue[][] = [["Date", "Customer", "Customer address", "Product", "Quantity (t)", heading]];
  shares.forEach((v, i) => rows.push([D + i, `C${i + 1} AG`, "Hafenstr. 1, Hamburg", "UCO", 80, v]));
  const r = readWorkbook({ name: "books.xlsx", sheets: [sheet("Sales", rows)] });
  return {
    parts: r.ledger.deliveries
      .filter((d) => d.sustainablePart !== undefined)
      .map((d) => [d.source.row, d.sustainablePart, d.sustainablePartUnit]),
    refused: r.findings
      .filter((f) => f.code === "invalid-value")
      .map((f) => [f.cell, (f.details as { reason?: string }).reason]),
  };
}

/** Headings that state percent in words or as a range (de, en, fr, es, nl, it). */
const PERCENT_HEADINGS = [
  "Nachhaltiger Anteil [Prozent]",
  "Anteil nachhaltig (in Prozent)",
  "Anteil nachhaltig (0-100)",
  "Sustainable share (percent)",
  "Sustainable share [0-100]",
  "Sustainable share (0 to 100 %)",
  "Part durable (pourcentage)",
  "Part durable (0 à 100)",
  "Porcentaje sostenible (por ciento)",
  "Cuota sostenible (porcentaje)",
  "Aandeel duurzaam (procent)",
  "Aandeel duurzaam (0-100)",
  "Quota sostenibile (percentuale)",
  "Quota sostenibile (per cento)",
];

/** Headings that state a fraction of 1 in words or as a range (de, en, fr, es, nl, it). */
const FRACTION_HEADINGS = [
  "Anteil nachhaltig (0-1)",
  "Nachhaltiger Anteil (Bruchteil)",
  "Anteil nachhaltig (0 bis 1)",
  "Sustainable share (fraction)",
  "Sustainable share (0..1)",
  "Sustainable share (0.0-1.0)",
  "Part durable (fraction)",
  "Part durable (0 à 1)",
  "Cuota sostenible (fracción)",
  "Porcentaje sostenible (0-1)",
  "Aandeel duurzaam (fractie)",
  "Aandeel duurzaam (0 tot 1)",
  "Quota sostenibile (frazione)",
  "Quota sostenibile (0–1)",
];

describe("a share's scale named in its heading's brackets", () => {
  it.each(PERCENT_HEADINGS)(
    "%s: 50 and 100 read as percent, 0 as none; a plain 1 refused (1 % or all?)",
    (h) => {
      expect(read(h, [50, 100, 0, 1])).toEqual({
        parts: [
          [2, "50", "%"],
          [3, "100", "%"],
          [4, "0", "%"],
        ],
        refused: [["F5", "share-fraction"]],
      });
    },
  );

  it.each(FRACTION_HEADINGS)("%s: 0.5 is 50 %, 1 is 100 %, 0.125 is 12.5 %, 0 is none; 80 refused", (h) => {
    expect(read(h, [0.5, 1, 0.125, 0, 80, "40 %"])).toEqual({
      parts: [
        [2, "50", "%"],
        [3, "100", "%"],
        [4, "12.5", "%"],
        [5, "0", "%"],
        [7, "40", "%"],
      ],
      refused: [["F6", "share-over-one"]],
    });
  });

  it.each([
    ["(Faktor)", null],
    ["(optional)", null],
    ["(0-50)", null],
    ["(1-100)", null],
    ["(lt. SD)", null],
    ["Prozent", "%"],
    ["0 - 100 %", "%"],
    ["FRACTION", "fraction"],
  ])("the words %j state %j", (text, scale) => {
    expect(shareScaleOf(text.replace(/[()]/g, ""))).toBe(scale);
  });
});
