// (p-rows2, break test brk14 #5) A page's carry-over line between the bookings, in the six
// languages (workbook/carry-words.ts CARRY_OVER). Before, the French "Report" and the Dutch
// "Transport", "Overdracht", the Italian "A riportare" were unknown: alone they were refused as a
// date that is none; after a "Summe Januar" they ended the data, and the receipts below them got no
// credit (rows-after-blank). "Transport" and "Report" are also words of bookings: only alone on a
// line with the running sum are they a carry-over; otherwise the row is read as the row it is.
import fc from "fast-check";
import { CARRY_OVER } from "../../src/workbook/carry-words";
import type { CellValue } from "../../src/workbook/port";
import { readWorkbook } from "../../src/workbook/read";
import { serial, sheet } from "./fixtures";

const HEAD = ["Date", "Supplier", "Supplier certificate", "SD number", "Product", "Quantity (t)"];
const receipt = (i: number, q: number): CellValue[] => [
  serial(`2025-01-${String(i + 1).padStart(2, "0")}`),
  "Saipol SA",
  "EU-ISCC-Cert-FR200-1",
  `SD-${i + 1}`,
  "UCO",
  q,
];

/** A carry-over line: `word` in column `col` (0 the date, 1 the supplier), `q` in the quantity. */
const carry = (word: string, col: number, q: CellValue): CellValue[] => {
  const row: CellValue[] = [null, null, null, null, null, q];
  row[col] = word;
  return row;
};

function read(rows: CellValue[][]) {
  const all = [HEAD, ...rows];
  const formats: Record<string, string> = {};
  all.forEach((r, i) => {
    if (typeof r[0] === "number") formats[`A${i + 1}`] = "dd.mm.yyyy";
  });
  const r = readWorkbook({ name: "books.xlsx", sheets: [sheet("Receipts", all, { formats })] });
  return {
    booked: r.ledger.receipts.map((x) => x.source.row),
    quantities: r.ledger.receipts.map((x) => x.quantity),
    errors: r.findings.filter((f) => f.severity === "error").map((f) => `${f.code}@${f.cell}`),
    said: r.findings.map((f) => `${f.code}/${f.severity}@${f.cell}`),
  };
}

/** Every carry-over word of the table, as a clerk capitalises it, with its language. */
const WORDS = Object.entries(CARRY_OVER).flatMap(([lang, w]) =>
  [...w.words, ...w.data].map((word) => [lang, word.charAt(0).toUpperCase() + word.slice(1)] as const),
);

describe("a carry-over line with the running sum between the bookings (six languages)", () => {
  it.each(WORDS.flatMap(([lang, w]) => [0, 1].map((col) => [lang, w, col] as const)))(
    "%s %s in column %i: skipped, every receipt booked",
    (_, word, col) => {
      const r = read([receipt(0, 10), receipt(1, 20), carry(word, col, 30), receipt(2, 5), receipt(3, 7)]);
      expect(r).toMatchObject({ booked: [2, 3, 5, 6], errors: [] });
      expect(r.said).toContain(`totals-row/info@${col === 0 ? "A" : "B"}4`);
    },
  );

  it.each(WORDS)("%s %s after a month's total: the data does not end there", (_, word) => {
    const rows = [receipt(0, 10), receipt(1, 20), ["Summe Januar", null, null, null, null, 30]];
    const r = read([...rows, carry(word, 1, 30), receipt(2, 5)]);
    expect(r).toMatchObject({ booked: [2, 3, 6], errors: [] });
  });
});

describe("a word that is also a word of bookings ('Transport', 'Report', 'Overdracht')", () => {
  const DATA = Object.values(CARRY_OVER).flatMap((w) =>
    w.data.map((d) => d.charAt(0).toUpperCase() + d.slice(1)),
  );

  it.each(DATA)("%s with a number that is not the running sum: refused, never skipped", (word) => {
    const r = read([receipt(0, 10), receipt(1, 20), carry(word, 1, 12), receipt(2, 5)]);
    expect(r.booked).toEqual([2, 3, 5]);
    expect(r.errors.some((e) => e.endsWith("4"))).toBe(true);
  });

  it.each(DATA)("%s as a supplier on a full booking: booked as that receipt", (word) => {
    const row = receipt(2, 30);
    row[1] = word;
    expect(read([receipt(0, 10), receipt(1, 20), row])).toMatchObject({ booked: [2, 3, 4], errors: [] });
  });

  it.each(DATA)(
    "%s with date and product and the running sum: refused, a carry-over or a booking",
    (word) => {
      const row: CellValue[] = [serial("2025-01-31"), word, null, null, "UCO", 30];
      const r = read([receipt(0, 10), receipt(1, 20), row, receipt(2, 5)]);
      expect(r.booked).toEqual([2, 3, 5]);
      expect(r.errors).toContain("possible-totals-row@F4");
    },
  );

  it.each(DATA)("%s GmbH, a name: no carry-over", (word) => {
    const r = read([receipt(0, 10), receipt(1, 20), carry(`${word} GmbH`, 1, 30), receipt(2, 5)]);
    expect(r.said.some((s) => s.startsWith("totals-row"))).toBe(false);
    expect(r.errors.length).toBeGreaterThan(0);
  });
});

describe("property: a carry-over line inserted anywhere in the data", () => {
  it("never changes what is booked, and never ends the data", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 900 }), { minLength: 2, maxLength: 8 }),
        fc.nat(),
        fc.constantFrom(...WORDS.map(([, w]) => w)),
        fc.constantFrom(0, 1),
        (qs, at, word, col) => {
          const rows = qs.map((q, i) => receipt(i, q));
          const plain = read(rows);
          const k = 1 + (at % (rows.length - 1));
          const sum = qs.slice(0, k).reduce((a, b) => a + b, 0);
          const withCarry = read([...rows.slice(0, k), carry(word, col, sum), ...rows.slice(k)]);
          expect(withCarry.quantities).toEqual(plain.quantities);
          expect(withCarry.booked).toHaveLength(qs.length);
          expect(withCarry.errors).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
