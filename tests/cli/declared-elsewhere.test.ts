// (p-folder) The folder scan compares deliveries, not only numbers (src/cli/declared-elsewhere.ts):
// a new declaration of this run for a delivery that a copy beside declared, by the register's
// identity (date, customer, product, site, quantity; 1 t and 1000 kg alike, the customer's case and
// legal suffix aside), stops the run; a delivery that differs in one of those values, a declaration
// withdrawn there, and the same declaration written into a second file do not. Before, only a
// number issued there stopped it: the same delivery under another number was declared twice.
import fc from "fast-check";
import { declaredAgain, refuseDeliveriesDeclaredElsewhere } from "../../src/cli/declared-elsewhere";
import { issuedIn } from "../../src/cli/other-copies";
import { runEngine } from "../../src/engine";
import { ledger, registerOf, sale, uco } from "../engine/build";

// every row at a named site, so a row at another site is read too (site-not-listed refuses a blank one beside them)
const receipts = [
  uco("2025-01-05", "1000", "IN-1", { site: "Hamburg" }),
  uco("2025-01-05", "1000", "IN-2", { product: "POME", site: "Hamburg" }),
  uco("2025-01-05", "1000", "IN-3", { site: "Kiel" }),
];
type Sale = ReturnType<typeof sale>;
/** A sale of UCO to Fuel AG from the Hamburg site, as tests/engine/build's sale. */
const at = (date: string, quantity: string, extra: Partial<Sale> = {}): Sale =>
  sale(date, quantity, { site: "Hamburg", ...extra });

/** The declarations a run issues for `deliveries`, numbered with the prefix `prefix`. */
const declared = (deliveries: Sale[], prefix: string) =>
  runEngine(ledger({ receipts, deliveries, settings: { sdPrefix: prefix } }), { today: "2025-04-15" })
    .declarations;

/** The register of a copy a.xlsx beside, declared from `deliveries` ("ON-…"), as the folder scan reads it. */
function beside(deliveries: Sale[], status = "Issued") {
  return registerOf(declared(deliveries, "ON")).map((e, i) =>
    issuedIn(
      "a.xlsx",
      { ...e, status, source: { sheet: "MB Declarations", row: i + 2, cells: { number: `A${i + 2}` } } },
      "same",
    ),
  );
}

const FUEL = at("2025-02-01", "10");

describe("the same delivery in another copy's register (declaredAgain)", () => {
  it.each<[string, Sale]>([
    ["the very row", FUEL],
    ["in kg", at("2025-02-01", "10000", { unit: "kg" })],
    ["the customer in capitals, with spaces", at("2025-02-01", "10", { customer: "  FUEL AG " })],
    ["the product in lower case", at("2025-02-01", "10", { product: "uco" })],
    ["the quantity with trailing zeros", at("2025-02-01", "10.000")],
  ])("%s: refused, naming the copy, its cell and its number", (_, here) => {
    const mine = declared([here], "OX");
    const again = declaredAgain(mine, beside([FUEL]));
    expect(again.map(([d, e]) => [d.number, e.file, e.number, e.cell])).toEqual([
      ["OX-2025-0001", "a.xlsx", "ON-2025-0001", "A2"],
    ]);
    expect(() => refuseDeliveriesDeclaredElsewhere(mine, beside([FUEL]), "b.xlsx")).toThrow(
      /Deliveries row 2 \(.*UCO to .*FUEL AG.*, dispatched 2025-02-01\) is already declared in a\.xlsx as ON-2025-0001 \('MB Declarations'!A2\), and this run would issue OX-2025-0001 for it.*Declare into that copy \(--out "a\.xlsx" --force\).*nothing was written to b\.xlsx/i,
    );
  });

  it.each<[string, Sale]>([
    ["dispatched a day later", at("2025-02-02", "10")],
    ["to another customer", at("2025-02-01", "10", { customer: "Nordic Oy" })],
    ["of another product", at("2025-02-01", "10", { product: "POME" })],
    ["of another quantity", at("2025-02-01", "12")],
    ["from another site", at("2025-02-01", "10", { site: "Kiel" })],
  ])("%s: another delivery, allowed", (_, here) => {
    const mine = declared([here], "OX");
    expect(mine.map((d) => [d.number, d.status])).toEqual([["OX-2025-0001", "new"]]);
    expect(declaredAgain(mine, beside([FUEL]))).toEqual([]);
  });

  it("a declaration withdrawn there declares nothing; the same declaration written again is no second one", () => {
    expect(declaredAgain(declared([FUEL], "OX"), beside([FUEL], "Cancelled"))).toEqual([]);
    expect(declaredAgain(declared([FUEL], "ON"), beside([FUEL]))).toEqual([]);
  });

  it("identical deliveries: one declared there makes a new one of them here a possible second declaration", () => {
    const again = declaredAgain(declared([FUEL, FUEL], "OX"), beside([FUEL]));
    expect(again.map(([d, e]) => [d.number, e.number])).toEqual([["OX-2025-0001", "ON-2025-0001"]]);
  });

  // the rule as a property: over deliveries drawn from a few that differ in one value each, this
  // run is stopped exactly for the new ones whose delivery is declared there
  it("property: refused exactly for the deliveries the copy beside declared", () => {
    const pool: Sale[] = [
      FUEL,
      at("2025-02-02", "10"),
      at("2025-02-01", "10", { customer: "Nordic Oy" }),
      at("2025-02-01", "12"),
    ];
    const pick = fc.uniqueArray(fc.integer({ min: 0, max: pool.length - 1 }), { minLength: 1 });
    fc.assert(
      fc.property(pick, pick, (there, here) => {
        const again = declaredAgain(
          declared(
            here.map((i) => pool[i]!),
            "OX",
          ),
          beside(there.map((i) => pool[i]!)),
        );
        const expected = here.filter((i) => there.includes(i)).length;
        expect(again).toHaveLength(expected);
      }),
      { numRuns: 60 },
    );
  });
});
