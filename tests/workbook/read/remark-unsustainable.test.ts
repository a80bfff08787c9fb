// (p-remarks2) Remarks that say what a row is, in de, en, fr, es, it and nl
// (workbook/remark-denials.ts, declared-row.ts receiptDeclared, proof-missing.ts pieces):
// - a receipt with an SD number remarked "nicht nachhaltig", "conventional", "fossil", "non
//   certifié": before, credited as sustainable; now refused at its remark
//   (received-not-sustainable). Beside a Sustainable "nein" the remark agrees: nothing said.
// - a lone "nicht nachhaltig" on a sales sheet with no Sustainable column, its other remarks of
//   other things: before, declared; now refused at its remark (sold-without-sd).
// - "SD erhalten und Rechnung fehlt", "SD ok - Rechnung fehlt", "PoS received and invoice
//   missing": before, refused as a proof missing; now read clause by clause, the receipt credited.
import fc from "fast-check";
import type { Finding } from "../../../src/engine/result";
import type { CellValue } from "../../../src/workbook/port";
import { proofSaid } from "../../../src/workbook/proof-missing";
import { readWorkbook } from "../../../src/workbook/read";
import { remarkDenial } from "../../../src/workbook/remark-denials";
import { serial, sheet } from "../fixtures";
import { readTwoReceipts } from "./remark-rows";

/** Remarks that say the row's material is not sustainable, by language. */
const UNSUSTAINABLE: Record<string, string[]> = {
  de: ["nicht nachhaltig", "Ware nicht nachhaltig", "konventionell", "fossil", "nicht zertifiziert"],
  en: ["not sustainable", "non-sustainable", "conventional", "fossil", "uncertified material"],
  fr: ["non durable", "conventionnel", "non certifié", "fossile"],
  es: ["no sostenible", "convencional", "fósil"],
  it: ["non sostenibile", "convenzionale", "fossile"],
  nl: ["niet duurzaam", "conventioneel", "fossiel"],
};

/** Remarks that say nothing against a sustainable reading. */
const NOTHING_AGAINST = [
  "nachhaltig",
  "LKW 12",
  "Tank 3",
  "fossilfrei",
  "non fossile",
  "Rechnung 4711",
  "ISCC EU",
];

/** A proof there, and another document missing, the clauses joined by a word or a dash. */
const JOINED: Record<string, string[]> = {
  de: ["SD erhalten und Rechnung fehlt", "SD ok - Rechnung fehlt", "SD liegt vor und Wiegeschein folgt noch"],
  en: ["PoS received and invoice missing", "PoS ok - CMR to follow", "PoS received but invoice missing"],
  fr: ["DD reçue et facture manquante", "PdD ok - facture manquante"],
  es: ["PoS recibido y falta factura", "PoS ok - falta albarán"],
  it: ["SD ricevuta e fattura mancante", "PoS ok e manca il DDT"],
  nl: ["SD ontvangen en factuur ontbreekt", "SD ok - weegbon volgt"],
};

/** Joined clauses that still say the proof is missing. */
const JOINED_MISSING = [
  "SD und Rechnung fehlen",
  "Rechnung fehlt und SD auch",
  "SD nicht ok und Rechnung fehlt",
  "invoice and PoS missing",
  "Rechnung erhalten und SD fehlt",
  "facture reçue et DD manquante",
  "SD - offen",
  "PdD reçue en attente",
];

const flat = (table: Record<string, string[]>) =>
  Object.entries(table).flatMap(([lang, list]) => list.map((t) => [lang, t] as const));

const refusals = (findings: Finding[]) =>
  findings
    .filter((f) => f.code === "row-unconfirmed")
    .map((f) => `${f.cell} ${f.details && "reason" in f.details ? String(f.details.reason) : ""}`);

/** Receipts of 100 t and 40 t with SD numbers, the 40 t one remarked `remark`; `flag`: a Sustainable column. */
const readReceipts = (remark: string, flag?: [string, string]) => readTwoReceipts("Remarks", remark, flag);

/** A sales sheet with no Sustainable column: four sales, their remarks of other things, the third `remark`. */
function readSales(remark: string) {
  const rows: CellValue[][] = [["Date", "Customer", "Product", "Quantity (t)", "Remarks"]];
  ["LKW 12", "Tank 3", remark, "Rechnung 4711"].forEach((r, i) =>
    rows.push([serial(`2025-02-1${i}`), "Fuel AG", "UCO", 10 + i, r]),
  );
  return readWorkbook({ name: "books.xlsx", sheets: [sheet("Sales", rows)] });
}

