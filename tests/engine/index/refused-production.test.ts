// A production row whose conversion is refused (conversion-impossible, conversion-factor-missing,
// an output its account's unit cannot hold) creates no credit, but the credit its input would give
// is unknown, not none (domain.md §4, input-incomplete): the balances of its input and outputs are
// incomplete, a shortfall on an output is no negative-balance or overdraft, and nothing is declared
// from them, held back by the refusal. Products the row does not feed keep their own findings.
import fc from "fast-check";
import { type EngineResult, type ProductionInput, runEngine } from "../../../src/engine";
import { ledger, type LedgerParts, press, sale, uco } from "../build";

type Row = Partial<ProductionInput>;
const today = { today: "2025-06-15" };
const SHORT = new Set(["negative-balance", "overdraft"]);
const seed = (quantity: string) =>
  uco("2025-01-05", quantity, "IN-1", { product: "Rapeseed", rawMaterial: "Rapeseed" });

/** Each kind of refusal of a production row, as rows of 100 t of Rapeseed pressed on 6 January. */
const REFUSALS: {
  name: string;
  code: string;
  rows: Row[];
  outputs: string[];
  parts?: LedgerParts;
  /** the outputs' unit where not t: they are then sold in it and get no credit of their own */
  unit?: string;
}[] = [
  {
    name: "co-products adding up to more than the input (oil 43 t + meal 59 t)",
    code: "conversion-impossible",
    rows: [
      { batchId: "B-02", outputQuantity: "43" },
      { batchId: "B-02", outputProduct: "Meal", outputQuantity: "59" },
    ],
    outputs: ["Oil", "Meal"],
  },
  {
    name: "a yield above 1",
    code: "conversion-impossible",
    rows: [{ outputQuantity: "120" }],
    outputs: ["Oil"],
  },
  {
    name: "a row factor above 1",
    code: "conversion-impossible",
    rows: [{ factor: "1.4" }],
    outputs: ["Oil"],
  },
  {
    name: "a factor table entry above 1",
    code: "conversion-impossible",
    rows: [{}],
    outputs: ["Oil"],
    parts: {
      factors: [{ inputProduct: "Rapeseed", outputProduct: "Oil", factor: "1.2", validFrom: "2025-01-05" }],
    },
  },
  {
    name: "an output in m³ with no density",
    code: "conversion-impossible",
    rows: [{ outputQuantity: "40", outputUnit: "m³" } as Row],
    outputs: ["Oil"],
    unit: "m³",
  },
  {
    name: "an output in kWh with no heating value",
    code: "conversion-impossible",
    rows: [{ outputQuantity: "25000", outputUnit: "kWh" } as Row],
    outputs: ["Oil"],
    unit: "kWh",
  },
  {
    name: "no factor and no output quantity",
    code: "conversion-factor-missing",
    rows: [{}],
    outputs: ["Oil"],
  },
];

/**
 * 400 t of Rapeseed received; where the outputs are kept in t, each is first pressed validly on
 * 4 January (30 t of it from 100 t), so it has credit a declaration could draw on; then the
 * refused rows, `sold` of each output sold on 10 February, and 3 t of Tallow sold with none received.
 */
function run(c: (typeof REFUSALS)[number], sold = "30"): EngineResult {
  const valid = c.unit
    ? []
    : c.outputs.map((o) => press({ date: "2025-01-04", outputProduct: o, outputQuantity: "30" }));
  return runEngine(
    ledger({
      ...c.parts,
      receipts: [seed("400")],
      production: [...valid, ...c.rows.map((r) => press(r as Parameters<typeof press>[0]))],
      deliveries: [
        ...c.outputs.map((product) => sale("2025-02-10", sold, { product, unit: c.unit ?? "t" })),
        sale("2025-02-11", "3", { product: "Tallow" }),
      ],
      settings: { scheme: "ISCC EU", periodStart: "2025-01-01" },
    }),
    today,
  );
}

const fed = (c: (typeof REFUSALS)[number]) => ["Rapeseed", ...c.outputs];
const shortOf = (r: EngineResult, product: string) =>
  r.findings.filter((f) => SHORT.has(f.code) && f.message.includes(`${product} (`));

