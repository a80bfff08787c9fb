// (p-ghg2, brk14 #4) A receipt's GHG total (E, g CO2eq/MJ) beside components that do not add up to
// it (E = eec + el + ep + etd + eu − esca − eccs − eccr, RED II Annex V Part C point 1), on a row
// that states no method: the total was declared as written, with a warning only. Neither the
// total nor the components can be read as the SD's value, so the values are refused at the
// total's cell and no declaration carries them; the receipt's credit is unknown. Within the
// rounding tolerance of 0.05 (domain.md §6) the total is read; where a method is stated, the
// rules as before (an error for actual values, a warning for the others, the values read).
import fc from "fast-check";
import { runEngine } from "../../../src/engine";
import type { Finding } from "../../../src/engine";

type RunResult = ReturnType<typeof runEngine>;
import { ledger, sale, uco } from "../build";

type Values = Record<string, string>;

/** One receipt of 100 t UCO with GHG values `ghg` as typed, and a delivery of 40 t of it. */
function run(ghg: Values): RunResult {
  return runEngine(
    ledger({
      receipts: [uco("2025-01-05", "100", "IN-1", { ghg })],
      deliveries: [sale("2025-02-10", "40")],
    }),
  );
}

const mismatch = (r: RunResult): Finding[] => r.findings.filter((f) => f.code === "ghg-total-mismatch");
const refusal = (r: RunResult): Finding[] =>
  mismatch(r).filter((f) => (f.details as { field?: string }).field === "ghg.total");

/** What became of the row's values: "refused" at the total's cell, or the total a declaration carries. */
function outcome(r: RunResult): string {
  const refused = refusal(r);
  const declared = r.declarations.filter((d) => d.status === "new");
  if (refused.length > 0) {
    const f = refused[0] as Finding;
    // refused: an error at the total's cell, nothing declared, the account incomplete
    expect([f.severity, `${f.sheet}!${f.cell}`]).toEqual(["error", "Receipts!N2"]);
    expect(declared).toEqual([]);
    expect(r.balances.every((b) => !b.complete)).toBe(true);
    expect(f.message).toContain("credit is unknown");
    return "refused";
  }
  expect(declared.map((d) => d.quantity)).toEqual(["40"]);
  return (declared[0]?.ghg ?? []).map((g) => g.total).join(",");
}

// the full set of an SD with actual values: 20 + 1 + 10 + 2 + 0.5 − 3 − 0.4 − 0.1 = 30
const FULL: Values = {
  eec: "20",
  el: "1",
  ep: "10",
  etd: "2",
  eu: "0.5",
  esca: "3",
  eccs: "0.4",
  eccr: "0.1",
};
const REDUCTIONS = new Set(["esca", "eccs", "eccr"]);
const without = (c: string): Values => Object.fromEntries(Object.entries(FULL).filter(([k]) => k !== c));

