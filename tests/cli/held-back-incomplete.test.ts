// A delivery held back because what it says cannot be read (an unmapped Sustainable yes/no column,
// a heading that negates Sustainable) makes the balance of the account it would draw on
// incomplete, through the real massbal declare on a real .xlsx: the credit it may need is never
// declared to another delivery, and the balance never reads complete (domain.md §4, first law).
// It was: the held delivery's account read complete, and a delivery on another sheet was declared
// the credit the held one might need.
import { ISSUING_RECEIPT_HEADER, issuingReceipt as receipt, type BookCell as Cell } from "../../src/books";
import { declareBook, deliveryHeader, sale } from "./sd-books";
import { freshFolderPerTest } from "./run-massbal";
import { NEGATED_PAIRS } from "../workbook/negated-spellings";

jest.setTimeout(180_000);

const folder = freshFolderPerTest();

/** A sheet of sales of rapeseed oil without a Sustainable column: 60 t answered `no`, 30 t `yes` under `heading`. */
const held = (heading: string, no: string, yes: string): Cell[][] => {
  const header = deliveryHeader().filter((h) => h !== "Sustainable" && h !== "SD number");
  const row = (date: string, qty: number, answer: string) => [
    ...sale(date, qty, null).filter((c) => c !== "yes" && c !== null),
    answer,
  ];
  return [[...header, heading], row("2025-02-10", 60, no), row("2025-02-11", 30, yes)];
};

describe("a delivery held back for its meaning: its account's balance is incomplete", () => {
  it.each([
    // an unmapped yes/no column (unmapped-sustainable.ts)
    ["Remarque", "non", "oui"],
    ["Bemerkung", "nein", "ja"],
    ["Remark", "no", "yes"],
    ["Opmerking", "nee", "ja"],
    ["Observaciones", "no", "sí"],
    ["Osservazioni", "no", "sì"],
    // a heading that negates Sustainable (negated-headings.ts)
    ["Nicht nachhaltig", "ja", "nein"],
    ["Non durable", "oui", "non"],
    ["Not sustainable", "yes", "no"],
    ["Niet duurzaam", "ja", "nee"],
    ["No sostenible", "sí", "no"],
    ["Non sostenibile", "sì", "no"],
  ])("%s (%s/%s): no other delivery is declared its credit", async (heading, no, yes) => {
    const report = await declareBook(folder.path, {
      Receipts: [ISSUING_RECEIPT_HEADER, receipt("2025-01-05", "IN-1", 100, 30)],
      Deliveries: [deliveryHeader(), sale("2025-02-05", 50, null)],
      Verkäufe: held(heading, no, yes),
    });
    const said = report.findings.filter((f) => f.code === "mapping-uncertain" && f.sheet === "Verkäufe");
    expect(said.map((f) => [f.severity, f.cell])).toEqual([["error", "F1"]]);
    expect(said[0]?.message).toContain("the balances they draw on are incomplete");

    const oil = report.balances.filter((b) => b.product === "Rapeseed oil");
    expect(oil.length).toBeGreaterThan(0);
    expect(oil.every((b) => !b.complete)).toBe(true);
    expect(report.declarations.filter((x) => x.status === "new" || x.status === "issued")).toEqual([]);
  });
});

describe("every negated heading of a deliveries sheet is said at its own heading", () => {
  it.each(NEGATED_PAIRS)("%s and %s: an error at each, nothing declared", async (a, b) => {
    const sheet = held(a, "ja", "nein").map((r, i) => [...r, i === 0 ? b : "nein"]);
    const report = await declareBook(folder.path, {
      Receipts: [ISSUING_RECEIPT_HEADER, receipt("2025-01-05", "IN-1", 100, 30)],
      Verkäufe: sheet,
    });
    const said = report.findings.filter((f) => f.code === "mapping-uncertain");
    expect(said.map((f) => [f.severity, f.sheet, f.cell])).toEqual([
      ["error", "Verkäufe", "F1"],
      ["error", "Verkäufe", "G1"],
    ]);
    expect(report.declarations.filter((x) => x.status === "new" || x.status === "issued")).toEqual([]);
  });
});

// (p-held) "ISCC compliant" beside no Sustainable column was read as the Sustainable yes/no: its
// "no" (which denies a claim, not that the delivery is sustainable: iscc-rules.md §2, §5.2) was
// never declared, its "yes" declared with the default claim, unlike "EU RED konform", refused.
describe("a heading of compliance beside no Sustainable column is a claim kept as yes/no", () => {
  it.each([
    ["ISCC compliant", "no", "yes"],
    ["ISCC compliant (Y/N)", "N", "Y"],
    ["ISCC compliant material", "no", "yes"],
    ["EU RED compliant", "no", "yes"],
    ["ISCC konform", "nein", "ja"],
    ["ISCC-konform (ja/nein)", "nein", "ja"],
    ["conforme ISCC", "non", "oui"],
    ["Conforme ISCC (sí/no)", "no", "sí"],
    ["ISCC-conform", "nee", "ja"],
    ["conforme ISCC", "no", "sì"],
  ])("%s (%s/%s): refused at its heading, nothing declared", async (heading, no, yes) => {
    const report = await declareBook(folder.path, {
      Receipts: [ISSUING_RECEIPT_HEADER, receipt("2025-01-05", "IN-1", 100, 30)],
      Verkäufe: held(heading, no, yes),
    });
    const said = report.findings.filter((f) => f.code === "mapping-uncertain");
    expect(said.map((f) => [f.severity, f.sheet, f.cell])).toEqual([["error", "Verkäufe", "F1"]]);
    expect(said[0]?.message).toContain("about compliance");
    expect(said[0]?.message).toContain('Add a column headed "Claim"');
    expect(report.sheets.find((s) => s.name === "Verkäufe")?.columns.sustainable).toBeUndefined();
    expect(report.balances.filter((b) => b.product === "Rapeseed oil").every((b) => !b.complete)).toBe(true);
    expect(report.declarations.filter((x) => x.status === "new" || x.status === "issued")).toEqual([]);
  });
});

