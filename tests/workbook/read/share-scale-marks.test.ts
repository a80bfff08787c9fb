// (p-blank) Only rows that will be booked say how a share column headed "%" counts: a row the keeper cancelled in its Status column, struck through, or
// painted in a colour its legend says is cancelled is not booked, so its 80 is no evidence that
// the column counts in percent. Before, a cancelled row's 80 cleared the doubt, and 0.8 and 0.5 on
// the rows that are booked were read as 0.8 % and 0.5 % of 10 t (0.08 t declared where 8 t was meant).
// (p-noise) Since, no other cell settles the scale of a plain number from 0 to 1 under "%"
// (workbook/cell-numbers.ts readShare): these cases stay as the proof that none does.
import type { CellValue, SheetSnapshot } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";
import { Painter, RED, WORDS, type Lang } from "./legend-painter";

const D = serial("2026-01-05");
const HEAD = [
  "Date",
  "Customer",
  "Customer address",
  "Product",
  "Quantity (t)",
  "Part durable (%)",
  "Status",
];

/** A delivery of 10 t on day `i` with `share` under "Part durable (%)" and `status` beside it. */
const row = (i: number, share: CellValue, status: CellValue = null): CellValue[] => [
  D + i,
  `C${i + 1} AG`,
  "Hafenstr. 1, Hamburg",
  "UCO",
  10,
  share,
  status,
];

/** The share-fraction refusals (cells) and the rows booked of a read of `s`. */
function read(s: SheetSnapshot) {
  const r = readWorkbook({ name: "books.xlsx", sheets: [s] });
  return {
    refused: r.findings
      .filter((f) => (f.details as { reason?: string } | undefined)?.reason === "share-fraction")
      .map((f) => f.cell),
    booked: r.ledger.deliveries.map((d) => d.source.row),
  };
}

/** Status words that leave a row unbooked: cancelled (de, en, fr, es, nl, it) or not confirmed. */
const CANCELS = [
  "storniert",
  "Storno",
  "cancelled",
  "canceled",
  "void",
  "annulé",
  "anulado",
  "geannuleerd",
  "annullato",
  "abgelehnt",
  "rejected",
  "Entwurf",
];

describe("a row left unbooked is no evidence of a share column's scale", () => {
  it.each(CANCELS)("status %j on the row with 80: 0.8 and 0.5 on the booked rows are refused", (word) => {
    const s = sheet("Sales", [HEAD, row(0, 0.8), row(1, 0.5), row(2, 80, word)]);
    expect(read(s)).toEqual({ refused: ["F2", "F3"], booked: [2, 3] });
  });

  // p-noise: 80 booked beside them no longer makes 0.8 and 0.5 percent (a slip into fractions, or 0.8 %?)
  it("the same row booked (no status): 80 read, 0.8 and 0.5 still refused", () => {
    const s = sheet("Sales", [HEAD, row(0, 0.8), row(1, 0.5), row(2, 80)]);
    expect(read(s)).toEqual({ refused: ["F2", "F3"], booked: [2, 3, 4] });
  });

  it("the row with 80 struck through: 0.8 and 0.5 refused", () => {
    const s = { ...sheet("Sales", [HEAD, row(0, 0.8), row(1, 0.5), row(2, 80)]), struckRows: [3] };
    expect(read(s)).toEqual({ refused: ["F2", "F3"], booked: [2, 3] });
  });

  it.each(Object.keys(WORDS) as Lang[])(
    "the row with 80 painted red, the legend saying red = cancelled (%s): 0.8 and 0.5 refused",
    (lang) => {
      const p = new Painter();
      HEAD.forEach((h, c) => p.set(0, c, h));
      [row(0, 0.8), row(1, 0.5), row(2, 80)].forEach((cells, i) =>
        cells.forEach((v, c) => p.set(1 + i, c, v, i === 2 ? RED : undefined)),
      );
      p.legend(6, 0, "own-fill", lang, WORDS[lang].out[0] as string);
      expect(read(p.snapshot("Sales", true))).toEqual({ refused: ["F2", "F3"], booked: [2, 3] });
    },
  );
});
