// (brk27 L2) A deliveries sheet's "Chain of custody" column is read row by row: every SD states
// "Mass balance", so a delivery sold as segregated, identity preserved, book and claim or controlled
// blending (or whose value is unclear) is refused at its cell and its declaration held back; a row
// saying mass balance (de/en/fr/it/es/nl/pl) or a blank one is declared as before, and so is a book
// without the column.
import { DELIVERY_COLUMNS } from "../../../src/books";
import type { EngineResult } from "../../../src/engine";
import { chainOfCustody } from "../../../src/workbook/coc-cells";
import type { CellValue } from "../../../src/workbook/port";
import { serial } from "../fixtures";
import { FACTS, runBooks } from "./subtotal-fixtures";

describe("what a chain of custody cell says", () => {
  it.each([
    ["Mass balance", "mass balance"],
    ["Mass Balance (MB)", "mass balance"],
    ["MB", "mass balance"],
    ["Massenbilanz", "mass balance"],
    ["Bilan massique", "mass balance"],
    ["Bilancio di massa", "mass balance"],
    ["Balance de masas", "mass balance"],
    ["Massabalans", "mass balance"],
    ["Bilans masy", "mass balance"],
    ["Physical segregation", "physical segregation"],
    ["Segregation", "physical segregation"],
    ["Physische Trennung", "physical segregation"],
    ["Ségrégation physique", "physical segregation"],
    ["Segregazione", "physical segregation"],
    ["Segregación física", "physical segregation"],
    ["Gescheiden", "physical segregation"],
    ["Segregacja", "physical segregation"],
    ["Identity preserved", "identity preserved"],
    ["Identidad preservada", "identity preserved"],
    ["Book and claim", "book and claim"],
    ["Book & Claim", "book and claim"],
    ["Controlled blending", "controlled blending"],
    ["Kontrollierte Mischung", "controlled blending"],
    ["ja", ""],
    ["MB / Segregation", ""],
    ["?", ""],
  ])("%s: %s", (typed, says) => {
    expect(chainOfCustody(typed)).toBe(says);
  });
});

const RECEIPTS: CellValue[][] = [
  [serial("2025-01-08"), "A GmbH", "EU-ISCC-Cert-DE100-1", "SD-1", "UCO", 100, ...FACTS],
];
const sale = (day: string, q: number, ...coc: CellValue[]): CellValue[] => [
  serial(day),
  "Kunde AG",
  "Industriestr. 5, 46049 Oberhausen",
  "EU-ISCC-Cert-DE100-20002",
  "UCO",
  q,
  "yes",
  ...coc,
];
const WITH = [...DELIVERY_COLUMNS, "Chain of custody"];
const issued = (r: EngineResult) =>
  r.declarations.map((d) => `${d.quantity} ${d.status}`).sort((a, b) => a.localeCompare(b));
const refusals = (r: EngineResult) =>
  r.findings
    .filter((f) => (f.details as { reason?: string } | undefined)?.reason === "chain-of-custody")
    .map((f) => `${f.cell} ${f.severity}`);

describe("a delivery's chain of custody", () => {
  it.each([
    ["Physical segregation"],
    ["Segregación"],
    ["Book and claim"],
    ["Identity preserved"],
    ["weiß nicht"],
  ])("%s: refused at its cell, its declaration held, the others issued", async (coc) => {
    const r = await runBooks(
      RECEIPTS,
      [sale("2025-02-01", 10, "Mass balance"), sale("2025-02-02", 20, coc), sale("2025-02-03", 30, "")],
      WITH,
      true,
    );
    expect(refusals(r)).toEqual(["H3 error"]);
    expect(issued(r)).toEqual(["10 new", "20 blocked", "30 new"]);
    expect(r.balances.find((b) => b.product === "UCO")).toMatchObject({ delivered: "60" });
  });

  // books that must not change
  it.each([["Massenbilanz"], ["bilancio di massa"], ["Bilans masy"]])("%s: declared", async (coc) => {
    const r = await runBooks(RECEIPTS, [sale("2025-02-01", 10, coc)], WITH, true);
    expect(refusals(r)).toEqual([]);
    expect(issued(r)).toEqual(["10 new"]);
  });

  it("a book without the column: declared", async () => {
    const r = await runBooks(RECEIPTS, [sale("2025-02-01", 10)], DELIVERY_COLUMNS, true);
    expect(refusals(r)).toEqual([]);
    expect(issued(r)).toEqual(["10 new"]);
  });
});
