// (p-sdstatus2) A sale's proof status saying its SD already exists, and a column asking whether a
// sale needs an SD (workbook/sale-proof.ts), in de, en, fr, es, it, nl and pl. Before, a sale
// marked sustainable whose "SD Status" said "ausgestellt", "issued", "versendet", "émise",
// "emitida", "emessa", "verstuurd" got a second SD from the add-in (with an SD number column
// too, where the row's number was blank), and a column "SD erforderlich" answered "nein" was not
// read at all: the SD was issued.
import type { CellValue } from "../../src/workbook/port";
import { readWorkbook } from "../../src/workbook/read";
import { proofHeading } from "../../src/workbook/proof-status";
import { serial, sheet } from "./fixtures";

const day = serial("2025-02-01");

/** Cells that say a sale's SD already exists: issued, sent, created, done. */
const ISSUED = [
  "ausgestellt",
  "bereits ausgestellt",
  "SD ausgestellt",
  "erstellt",
  "versendet",
  "an Kunde geschickt",
  "erledigt",
  "liegt vor",
  "issued",
  "already issued",
  "sent",
  "sent to customer",
  "done",
  "émise",
  "émis",
  "envoyée",
  "emitida",
  "enviado al cliente",
  "emessa",
  "inviata",
  "verstuurd",
  "uitgegeven",
  "wystawione",
  "wysłane",
  "ausgestellt am 03.03.2025",
];

/** Cells that say the SD is still to issue, and a blank: declared by the add-in. */
const TO_ISSUE: CellValue[] = [
  "offen",
  "folgt",
  "zu erstellen",
  "noch auszustellen",
  "to issue",
  "to be issued",
  "pending",
  "à émettre",
  "por emitir",
  "da emettere",
  "uit te geven",
  "do wystawienia",
  "nein",
  "nicht ausgestellt noch",
  null,
];

/**
 * (brk20 A5) Cells that deny the SD is issued: still to issue, declared by the add-in. Before, each
 * was read as the sale going without an SD (sold-without-sd), holding every SD of the sheet.
 */
const NOT_ISSUED = [
  "nicht ausgestellt",
  "noch nicht ausgestellt",
  "SD nicht ausgestellt",
  "nicht erstellt",
  "not issued",
  "not yet issued",
  "non émise",
  "pas encore émise",
  "no emitida",
  "todavía no emitida",
  "non emessa",
  "non ancora emessa",
  "niet uitgegeven",
  "nog niet uitgegeven",
  "nie wystawione",
];

/** Cells that say the sale goes without an SD: refused as before (never declared). */
const WITHOUT = ["ohne SD", "kein SD", "without SD", "sans DD", "sin SD", "senza SD", "zonder SD", "bez SD"];

/** Cells that are unclear on a sale: a dash, a bare yes, no status. */
const UNCLEAR = ["-", "—", "ok", "ja", "xyz"];

type Row = [string | null, string | null];

/**
 * A sales sheet, one sustainable sale of 5 t per [status, SD number] of `rows` ("Nachhaltig" ja,
 * or nein where `unsold` names the row), with an "SD-Nr." column where `numbered`.
 */
function read(rows: Row[], numbered: boolean, unsold = new Set<number>()) {
  const head = ["Datum", "Kunde", "Produkt", "Menge (t)", "Nachhaltig", "SD Status"];
  return readWorkbook({
    name: "Sales.xlsx",
    sheets: [
      sheet("Verkauf", [
        numbered ? [...head, "SD-Nr."] : head,
        ...rows.map(([status, sd], i) => {
          const row: CellValue[] = [day, "Fuel AG", "UCO", 5, unsold.has(i) ? "nein" : "ja", status];
          return numbered ? [...row, sd] : row;
        }),
      ]),
    ],
  });
}

/** The row-unconfirmed findings as [cell, reason]. */
const refused = (r: ReturnType<typeof readWorkbook>) =>
  r.findings
    .filter((f) => f.code === "row-unconfirmed")
    .map((f) => [f.cell, (f.details as { reason?: string } | undefined)?.reason]);

describe("a sale's SD Status saying its SD already exists", () => {
  it.each(ISSUED)("%j with no SD number column: refused at the cell, never declared anew", (cell) => {
    const r = read([[cell, null]], false);
    expect(refused(r)).toEqual([["F2", "sold-sd-issued"]]);
    expect(r.ledger.deliveries).toHaveLength(0);
  });
  it.each(ISSUED)("%j with the row's SD number blank: refused; with its number: read as issued", (cell) => {
    const r = read(
      [
        [cell, null],
        [cell, "SD-25-7"],
      ],
      true,
    );
    expect(refused(r)).toEqual([["F2", "sold-sd-issued"]]);
    expect(r.ledger.deliveries.map((d) => d.sdNumber ?? null)).toEqual(["SD-25-7"]);
  });
  it("on a row read as not sustainable says nothing", () => {
    const r = read([["ausgestellt", null]], false, new Set([0]));
    expect(refused(r)).toEqual([]);
  });
});

describe("a sale's SD Status saying the SD is still to issue, or blank", () => {
  it.each(TO_ISSUE.map((c) => [c]))("%j: declared as before", (cell) => {
    const r = read([[cell as string | null, null]], false);
    expect(refused(r)).toEqual([]);
    expect(r.ledger.deliveries).toHaveLength(1);
  });
});

