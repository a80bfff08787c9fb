// (p-notcert, new-user test brk10 s17/s20) A share column headed "%" holding fractions: 0.8, 1
// and 0.5 beside 10 t were declared as 0.08, 0.1 and 0.05 t, and "80 %" beside a text "0,8" as 8
// and 0.08 t, silently. Through the real massbal declare on a real .xlsx: each plain number from 0
// to 1 that may be a fraction is refused at its cell (invalid-value, share-fraction) and never
// declared, whatever the column's other cells hold (p-noise: 80, 100, 1 refuses the 1). A totals row below the
// deliveries ("Summe" 2.3) is no evidence of how the column counts (p-values).
import { ISSUING_RECEIPT_HEADER, issuingReceipt as receipt, type BookCell as Cell } from "../../src/books";
import { declareBook, deliveryHeader, sale } from "./sd-books";
import { freshFolderPerTest } from "./run-massbal";

jest.setTimeout(180_000);

const folder = freshFolderPerTest();

/** A share heading in "%" per language (de, en, fr, es, nl, it). */
const SHARE_HEADINGS = [
  "Nachhaltiger Anteil (%)",
  "Sustainable share (%)",
  "Part durable (%)",
  "Porcentaje sostenible (%)",
  "Aandeel duurzaam (%)",
  "Quota sostenibile (%)",
];

/**
 * Deliveries of 10 t each with `shares` under `heading` in F, then the rows `after` (a totals
 * row), declared against 100 t received.
 */
const declareShares = (heading: string, shares: Cell[], after: Cell[][] = []) =>
  declareBook(folder.path, {
    Receipts: [ISSUING_RECEIPT_HEADER, receipt("2025-01-05", "IN-1", 100, 30)],
    Deliveries: [
      deliveryHeader().map((c) => (c === "Sustainable" ? heading : c)),
      ...shares.map((s, i) => sale(`2025-02-1${i}`, 10, null).map((c, k): Cell => (k === 5 ? s : c))),
      ...after,
    ],
  });

/** The cells refused as a share that may be a fraction. */
const fractions = (report: Awaited<ReturnType<typeof declareBook>>) =>
  report.findings
    .filter(
      (f) =>
        f.code === "invalid-value" && f.message.includes("plain number of at most 1 under a heading in %"),
    )
    .map((f) => [f.severity, f.sheet, f.cell]);

describe("a share column in % holding fractions is refused at its cells, never read as percent", () => {
  it.each(SHARE_HEADINGS)("%s: 0.8, 1, 0.5 beside 10 t each: refused, nothing declared", async (heading) => {
    const report = await declareShares(heading, [0.8, 1, 0.5]);
    expect(fractions(report)).toEqual([
      ["error", "Deliveries", "F2"],
      ["error", "Deliveries", "F3"],
      ["error", "Deliveries", "F4"],
    ]);
    expect(report.declarations.filter((d) => d.status === "new" || d.status === "issued")).toEqual([]);
  });

  // p-values: a totals row's 2.3 (or 100) cleared the doubt, and 0.08, 0.1 and 0.05 t were declared
  it.each([
    ["Summe", 2.3],
    ["Total", 100],
    ["Gesamt", 230],
  ])("0.8, 1, 0.5 above a totals row %s with %d: still refused, nothing declared", async (word, total) => {
    const report = await declareShares(
      "Anteil nachhaltig (%)",
      [0.8, 1, 0.5],
      [[word, null, null, null, 30, total]],
    );
    expect(fractions(report)).toEqual([
      ["error", "Deliveries", "F2"],
      ["error", "Deliveries", "F3"],
      ["error", "Deliveries", "F4"],
    ]);
    expect(report.declarations.filter((d) => d.status === "new" || d.status === "issued")).toEqual([]);
  });

  it('"80 %" beside a text "0,8": the 0,8 refused, only the 80 % declared (8 t)', async () => {
    const report = await declareShares("Part durable (%)", ["80 %", "0,8"]);
    expect(fractions(report)).toEqual([["error", "Deliveries", "F3"]]);
    expect(report.declarations.map((d) => d.quantity)).toEqual(["8"]);
  });

  // p-noise (brk13): the 1 beside 80 and 100 was read as 1 % and 0.1 t declared, where 1 may mean all 10 t
  it.each(SHARE_HEADINGS)(
    "%s: 80, 100, 1, 0: the 1 refused (1 % or all?), 8 and 10 t declared",
    async (heading) => {
      const report = await declareShares(heading, [80, 100, 1, 0]);
      expect(fractions(report)).toEqual([["error", "Deliveries", "F4"]]);
      expect(report.declarations.map((d) => d.quantity).sort()).toEqual(["10", "8"]);
    },
  );
});

// p-noise (brk13): a share's scale in words or as a range had no unit: every plain number refused
describe("a share headed with its scale in words or as a range is read on that scale", () => {
  it.each(["Anteil nachhaltig (0-1)", "Sustainable share (fraction)", "Quota sostenibile (frazione)"])(
    "%s: 0.5 and 1 of 10 t declare 5 and 10 t; 80 refused",
    async (heading) => {
      const report = await declareShares(heading, [0.5, 1, 80]);
      const over = report.findings.filter((f) => f.message.includes("is a plain number above 1"));
      expect(over.map((f) => [f.severity, f.cell])).toEqual([["error", "F4"]]);
      expect(report.declarations.map((d) => d.quantity).sort()).toEqual(["10", "5"]);
    },
  );

  it.each(["Nachhaltiger Anteil [Prozent]", "Part durable (pourcentage)", "Aandeel duurzaam (0-100)"])(
    "%s: 50 and 100 of 10 t declare 5 and 10 t",
    async (heading) => {
      const report = await declareShares(heading, [50, 100]);
      expect(report.findings.filter((f) => f.code === "invalid-value")).toEqual([]);
      expect(report.declarations.map((d) => d.quantity).sort()).toEqual(["10", "5"]);
    },
  );
});
