// (brk27 S9) A GHG total typed 0 on a row whose components do not explain it (none, or all 0) was
// declared as E = 0, a saving of 100 %, without a word: 0 is how staff often type "not given".
// E = 0 needs savings (esca, eccs, eccr) or a carbon stock gain (el) offsetting the emissions. Now
// such a total is refused at its cell (invalid-number, reason ghg-total-zero) and the receipt's
// credit is unknown. Must not change: a total of 0 the components make up, a negative total
// (a manure default has no components), a blank total, a real total.
import { runEngine } from "../../../src/engine";
import { ledger, sale, uco } from "../build";

type Values = Record<string, string>;

/** One receipt of 100 t UCO with GHG values `ghg`, a delivery of 40 t: "refused" or the totals declared. */
function outcome(ghg: Values, cell = "Receipts!N2"): string {
  const r = runEngine(
    ledger({
      receipts: [uco("2025-01-05", "100", "IN-1", { ghg })],
      deliveries: [sale("2025-02-10", "40")],
    }),
  );
  const zero = r.findings.filter(
    (f) => f.code === "invalid-number" && (f.details as { reason?: string }).reason === "ghg-total-zero",
  );
  if (zero.length > 0) {
    expect(zero.map((f) => [f.severity, `${f.sheet}!${f.cell}`])).toEqual([["error", cell]]);
    expect(zero[0]?.message).toContain("not given");
    expect(r.declarations.filter((d) => d.status === "new")).toEqual([]);
    expect(r.balances.every((b) => !b.complete)).toBe(true);
    return "refused";
  }
  return r.declarations
    .filter((d) => d.status === "new")
    .flatMap((d) => d.ghg ?? [])
    .map((g) => g.total)
    .join(",");
}

const U = { unit: "g CO2eq/MJ" };
const ROWS: [string, Values, string][] = [
  // refused: a 0 nothing explains
  ["0 alone", { total: "0", ...U }, "refused"],
  ["0.00 alone", { total: "0.00", ...U }, "refused"],
  ["0 with a method", { total: "0", method: "TDV", ...U }, "refused"],
  ["0 beside components all 0", { total: "0", eec: "0", ep: "0", etd: "0", ...U }, "refused"],
  ["0 in kg CO2eq/GJ", { total: "0", unit: "kg CO2eq/GJ" }, "refused"],
  // must not change
  ["0 made up by esca", { total: "0", eec: "10", ep: "5", esca: "15", ...U }, "0"],
  ["0 made up by a negative el", { total: "0", eec: "10", el: "-12", etd: "2", ...U }, "0"],
  ["a negative total (manure default)", { total: "-100", method: "TDV", ...U }, "-100"],
  ["a real total", { total: "30", ...U }, "30"],
  ["a small real total", { total: "0.5", ...U }, "0.5"],
];

it.each(ROWS)("%s", (_, ghg, expected) => expect(outcome(ghg)).toBe(expected));

// (h-ghg3) components typed with no total, all 0 (or one typed 0, the rest blank): E would be 0,
// which nothing explains, as a total of 0 alone; refused at the first component typed (eec in S,
// el in T, ep in U, etd in V). Must not change: a sum of 0 made up by a credit or el, a sum not 0,
// a negative sum from credits, a 0 component beside others not 0.
/** label, GHG values, outcome, the refusal's cell ("-" where none) */
const COMPONENTS: [string, Values, string, string][] = [
  ["eec 0 alone", { eec: "0", ...U }, "refused", "Receipts!S2"],
  ["ep 0.0 alone", { ep: "0.0", ...U }, "refused", "Receipts!U2"],
  ["eec, ep, etd all 0", { eec: "0", ep: "0", etd: "0", ...U }, "refused", "Receipts!S2"],
  [
    "all eight 0",
    { eec: "0", el: "0", ep: "0", etd: "0", eu: "0", esca: "0", eccs: "0", eccr: "0", ...U },
    "refused",
    "Receipts!S2",
  ],
  ["el and etd 0 with a method", { el: "0", etd: "0", method: "DDV", ...U }, "refused", "Receipts!T2"],
  ["components 0 in kg CO2eq/GJ", { eec: "0", ep: "0", unit: "kg CO2eq/GJ" }, "refused", "Receipts!S2"],
  ["components 0 per tonne", { eec: "0", unit: "kg CO2eq/t" }, "refused", "Receipts!S2"],
  // must not change
  ["a sum of 0 made up by esca", { eec: "10", ep: "5", esca: "15", ...U }, "0", "-"],
  ["a sum of 0 made up by eccs", { eec: "8", etd: "2", eccs: "10", ...U }, "0", "-"],
  ["a sum of 0 made up by eccr", { ep: "3", eccr: "3", ...U }, "0", "-"],
  ["a sum of 0 made up by a negative el", { eec: "10", el: "-12", etd: "2", ...U }, "0", "-"],
  ["a negative sum from credits", { eec: "5", esca: "30", ...U }, "-25", "-"],
  ["a credit alone", { eccs: "12", ...U }, "-12", "-"],
  ["a sum not 0 beside a 0", { eec: "0", ep: "7.5", etd: "0", ...U }, "7.5", "-"],
  ["a sum not 0", { eec: "10", ep: "4", etd: "1.2", ...U }, "15.2", "-"],
];

it.each(COMPONENTS)("components: %s", (_, ghg, expected, cell) => expect(outcome(ghg, cell)).toBe(expected));

it("components all 0 are refused in the total's words, as a 0 nothing explains", () => {
  const r = runEngine(
    ledger({
      receipts: [uco("2025-01-05", "100", "IN-1", { ghg: { eec: "0", ep: "0", ...U } })],
      deliveries: [sale("2025-02-10", "40")],
    }),
  );
  const f = r.findings.find((x) => (x.details as { reason?: string }).reason === "ghg-total-zero");
  expect(f?.message).toContain("every component typed is 0");
  expect(f?.details).toMatchObject({ field: "ghg.eec", value: "0" });
});

it("a blank total is not refused as 0 (held as missing, as before)", () => {
  expect(outcome({ ...U })).not.toBe("refused");
});