describe("a GHG total and its components on a row that states no method", () => {
  it.each<[string, Values, string]>([
    ["the total alone (a default value, no components)", { total: "33" }, "33"],
    ["the components alone: their sum", { ...FULL }, "30"],
    ["the total equal to its components", { ...FULL, total: "30" }, "30"],
    [
      "the total rounded to one decimal (29.95 → 30.0 within 0.05)",
      { ...FULL, eu: "0.45", total: "30" },
      "30",
    ],
    ["the total 0.05 above the sum (the tolerance's edge)", { ...FULL, total: "30.05" }, "30.05"],
    ["the total 0.05 below the sum", { ...FULL, total: "29.95" }, "29.95"],
    ["the total 0.06 above the sum", { ...FULL, total: "30.06" }, "refused"],
    ["the total 0.06 below the sum", { ...FULL, total: "29.94" }, "refused"],
    [
      "brk14 #4: 18 beside eec 0, el 0, ep 5, etd 3 (= 8)",
      { eec: "0", el: "0", ep: "5", etd: "3", total: "18" },
      "refused",
    ],
    [
      "a total below the sum: 3 beside components of 8",
      { eec: "0", el: "0", ep: "5", etd: "3", total: "3" },
      "refused",
    ],
    ["the reductions added, not subtracted (36.5)", { ...FULL, total: "36.5" }, "refused"],
    [
      "components of zero beside a total of 12",
      { eec: "0", el: "0", ep: "0", etd: "0", total: "12" },
      "refused",
    ],
    ["a blank method cell is no method", { ...FULL, total: "35", method: "" }, "refused"],
    ["values per kg CO2eq/GJ (the same number per MJ)", { ...FULL, total: "30", unit: "kg CO2eq/GJ" }, "30"],
    [
      "values per g CO2eq/kWh, compared after converting",
      { ep: "36", etd: "7.2", total: "43.2", unit: "g CO2eq/kWh" },
      "12",
    ],
    [
      "values per g CO2eq/kWh that do not add up",
      { ep: "36", etd: "7.2", total: "50", unit: "g CO2eq/kWh" },
      "refused",
    ],
  ])("%s: %j", (_, ghg, want) => {
    expect(outcome(run(ghg))).toBe(want);
  });

  describe.each(Object.keys(FULL))("the component %s left blank", (c) => {
    const rest = without(c);
    const restSum = REDUCTIONS.has(c) ? 30 + Number(FULL[c]) : 30 - Number(FULL[c]);
    it("a total that counts it (30, the SD's) is refused: the blank may be the slip", () => {
      expect(outcome(run({ ...rest, total: "30" }))).toBe("refused");
    });
    it("a total equal to the components given is read", () => {
      expect(outcome(run({ ...rest, total: String(restSum) }))).toBe(String(restSum));
    });
  });

  it("a component the reader refused (said at its cell): nothing to compare, the total stands", () => {
    const r = runEngine(
      ledger({
        receipts: [
          uco("2025-01-05", "100", "IN-1", { ghg: { total: "20", ep: "5" }, unreadable: ["ghg.eec"] }),
        ],
        deliveries: [sale("2025-02-10", "40")],
      }),
    );
    expect(refusal(r)).toEqual([]);
    expect(outcome(r)).toBe("20");
  });

  it("the refusal names both numbers and what to do", () => {
    const [f] = refusal(run({ eec: "0", el: "0", ep: "5", etd: "3", total: "18" }));
    expect(f?.message).toContain("the GHG total 18 does not equal the components");
    expect(f?.message).toContain("= 8)");
    expect(f?.message).toMatch(/does not say how the total was computed \(actual, default or disaggregated/);
    expect(f?.message).toContain("state the method in a GHG method column");
    expect(f?.details).toMatchObject({
      total: "18",
      computed: "8",
      value: "18",
      consequence: "credit-unknown",
    });
  });

  it("property: a total within 0.05 of its components is read; beyond it the values are refused", () => {
    const hundredths = (min: number, max: number) => fc.integer({ min, max }).map((n) => n / 100);
    fc.assert(
      fc.property(
        // up to 35 g CO2eq/MJ: a saving above the installation's minimum, so a value read is declared
        hundredths(0, 2000),
        hundredths(0, 500),
        hundredths(0, 1000),
        hundredths(0, 500),
        fc.integer({ min: -30, max: 30 }),
        (eec, etd, ep, esca, off) => {
          const sum = Math.round((eec + etd + ep - esca) * 100);
          fc.pre(sum + off >= 10); // 0.1 g CO2eq/MJ and up (below it: ghg-unit-slip)
          const total = ((sum + off) / 100).toFixed(2);
          const ghg = { eec: String(eec), ep: String(ep), etd: String(etd), esca: String(esca), total };
          const got = outcome(run(ghg));
          expect(got).toBe(Math.abs(off) <= 5 ? String(Number(total)) : "refused");
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe("where the row states its method, the rules as before: the values are read", () => {
  it.each<[string, string]>([
    ["AV", "error"],
    ["actual", "error"],
    ["DDV", "warning"],
    ["disaggregated default", "warning"],
    // p-ghgunits (brk17 F2): actual values with disaggregated defaults are held to the actual
    // rule; before, "AV+DDV" was a warning and "disaggregated default + actual" was read as DDV
    ["AV+DDV", "error"],
    ["AV + DDV", "error"],
    ["DDV/AV", "error"],
    ["actual + disaggregated default", "error"],
    ["disaggregated default + actual", "error"],
    ["valor real y valor por defecto desagregado", "error"],
  ])("%s: a total off its components is ghg-total-mismatch (%s) and is no refusal", (method, severity) => {
    const r = run({ eec: "20", ep: "10", etd: "2", total: "40", method });
    expect(refusal(r)).toEqual([]);
    expect(mismatch(r).map((f) => `${f.severity} ${f.sheet}!${f.cell}`)).toEqual([`${severity} Receipts!N2`]);
    expect(mismatch(r)[0]?.message).toContain("correct the total or the components");
  });

  it("DDV: the total as written is declared (a warning only, docs/rules.md GHG values)", () => {
    const r = run({ eec: "20", ep: "10", etd: "2", total: "40", method: "DDV" });
    expect(
      r.declarations.filter((d) => d.status === "new").flatMap((d) => d.ghg.map((g) => g.total)),
    ).toEqual(["40"]);
  });

  it("TDV: a total default value is no sum of components; never refused as one", () => {
    const r = run({ total: "33", method: "TDV" });
    expect(mismatch(r)).toEqual([]);
    expect(outcome(r)).toBe("33");
  });
});