describe("a remark that says the material is not sustainable", () => {
  it.each(flat(UNSUSTAINABLE))("%s %j on a receipt with an SD number: refused at its remark", (_, text) => {
    expect(remarkDenial(text, true, () => "yes")).toBe("received-not-sustainable");
    const got = readReceipts(text);
    // was: no finding, both receipts credited
    expect(refusals(got.findings)).toEqual(["F3 received-not-sustainable"]);
    expect(got.ledger.receipts.map((r) => r.quantity)).toEqual(["100"]);
  });

  it.each(flat(UNSUSTAINABLE))(
    '%s %j beside Sustainable "no": the remark agrees, nothing refused',
    (_, text) => {
      expect(remarkDenial(text, true, () => "no")).toBeNull();
      expect(refusals(readReceipts(text, ["yes", "no"]).findings)).toEqual([]);
    },
  );

  it.each(flat(UNSUSTAINABLE))('%s %j beside Sustainable "yes": refused at its remark', (_, text) => {
    expect(refusals(readReceipts(text, ["yes", "yes"]).findings)).toEqual(["G3 received-not-sustainable"]);
  });

  it.each(flat(UNSUSTAINABLE))(
    "%s %j alone on a sales sheet with no Sustainable column: never declared",
    (_, text) => {
      expect(remarkDenial(text, false, () => "sheet")).toBe("sold-without-sd");
      const got = readSales(text);
      // was: read, and declared with the other three
      expect(refusals(got.findings)).toEqual(["E4 sold-without-sd"]);
      expect(got.ledger.deliveries.map((d) => d.quantity)).toEqual(["10", "11", "13"]);
    },
  );

  it.each(NOTHING_AGAINST)("%j says nothing against a sustainable reading", (text) => {
    expect(remarkDenial(text, true, () => "yes")).toBeNull();
    expect(remarkDenial(text, false, () => "sheet")).toBeNull();
  });

  it("with a quantity beside it, the words say a part: part-sustainable on either side", () => {
    expect(remarkDenial("40 t nicht nachhaltig", true)).toBe("part-sustainable");
    expect(remarkDenial("40 t not sustainable", false, () => "sheet")).toBe("part-sustainable");
  });
});

describe("clauses joined by a word or a dash", () => {
  it.each(flat(JOINED))("%s %j: another document missing, the receipt credited", (_, text) => {
    // was: "missing", the receipt refused at its remark
    expect(proofSaid(text)).toBeNull();
    expect(remarkDenial(text, true)).toBeNull();
    expect(refusals(readReceipts(text).findings)).toEqual([]);
  });

  it.each(JOINED_MISSING)("%j: the proof missing all the same", (text) => {
    expect(proofSaid(text)).toBe("missing");
    expect(remarkDenial(text, true)).toBe("proof-missing");
  });

  const came = fc.constantFrom(
    "SD erhalten",
    "PoS received",
    "DD reçue",
    "PoS recibido",
    "SD ricevuta",
    "SD ontvangen",
    "SD ok",
  );
  const other = fc.constantFrom(
    "Rechnung fehlt",
    "invoice missing",
    "facture manquante",
    "falta factura",
    "manca la fattura",
    "factuur ontbreekt",
    "CMR to follow",
  );
  const missing = fc.constantFrom(
    "SD fehlt",
    "PoS missing",
    "DD manquante",
    "falta PoS",
    "manca la PoS",
    "SD ontbreekt",
    "SD folgt",
  );
  const join = fc.constantFrom(" und ", " and ", " et ", " y ", " e ", " en ", " - ", " but ", ", ");

  it("a proof that has come, joined to another document missing, is no proof missing", () =>
    fc.assert(fc.property(came, join, other, (a, j, b) => proofSaid(`${a}${j}${b}`) === null)));

  it("a proof missing, joined before or after anything, is missing", () =>
    fc.assert(
      fc.property(
        fc.oneof(came, other),
        join,
        missing,
        fc.boolean(),
        (a, j, m, first) => proofSaid(first ? `${m}${j}${a}` : `${a}${j}${m}`) === "missing",
      ),
    ));
});
