// (p-recpart, brk12 #1) Through the real massbal declare on a real .xlsx: a combined ledger whose
// rows state the sustainable part beside the In and Out quantities ("davon nachhaltig (t)",
// "Anteil nachhaltig (%)"), with and without a type column, in the six languages the part headings
// are read in. A purchase of 100 t of which 60 t were sustainable was credited 100 t, complete, no
// finding, and a sale of 50 t declared from it: the ledger's In rows dropped the part column. Now
// an In row is held to the rule a receipts sheet's row is (engine/intake/receipt-part.ts): a part
// below the quantity is refused at its cell, nothing is credited and the sale is held; a part that
// is all of it credits it whole. The Out row's part is the delivery's, as before.
import { type BookCell as Cell, day as d } from "../../src/books";
import { declareBook } from "./sd-books";
import { freshFolderPerTest } from "./run-massbal";

jest.setTimeout(300_000);

const folder = freshFolderPerTest();

const HEADINGS: Cell[] = [
  "Datum",
  "Vorgang",
  "Partner",
  "Zertifikat",
  "SD-Nr.",
  "Produkt",
  "Zugang (t)",
  "Abgang (t)",
  "Rohstoff",
  "Herkunftsland",
  "THG (g CO2eq/MJ)",
  "Abfall/Reststoff",
  "Inbetriebnahme",
  "Kundenadresse",
];

/** A ledger row: `type` (dropped with its column where `typed` is false), In `zu` or Out `ab`, and its part. */
const row = (
  typed: boolean,
  date: string,
  type: string,
  sd: string | null,
  zu: number | null,
  ab: number | null,
  part: Cell,
): Cell[] =>
  [
    d(date),
    type,
    ab ? "Nordic Fuels Oy" : "Saipol SA",
    "EU-ISCC-Cert-FR200-1",
    sd,
    "Rapsöl",
    zu,
    ab,
    "Raps",
    "FR",
    30,
    "nein",
    d("2008-06-01"),
    ab ? "Satamatie 3, Porvoo" : null,
    part,
  ].filter((_, i) => typed || i !== 1);

/** A ledger of a purchase of 100 t stating `part`, and a sale of 50 t stating all of it sustainable, under `heading`. */
const ledger = (heading: string, part: Cell, sold: Cell, typed = true) =>
  declareBook(folder.path, {
    Bestandsbuch: [
      [...HEADINGS, heading].filter((_, i) => typed || i !== 1),
      row(typed, "2025-01-10", "Einkauf", "SP-1", 100, null, part),
      row(typed, "2025-02-10", "Verkauf", null, null, 50, sold),
    ],
  });

// the part of 100 t: 60 t, or 60 % where the heading says %; the sale's part: all of its 50 t
const PARTS: [string, number, number][] = [
  ["davon nachhaltig (t)", 60, 50],
  ["Anteil nachhaltig (%)", 60, 100],
  ["Sustainable part (t)", 60, 50],
  ["Sustainable share (%)", 60, 100],
  ["dont durable (t)", 60, 50],
  ["de los cuales sostenible (t)", 60, 50],
  ["waarvan duurzaam (t)", 60, 50],
  ["di cui sostenibile (t)", 60, 50],
];

describe.each([
  ["with a type column", true, "O2", PARTS],
  ["with In and Out columns only", false, "N2", PARTS.slice(0, 2)],
])("a ledger %s", (_, typed, cell, parts) => {
  it.each(parts)(
    "%s %s of a purchase of 100 t: refused at its cell, nothing credited, the sale held",
    async (heading, part, sold) => {
      const report = await ledger(heading, part, sold, typed);
      const errors = report.findings.filter((f) => f.severity === "error");
      expect(errors.map((f) => [f.code, f.place])).toEqual([["invalid-quantity", `Bestandsbuch!${cell}`]]);
      expect(errors[0]?.message).toContain(
        "book the sustainable part its SD states as a receipt row of its own",
      );
      expect(report.declarations.map((x) => x.status)).toEqual(["blocked"]);
      expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["0", false]]);
    },
  );

  it.each([
    ["davon nachhaltig (t)", 100, 50],
    ["Anteil nachhaltig (%)", 100, 100],
  ])("%s %s of a purchase of 100 t: the whole credited, 50 t declared", async (heading, part, sold) => {
    const report = await ledger(heading, part, sold, typed);
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(report.balances.map((b) => [b.received, b.delivered, b.complete])).toEqual([["100", "50", true]]);
    expect(report.declarations.map((x) => [x.status, x.quantity])).toEqual([["new", "50"]]);
  });
});

it("a sale's part on the same ledger is still the delivery's: 30 t of 50 t declared", async () => {
  const report = await ledger("davon nachhaltig (t)", 100, 30);
  expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  expect(report.declarations.map((x) => [x.status, x.quantity])).toEqual([["new", "30"]]);
});