// (p-held) A part or share headed without a unit or % was read as a quantity ("Part durable" 40
// beside 50 t: 40 t declared) or as a percentage ("Sustainable share" 40: 20 t declared): the
// row's quantity cannot tell 40 t from 40 %, so a plain number is refused at its cell, the
// delivery not declared and the balance it draws on incomplete.
describe("a part or share headed without unit or %: a plain number is refused at its cell", () => {
  it.each([
    ["Part durable", 40],
    ["Part durable", 0.4],
    ["Sustainable part", 40],
    ["Sustainable share", 40],
    ["Anteil nachhaltig", 40],
    ["Nachhaltiger Anteil", 0.4],
    ["Parte sostenible", 40],
    ["Cuota sostenible", 40],
    ["Aandeel duurzaam", 40],
    ["Quota sostenibile", 40],
    ["Parte sostenibile", 0.4],
  ])("%s %s beside 50 t: refused, nothing declared, the balance incomplete", async (heading, part) => {
    const report = await declareBook(folder.path, {
      Receipts: [ISSUING_RECEIPT_HEADER, receipt("2025-01-05", "IN-1", 100, 30)],
      Deliveries: [
        deliveryHeader().map((c) => (c === "Sustainable" ? heading : c)),
        sale("2025-02-10", 50, null).map((c, i): Cell => (i === 5 ? part : c)),
      ],
    });
    const said = report.findings.filter((f) => f.code === "invalid-value");
    expect(said.map((f) => [f.severity, f.sheet, f.cell])).toEqual([["error", "Deliveries", "F2"]]);
    expect(said[0]?.message).toContain("write the unit or % in the heading");
    expect(report.balances.filter((b) => b.product === "Rapeseed oil").every((b) => !b.complete)).toBe(true);
    expect(report.declarations.filter((x) => x.status === "new" || x.status === "issued")).toEqual([]);
  });

  it.each([
    ["Part durable (%)", 40, "20"],
    ["Part durable (t)", 20, "20"],
    ["Sustainable share", "40 %", "20"],
    ["Anteil nachhaltig", "20 t", "20"],
  ])("%s %s: its unit says it, %s t declared", async (heading, part, declared) => {
    const report = await declareBook(folder.path, {
      Receipts: [ISSUING_RECEIPT_HEADER, receipt("2025-01-05", "IN-1", 100, 30)],
      Deliveries: [
        deliveryHeader().map((c) => (c === "Sustainable" ? heading : c)),
        sale("2025-02-10", 50, null).map((c, i): Cell => (i === 5 ? part : c)),
      ],
    });
    expect(report.declarations.map((d) => [d.status, d.quantity])).toEqual([["new", declared]]);
  });
});

// (p-bars) The first negated heading used to stand for the unmapped Sustainable column, so an
// unmapped yes/no column beside a negated heading was never said: each is said at its own
// heading, in either order.
describe("a negated heading and an unmapped Sustainable yes/no column, in either order", () => {
  it.each([
    ["Nicht nachhaltig", "ja", "Bemerkung", "nein"],
    ["Bemerkung", "nein", "Nicht nachhaltig", "ja"],
    ["nachhaltig: nein (t)", "20", "Remarque", "non"],
    ["Remarque", "non", "nachhaltig: nein (t)", "20"],
  ])("%s (%s) then %s (%s): an error at F1 and at G1, nothing declared", async (a, x, b, y) => {
    const sheet = held(a, x, x).map((r, i) => [...r, i === 0 ? b : y]);
    const report = await declareBook(folder.path, {
      Receipts: [ISSUING_RECEIPT_HEADER, receipt("2025-01-05", "IN-1", 100, 30)],
      Verkäufe: sheet,
    });
    // each said at its own heading, in the sheet's order; the account drawn on never reads complete
    const said = report.findings.filter((f) => f.code === "mapping-uncertain" && f.sheet === "Verkäufe");
    expect(said.map((f) => `${f.severity} ${f.cell ?? ""}`)).toEqual(["error F1", "error G1"]);
    expect(report.balances.filter((x) => x.product === "Rapeseed oil").every((x) => !x.complete)).toBe(true);
    expect(report.declarations.filter((x) => x.status === "new" || x.status === "issued")).toEqual([]);
  });
});
