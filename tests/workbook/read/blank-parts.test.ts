// (p-blank) What a sustainable part cell that states no part means, decided in one place
// (workbook/blank-part.ts) for both sides: blank, a dash or "not stated" under a part heading in
// any of the six languages is refused at its cell, missing-value reason part-blank, in the same
// words on a receipt and a delivery. Before, a receipt's blank part credited it whole and a dash
// read as none; a delivery's blank or dash read as none. A number is read exactly, 0 too.
import fc from "fast-check";
import type { Finding } from "../../../src/engine/result";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { statesNoPart } from "../../../src/workbook/part-unstated";
import { serial, sheet } from "../fixtures";
import { partSheet } from "../part-sheets";

const D = serial("2026-01-05");

/** Part headings of receipts and deliveries, six languages. */
const HEADINGS = [
  "davon nachhaltig (t)",
  "Anteil nachhaltig (%)",
  "Sustainable part (t)",
  "of which sustainable (t)",
  "dont durable (t)",
  "Part durable (%)",
  "de los cuales sostenible (t)",
  "Cantidad sostenible (t)",
  "waarvan duurzaam (t)",
  "Aandeel duurzaam (%)",
  "di cui sostenibile (t)",
  "Quota sostenibile (%)",
];

/** Cells that state no part: blank, marks alone, "not stated" as keepers abbreviate it. */
const UNSTATED: CellValue[] = [
  null,
  "",
  "  ",
  "-",
  "–",
  "—",
  "--",
  "/",
  "?",
  "…",
  "k.A.",
  "k. A.",
  "o.A.",
  "n.b.",
  "n/a",
  "N/A",
  "n.a.",
  "TBD",
  "n.c.",
  "n.d.",
  "s/d",
  "n.v.t.",
  "nvt",
  "n.p.",
];

/** A receipt of 100 t with an incoming SD number, its part under `heading` holding `part`. */
const receipts = (heading: string, part: CellValue) => partSheet("Receipts", heading, part);
/** A delivery of 100 t with no yes/no column, its part under `heading` holding `part`. */
const deliveries = (heading: string, part: CellValue) => partSheet("Sales", heading, part);

const refusals = (fs: Finding[]) =>
  fs.filter((f) => (f.details as { reason?: string } | undefined)?.reason === "part-blank");

/** A message without its cell and what follows for the row: the words both sides share. */
const advice = (f: Finding | undefined) =>
  f?.message.replace(/^[^:]*: /, "").split("(0 if none of it is)")[0];

const CASES = HEADINGS.flatMap((h) => UNSTATED.map((v) => [h, v] as const));

describe("a part stated by nothing is refused at its cell on both sides, in the same words", () => {
  it.each(CASES)("%s %j", (heading, part) => {
    const r = receipts(heading, part);
    const d = deliveries(heading, part);
    expect(r.sheets[0]?.columns.sustainablePart).toBe("F");
    expect(refusals(r.findings).map((f) => [f.code, f.cell, f.severity])).toEqual([
      ["missing-value", "F2", "error"],
    ]);
    expect(refusals(d.findings).map((f) => [f.code, f.cell, f.severity])).toEqual([
      ["missing-value", "F2", "error"],
    ]);
    expect(advice(refusals(r.findings)[0])).toBe(advice(refusals(d.findings)[0]));
    expect(refusals(r.findings)[0]?.message).toContain(
      "write the sustainable part, or the whole quantity if all of it is sustainable",
    );
    // nothing read in its place: no part, no "no"
    expect(r.ledger.receipts[0]?.sustainablePart).toBeUndefined();
    expect(d.ledger.deliveries[0]?.sustainablePart).toBeUndefined();
    expect(d.ledger.deliveries[0]?.sustainable).toBeUndefined();
  });

  it.each(HEADINGS)("%s 0: a number, read exactly (none), never refused as stating nothing", (heading) => {
    for (const book of [receipts(heading, 0), deliveries(heading, 0), deliveries(heading, "0")]) {
      expect(refusals(book.findings)).toEqual([]);
    }
    expect(deliveries(heading, 0).ledger.deliveries[0]?.sustainablePart).toMatch(/^(0|no)$/);
  });

  it("a receipt without an SD number is not sustainable: its blank part is not refused", () => {
    const r = readWorkbook({
      name: "books.xlsx",
      sheets: [
        sheet("Receipts", [
          ["Date", "Supplier", "SD number", "Product", "Quantity (t)", "davon nachhaltig (t)"],
          [D, "Fett AG", null, "UCO", 100, null],
        ]),
      ],
    });
    expect(refusals(r.findings)).toEqual([]);
  });
});

describe("property: what states no part", () => {
  const marks = fc
    .array(fc.constantFrom("-", "–", "—", "−", "/", "?", ".", "*", "_", " ", "…"), {
      minLength: 1,
      maxLength: 6,
    })
    .map((cs) => cs.join(""))
    .filter((t) => t.trim() !== "");
  it("a cell of marks alone states no part", () => {
    fc.assert(fc.property(marks, (t) => statesNoPart(t)));
  });
  it("a number, with or without a unit or %, states a part", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.constantFrom("", " t", " %", "t", " kg"),
        (n, u) => !statesNoPart(`${n}${u}`),
      ),
    );
  });
  it("yes/no words state a part (all or none)", () => {
    for (const w of [
      "ja",
      "nein",
      "yes",
      "no",
      "oui",
      "non",
      "sí",
      "ja",
      "nee",
      "sì",
      "x",
      "✓",
      "n",
      "0",
      "1",
    ])
      expect(statesNoPart(w)).toBe(false);
  });
});
