// (p-misc) The sustainable part beside the quantity in the six languages of the books: read as the
// sustainable part, as "davon nachhaltig (t)" and "of which sustainable" are, never as a second
// quantity refused as disagreeing with the first ("Quantité durable (t)" 60 beside "Quantité (t)" 100
// was quantity-columns-disagree, "make them agree"), and a share never left unread ("Part durable
// (%)" was not mapped at all, and its deliveries were declared whole).
import { readWorkbook } from "../../../src/workbook/read";
import type { CellValue } from "../../../src/workbook/port";
import { serial, sheet } from "../fixtures";

const D = serial("2026-01-05");

/** The spellings of the part, by language: [heading, value, the part read]. */
const PARTS: [string, CellValue, string][] = [
  // de, en (read so before)
  ["davon nachhaltig (t)", 60, "60 t"],
  ["Nachhaltige Menge (t)", 60, "60 t"],
  ["of which sustainable (t)", 60, "60 t"],
  ["Sustainable quantity (t)", 60, "60 t"],
  ["Nachhaltiger Anteil (%)", 60, "60 %"],
  // fr
  ["Quantité durable (t)", 60, "60 t"],
  ["dont durable (t)", 60, "60 t"],
  ["dont durable", 60, "60"],
  ["Volume durable (t)", 60, "60 t"],
  ["Part durable (%)", 60, "60 %"],
  ["Pourcentage durable", "60 %", "60 %"],
  ["Quantité certifiée (t)", 60, "60 t"],
  // es
  ["Cantidad sostenible (t)", 60, "60 t"],
  ["de los cuales sostenible (t)", 60, "60 t"],
  ["de los cuales sostenible", 60, "60"],
  ["Porcentaje sostenible (%)", 60, "60 %"],
  ["Cantidad certificada (t)", 60, "60 t"],
  // nl
  ["Duurzame hoeveelheid (t)", 60, "60 t"],
  ["waarvan duurzaam (t)", 60, "60 t"],
  ["waarvan duurzaam", 60, "60"],
  ["Aandeel duurzaam (%)", 60, "60 %"],
  ["Gecertificeerde hoeveelheid (t)", 60, "60 t"],
  // it
  ["Quantità sostenibile (t)", 60, "60 t"],
  ["di cui sostenibile (t)", 60, "60 t"],
  ["di cui sostenibile", 60, "60"],
  ["Quota sostenibile (%)", 60, "60 %"],
  ["Quantità certificata (t)", 60, "60 t"],
];

/** Deliveries of 100 t with `heading` beside the quantity. */
function deliveries(heading: string, value: CellValue) {
  const rows: CellValue[][] = [
    ["Date", "Customer", "Customer address", "Product", "Quantity (t)", heading],
    [D, "C1 AG", "Hafenstr. 1, Hamburg", "UCO", 100, value],
  ];
  return readWorkbook({ name: "books.xlsx", sheets: [sheet("Sales", rows)] });
}

describe("the sustainable part in six languages", () => {
  it.each(PARTS)("%s (%s) is the sustainable part: %s", (heading, value, want) => {
    const r = deliveries(heading, value);
    expect(r.sheets[0]?.columns.sustainablePart).toBe("F");
    expect(r.findings.map((f) => f.code)).toEqual([]);
    const d = r.ledger.deliveries[0]!;
    expect(`${d.sustainablePart}${d.sustainablePartUnit ? ` ${d.sustainablePartUnit}` : ""}`).toBe(want);
  });

  it.each([
    "dont durable (t)",
    "de los cuales sostenible (t)",
    "waarvan duurzaam (t)",
    "di cui sostenibile (t)",
  ])("on a production sheet, %s is the sustainable input", (heading) => {
    const rows: CellValue[][] = [
      ["Date", "Input product", "Input quantity (t)", heading, "Output product", "Output quantity (t)"],
      [D, "Rapeseed", 1000, 400, "Rapeseed oil", 400],
    ];
    const r = readWorkbook({ name: "books.xlsx", sheets: [sheet("Production", rows)] });
    expect(r.sheets[0]?.columns.sustainableInputQuantity).toBe("D");
  });

  it.each([
    "Quantité non durable (t)",
    "de los cuales no sostenible (t)",
    "waarvan niet duurzaam (t)",
    "di cui non sostenibile (t)",
  ])("the negated %s is never the part", (heading) => {
    expect(deliveries(heading, 40).sheets[0]?.columns.sustainablePart).toBeUndefined();
  });
});