describe("a sale's SD Status denying its SD is issued (brk20 A5)", () => {
  it.each(NOT_ISSUED)("%j: the SD is still to issue, declared", (cell) => {
    const r = read([[cell, null]], false);
    expect(refused(r)).toEqual([]);
    expect(r.ledger.deliveries).toHaveLength(1);
  });
  it.each(WITHOUT)("%j: still refused as a sale without an SD", (cell) => {
    expect(refused(read([[cell, null]], false))).toEqual([["F2", "sold-without-sd"]]);
  });
});

describe("a sale's SD Status that is unclear", () => {
  it.each(UNCLEAR)("%j: refused at the cell on a sustainable row, not on one not sustainable", (cell) => {
    expect(refused(read([[cell, null]], false))).toEqual([["F2", "sold-sd-status-unread"]]);
    const notSold = read([[cell, null]], false, new Set([0]));
    expect(refused(notSold)).toEqual(cell === "xyz" ? [["F2", "sold-sd-status-unread"]] : []);
  });
});

/** Headings that ask whether a sale needs or wants an SD. */
const REQUIRED_HEADINGS = [
  "SD erforderlich",
  "SD erforderlich?",
  "SD erforderlich (j/n)",
  "SD nötig",
  "SD notwendig",
  "SD gewünscht",
  "SD ausstellen",
  "SD senden",
  "SD an Kunde",
  "mit SD",
  "Nachweis erforderlich",
  "PoS required",
  "PoS required (y/n)",
  "PoS requested",
  "PoS needed",
  "issue PoS",
  "with PoS",
  "DD requise",
  "DD demandée",
  "PdD obligatoire",
  "SD requerida",
  "DdS solicitada",
  "SD richiesta",
  "DdS necessaria",
  "SD vereist",
  "DV nodig",
  "SD wymagane",
  "SD wymagany",
];

/** Headings of no such question: an SD number, a status, a proof with other words. */
const OTHER_HEADINGS = [
  "SD",
  "SD-Nr.",
  "SD Status",
  "SD nicht erforderlich",
  "Kunde",
  "SD an Kunde am",
  "erforderlich",
];

describe('which headings ask whether a sale needs an SD ("required")', () => {
  it.each(REQUIRED_HEADINGS)("%j", (h) => expect(proofHeading(h)).toBe("required"));
  it.each(OTHER_HEADINGS)("%j: not", (h) => expect(proofHeading(h)).not.toBe("required"));
});

const NO: CellValue[] = ["nein", "Nein", "no", "non", "nee", "nie", "n", false, 0];
const YES: CellValue[] = ["ja", "yes", "x", "oui", "sí", "tak", "✓", true, 1, null, ""];
const OTHER: CellValue[] = ["-", "vielleicht", "?", "später", 2];

/** A sheet of `side`, one row of 5 t per cell of `cells` under `heading` (sales "ja" sustainable, receipts with an SD number). */
function readRequired(side: "Verkauf" | "Wareneingang", heading: string, cells: CellValue[], sold = "ja") {
  const sale = side === "Verkauf";
  const head = sale
    ? ["Datum", "Kunde", "Produkt", "Menge (t)", "Nachhaltig", heading]
    : ["Datum", "Lieferant", "Produkt", "Menge (t)", "SD-Nr.", heading];
  const rows = cells.map((v, i) => [day, "Fuel AG", "UCO", 5, sale ? sold : `SD-25-${i}`, v]);
  return readWorkbook({ name: "Books.xlsx", sheets: [sheet(side, [head, ...rows])] });
}

describe.each(["SD erforderlich", "PoS required", "DD requise", "SD richiesta", "SD wymagane", "SD vereist"])(
  'a sales column "%s"',
  (heading) => {
    it("no: refused at the cell as sold without an SD, never declared", () => {
      const r = readRequired("Verkauf", heading, NO);
      expect(refused(r)).toEqual(NO.map((_, i) => [`F${i + 2}`, "sold-without-sd"]));
      expect(r.ledger.deliveries).toHaveLength(0);
    });
    it("yes or blank: declared as before", () => {
      const r = readRequired("Verkauf", heading, YES);
      expect(refused(r)).toEqual([]);
      expect(r.ledger.deliveries).toHaveLength(YES.length);
    });
    it("anything else: refused as unclear", () => {
      const r = readRequired("Verkauf", heading, OTHER);
      expect(refused(r)).toEqual(OTHER.map((_, i) => [`F${i + 2}`, "sold-sd-status-unread"]));
    });
    it("on a sale not sustainable, and on receipts, says nothing", () => {
      expect(refused(readRequired("Verkauf", heading, [...NO, ...OTHER], "nein"))).toEqual([]);
      const receipts = readRequired("Wareneingang", heading, [...NO, ...YES, ...OTHER]);
      expect(refused(receipts)).toEqual([]);
      expect(receipts.ledger.receipts).toHaveLength(NO.length + YES.length + OTHER.length);
    });
  },
);

// ("mit SD" holding words of no answer, or a number, is read as the SD number column and refused
// there as no SD number, invalid-value: not silent either)
it('a sales column "mit SD": no refused as sold without an SD, yes or blank declared', () => {
  const r = readRequired("Verkauf", "mit SD", [...NO, ...YES]);
  expect(refused(r)).toEqual(NO.map((_, i) => [`F${i + 2}`, "sold-without-sd"]));
  expect(r.ledger.deliveries).toHaveLength(YES.length);
});