describe.each(REFUSALS)("a production row refused: $name", (c) => {
  const result = run(c);

  it("is refused with an error", () => {
    expect(result.findings.filter((f) => f.code === c.code && f.severity === "error").length).toBeGreaterThan(
      0,
    );
  });

  it("leaves the balances of its input and outputs incomplete; Tallow, which it does not feed, stays complete", () => {
    for (const product of fed(c)) {
      const balances = result.balances.filter((b) => b.product === product);
      expect(balances.length).toBeGreaterThan(0);
      expect(balances.every((b) => !b.complete)).toBe(true);
    }
    expect(result.balances.filter((b) => b.product === "Tallow").every((b) => b.complete)).toBe(true);
  });

  it("builds no negative balance or overdraft on the outputs; Tallow keeps its true one", () => {
    for (const product of c.outputs) expect(shortOf(result, product)).toEqual([]);
    expect(shortOf(result, "Tallow").map((f) => f.code)).toContain("negative-balance");
  });

  it("declares nothing from the outputs: what they hold is held back by the refusal", () => {
    const out = result.declarations.filter((d) => c.outputs.includes(d.product));
    if (!c.unit) expect(out.length).toBe(c.outputs.length);
    for (const d of out) {
      expect(d.status).not.toBe("new");
      expect(d.heldBy?.map((f) => f.code)).toContain(c.code);
    }
  });
});

describe("property: refusing a production row never creates a negative balance and never leaves what it feeds complete", () => {
  it("for every kind of refusal and any quantity sold", () => {
    fc.assert(
      fc.property(fc.constantFrom(...REFUSALS), fc.integer({ min: 1, max: 5000 }), (c, sold) => {
        const result = run(c, String(sold));
        for (const product of c.outputs) expect(shortOf(result, product)).toEqual([]);
        for (const b of result.balances.filter((x) => fed(c).includes(x.product)))
          expect(b.complete).toBe(false);
      }),
      { numRuns: 40 },
    );
  });
});

describe("a transfer refused for what the workbook does not say, or by a rule", () => {
  const site = (name: string, company: string) => ({
    site: name,
    company,
    country: name === "Venlo" ? "NL" : "DE",
    certificateNumber: `ISCC-PLUS-Cert-${name}`,
    certificationBody: "CB",
  });
  const run = (sites: LedgerParts["sites"]) =>
    runEngine(
      ledger({
        receipts: [uco("2025-01-05", "40", "IN-1", { site: "Hamburg", scheme: "ISCC PLUS" })],
        transfers: [
          {
            date: "2025-01-10",
            fromSite: "Hamburg",
            toSite: "Venlo",
            product: "UCO",
            quantity: "30",
            unit: "t",
            scheme: "ISCC PLUS",
          },
        ],
        deliveries: [sale("2025-02-10", "30", { site: "Venlo", scheme: "ISCC PLUS" })],
        sites,
        settings: { scheme: "ISCC PLUS", periodStart: "2025-01-01" },
      }),
      today,
    );
  const venlo = (r: EngineResult) => r.balances.filter((b) => b.site === "Venlo");

  it.each<[string, LedgerParts["sites"]]>([
    ["no company stated for the sites", [site("Hamburg", ""), site("Venlo", "")]],
    ["the receiving site not on the sites sheet", [site("Hamburg", "Acme")]],
  ])("%s: both sites incomplete, no negative balance at the receiving one", (_, sites) => {
    const result = run(sites);
    expect(result.findings.map((f) => f.code)).toContain("transfer-not-allowed");
    expect(result.findings.filter((f) => SHORT.has(f.code))).toEqual([]);
    expect(venlo(result).every((b) => !b.complete)).toBe(true);
    expect(result.balances.filter((b) => b.site === "Hamburg").every((b) => !b.complete)).toBe(true);
  });

  it("sites of two companies: the rule denies the move, and the receiving site's shortfall stays", () => {
    const result = run([site("Hamburg", "Acme"), site("Venlo", "Other BV")]);
    expect(result.findings.map((f) => f.code)).toContain("negative-balance");
    expect(venlo(result).every((b) => b.complete)).toBe(true);
  });
});
