// The worked cases of iscc-rules.md §8.2 (TV-1 … TV-12) and the Annex V threshold table (E-2),
// with the numbers written out.
import { type Balance, type EngineResult, runEngine } from "../../../src/engine";
import { ledger, sale, uco } from "../build";

const today = { today: "2025-04-15" };

function only<T>(list: T[]): T {
  expect(list).toHaveLength(1);
  return list[0] as T;
}

function balanceFor(result: EngineResult, periodStart: string, product = "UCO"): Balance {
  return only(result.balances.filter((b) => b.periodStart === periodStart && b.product === product));
}

const codes = (r: EngineResult) => r.findings.map((f) => f.code);

describe("TV-1 end-of-period balance", () => {
  const result = runEngine(
    ledger({
      receipts: [
        uco("2024-11-10", "120.000", "IN-0"),
        uco("2025-01-10", "500.000", "IN-1"),
        uco("2025-02-10", "300.000", "IN-2"),
      ],
      deliveries: [sale("2025-02-20", "450.000"), sale("2025-03-20", "400.000")],
    }),
    today,
  );

  it("carries 120 t into the quarter and closes at 120 + 800 − 850 = 70 t", () => {
    const q1 = balanceFor(result, "2025-01-01");
    expect(q1).toMatchObject({
      opening: "120",
      received: "800",
      delivered: "850",
      closing: "70",
      carriedForward: "70",
    });
    expect(balanceFor(result, "2024-10-01")).toMatchObject({
      received: "120",
      closing: "120",
      carriedForward: "120",
    });
  });

  it("issues both declarations without findings", () => {
    expect(result.findings).toEqual([]);
    expect(result.declarations.map((d) => [d.number, d.quantity, d.status])).toEqual([
      ["SD-2025-0001", "450", "new"],
      ["SD-2025-0002", "400", "new"],
    ]);
    expect(result.declarations[0]?.inputs).toEqual([
      { sd: "IN-0", quantity: "120", source: { sheet: "Receipts", cell: "G2" } },
      { sd: "IN-1", quantity: "330", source: { sheet: "Receipts", cell: "G3" } },
    ]);
  });
});

describe("TV-2 negative at period end", () => {
  const result = runEngine(
    ledger({ receipts: [uco("2025-01-05", "300.000", "IN-1")], deliveries: [sale("2025-02-01", "320.000")] }),
    today,
  );

  it("closes at −20 t with a negative-balance error on the delivery that caused it", () => {
    expect(balanceFor(result, "2025-01-01").closing).toBe("-20");
    const f = only(result.findings.filter((x) => x.code === "negative-balance"));
    expect(f).toMatchObject({ severity: "error", sheet: "Deliveries", cell: "C2" });
    expect(f.message).toContain("Deliveries!C2");
    expect(f.message).toContain("-20");
  });

  it("blocks the declaration that would drive the balance negative", () => {
    // listed held back (p-issue) with the part no credit backs, never issued
    expect(result.declarations.map((d) => [d.status, d.quantity, d.unbacked])).toEqual([
      ["blocked", "320", "20"],
    ]);
  });
});

describe("TV-3 intra-period deficit, positive at the end", () => {
  const books = ledger({
    receipts: [uco("2025-01-01", "100", "IN-1"), uco("2025-01-20", "100", "IN-2")],
    deliveries: [sale("2025-01-10", "150")],
  });

  it("end-of-period mode: passes with an overdraft warning on day 10, backed by both receipts", () => {
    const result = runEngine(books, today);
    const f = only(result.findings);
    expect(f).toMatchObject({ code: "overdraft", severity: "warning", sheet: "Deliveries", cell: "C2" });
    const b = balanceFor(result, "2025-01-01");
    expect(b).toMatchObject({ closing: "50", firstOverdraft: "2025-01-10" });
    const d = only(result.declarations);
    expect(d.quantity).toBe("150");
    expect(d.inputs.map((i) => [i.sd, i.quantity])).toEqual([
      ["IN-1", "100"],
      ["IN-2", "50"],
    ]);
    expect(
      result.ledger
        .entries()
        .filter((e) => e.kind !== "carry-forward")
        .map((e) => e.running),
    ).toEqual(["100", "-50", "50"]);
  });

  it("continuous mode: fails on day 10", () => {
    const result = runEngine({ ...books, settings: { ...books.settings, mode: "continuous" } }, today);
    const overdraft = only(result.findings);
    expect(overdraft).toMatchObject({ code: "overdraft", severity: "error", cell: "C2" });
    const held = only(result.declarations);
    expect(held).toMatchObject({ status: "blocked", number: "" });
    expect(held.heldBy?.map((f) => f.code)).toEqual(["overdraft"]);
    expect(overdraft.holdsBack).toEqual([{ sheet: "Deliveries", cell: "C2" }]);
  });
});

describe("TV-4 ISCC EU carry-forward capped by physical stock", () => {
  const run = (counted: string) =>
    runEngine(
      ledger({
        receipts: [uco("2025-01-05", "500.000", "IN-1")],
        deliveries: [sale("2025-02-01", "430.000")],
        stockCounts: [{ date: "2025-03-31", product: "UCO", quantity: counted, unit: "t" }],
      }),
      today,
    );

  it("closing 70 t, physical 60 t: carries 60 t, 10 t lapse, flagged at the count", () => {
    const result = run("60.000");
    expect(balanceFor(result, "2025-01-01")).toMatchObject({
      closing: "70",
      physicalStock: "60",
      carriedForward: "60",
      lapsed: "10",
    });
    const f = only(result.findings.filter((x) => x.code === "carry-over-exceeds-stock"));
    expect(f).toMatchObject({ severity: "warning", sheet: "Stock", cell: "C2" });
    expect(result.ledger.entries().find((e) => e.kind === "lapse")?.quantity).toBe("-10");
  });

  it("physical 80 t: carries all 70 t", () => {
    const result = run("80.000");
    expect(balanceFor(result, "2025-01-01")).toMatchObject({
      closing: "70",
      carriedForward: "70",
      lapsed: "0",
    });
    expect(codes(result)).not.toContain("carry-over-exceeds-stock");
  });

  it("ISCC PLUS carries the whole closing unless the profile caps it", () => {
    const plus = ledger({
      receipts: [uco("2025-01-05", "500", "IN-1", { scheme: "ISCC PLUS", claim: "bio-circular" })],
      deliveries: [sale("2025-02-01", "430", { scheme: "ISCC PLUS" })],
      stockCounts: [{ date: "2025-03-31", product: "UCO", quantity: "60", unit: "t" }],
    });
    expect(balanceFor(runEngine(plus, today), "2025-01-01").carriedForward).toBe("70");
    const capped = runEngine({ ...plus, settings: { ...plus.settings, plusCapCarryForward: true } }, today);
    expect(balanceFor(capped, "2025-01-01").carriedForward).toBe("60");
  });
});

describe("TV-5 stock tolerance 0.5 %", () => {
  const run = (counted: string) =>
    runEngine(
      ledger({
        receipts: [{ date: "2025-01-05", product: "UCO", quantity: "1000.000", unit: "t" }],
        stockCounts: [{ date: "2025-03-31", product: "UCO", quantity: counted, unit: "t" }],
      }),
      today,
    );

  it("book 1,000 t vs counted 996 t (0.40 %) is accepted", () => {
    expect(run("996.000").findings).toEqual([]);
  });

  it("book 1,000 t vs counted 990 t (1.00 %) is flagged at the count", () => {
    const f = only(run("990.000").findings);
    expect(f).toMatchObject({ code: "stock-deviation", severity: "warning", sheet: "Stock", cell: "C2" });
    expect(f.details).toMatchObject({ book: "1000", counted: "990", deviation: "1" });
  });
});

describe("TV-6 conversion factor", () => {
  const result = runEngine(
    ledger({
      receipts: [
        uco("2025-01-05", "1000.000", "IN-SEED", {
          product: "Rapeseed",
          rawMaterial: "Rapeseed",
          countryOfOrigin: "FR",
          wasteResidue: "no",
        }),
      ],
      production: [
        {
          date: "2025-01-20",
          inputProduct: "Rapeseed",
          inputQuantity: "1000.000",
          outputProduct: "Crude rapeseed oil",
          unit: "t",
          ghg: { total: "30.1" },
        },
      ],
      factors: [{ inputProduct: "rapeseed", outputProduct: "crude rapeseed oil", factor: "0.40" }],
      deliveries: [sale("2025-02-01", "400.000", { product: "Crude rapeseed oil" })],
    }),
    today,
  );

  it("1,000 t seed × 0.40 gives 400 t oil credit with the seed's characteristics", () => {
    const oil = balanceFor(result, "2025-01-01", "Crude rapeseed oil");
    expect(oil).toMatchObject({ produced: "400", delivered: "400", closing: "0" });
    expect(oil.characteristics).toMatchObject({
      rawMaterial: "Rapeseed",
      countryOfOrigin: "FR",
      wasteResidue: "no",
    });
    expect(balanceFor(result, "2025-01-01", "Rapeseed")).toMatchObject({ consumed: "1000", closing: "0" });
  });

  it("the oil's declaration traces back to the seed's SD and carries the operator's GHG value", () => {
    const d = only(result.declarations);
    expect(d.inputs).toEqual([
      { sd: "IN-SEED", quantity: "1000", source: { sheet: "Receipts", cell: "G2" } },
    ]);
    expect(d.ghg.map((g) => g.total)).toEqual(["30.1"]);
    expect(result.findings).toEqual([]);
  });
});

describe("TV-7 energy-content accounting", () => {
  const result = runEngine(
    ledger({
      settings: { energyAccounting: true },
      receipts: [
        uco("2025-01-05", "100", "IN-A", { heatingValue: "37", heatingValueUnit: "MJ/kg" }),
        uco("2025-01-06", "100", "IN-B", { heatingValue: "38000", heatingValueUnit: "MJ/t" }),
      ],
      deliveries: [sale("2025-02-01", "4000000", { unit: "MJ" })],
    }),
    today,
  );

  it("books 3,700,000 MJ + 3,800,000 MJ = 7,500,000 MJ and withdraws in MJ against each batch", () => {
    expect(balanceFor(result, "2025-01-01")).toMatchObject({
      unit: "MJ",
      received: "7500000",
      delivered: "4000000",
      closing: "3500000",
    });
    const d = only(result.declarations);
    expect(d).toMatchObject({ unit: "MJ", energyContent: "4000000" });
    expect(d.inputs.map((i) => [i.sd, i.quantity])).toEqual([
      ["IN-A", "3700000"],
      ["IN-B", "300000"],
    ]);
  });
});

describe("TV-8 GHG worst value, never an average", () => {
  const receipts = [
    uco("2025-01-02", "100", "IN-1", { ghg: { total: "10.2" } }),
    uco("2025-01-03", "250", "IN-2", { ghg: { total: "12.5" } }),
    uco("2025-01-04", "150", "IN-3", { ghg: { total: "11.0" } }),
  ];

  it("worst-value pooling declares 500 t @ 12.5", () => {
    const r = runEngine(
      ledger({ settings: { ghgPooling: "worst-value" }, receipts, deliveries: [sale("2025-02-01", "500")] }),
      today,
    );
    expect(only(r.declarations).ghg.map((g) => [g.total, g.quantity])).toEqual([["12.5", "500"]]);
  });

  it("worst-value pooling declares the worst value of the pool, not only of the batch drawn on", () => {
    const r = runEngine(
      ledger({ settings: { ghgPooling: "worst-value" }, receipts, deliveries: [sale("2025-02-01", "100")] }),
      today,
    );
    const d = only(r.declarations);
    expect(d.inputs.map((i) => [i.sd, i.quantity])).toEqual([["IN-1", "100"]]);
    expect(d.ghg.map((g) => [g.total, g.quantity])).toEqual([["12.5", "100"]]);
  });

  it("per-batch pooling keeps the three values", () => {
    const r = runEngine(ledger({ receipts, deliveries: [sale("2025-02-01", "500")] }), today);
    expect(only(r.declarations).ghg.map((g) => [g.total, g.quantity])).toEqual([
      ["10.2", "100"],
      ["12.5", "250"],
      ["11", "150"],
    ]);
  });

  it("rejects a declared weighted average of 11.59", () => {
    const r = runEngine(
      ledger({ receipts, deliveries: [sale("2025-02-01", "500", { ghg: { total: "11.59" } })] }),
      today,
    );
    const f = only(r.findings);
    expect(f).toMatchObject({
      code: "ghg-value-unsupported",
      severity: "error",
      sheet: "Deliveries",
      cell: "L2",
    });
    expect(f.details).toMatchObject({ declared: "11.59", supported: "12.5" });
  });
});

describe("TV-9 GHG saving against 94 g CO2eq/MJ", () => {
  const cases: [string, string, boolean[]][] = [
    ["15.0", "0.8404", [true, true, true]],
    ["35.0", "0.6277", [true, true, false]],
    ["47.5", "0.4947", [false, false, false]],
    ["28.2", "0.7", [true, true, true]],
  ];
  const starts = ["2014-06-01", "2018-06-01", "2022-06-01"];

  it.each(cases)("E = %s saves %s and passes 50/60/65 %% as %j", (e, saving, passes) => {
    starts.forEach((start, i) => {
      const r = runEngine(
        ledger({
          receipts: [
            uco("2025-01-05", "10", "IN-1", {
              ghg: { total: e, unit: "g CO2eq/MJ" },
              installationStartDate: start,
            }),
          ],
          deliveries: [sale("2025-01-06", "10")],
        }),
        today,
      );
      const below = r.findings.filter((f) => f.code === "ghg-saving-below-threshold");
      expect(below.length === 0).toBe(passes[i]);
      if (passes[i]) {
        expect(r.declarations[0]?.ghg[0]?.saving).toBe(saving);
      } else {
        // below the threshold the receipt gives no credit: nothing backs the sale
        expect(below[0]).toMatchObject({ severity: "error", sheet: "Receipts", cell: "N2" });
        expect(below[0]?.message).toContain("gives no credit");
        expect(r.balances[0]).toMatchObject({ received: "0", delivered: "10", closing: "-10" });
        expect(r.declarations.map((d) => [d.status, d.quantity, d.unbacked])).toEqual([
          ["blocked", "10", "10"],
        ]);
      }
    });
  });
});

describe("TV-10 claim quantity limit", () => {
  const result = runEngine(
    ledger({
      receipts: [
        uco("2025-01-02", "300", "IN-ISCC", { claim: "ISCC Compliant" }),
        uco("2025-01-03", "200", "IN-RED", { claim: "EU RED Compliant" }),
      ],
      deliveries: [
        sale("2025-02-01", "100", { claim: "ISCC compliant" }),
        sale("2025-02-02", "250", { claim: "ISCC compliant" }),
      ],
    }),
    today,
  );

  it("rejects 250 t ISCC compliant after 100 t was sold: only 200 t is available", () => {
    const f = only(result.findings.filter((x) => x.code === "claim-exceeds-input"));
    expect(f).toMatchObject({ severity: "error", sheet: "Deliveries", cell: "G3" });
    expect(f.details).toMatchObject({ quantity: "250", available: "200" });
    expect(result.declarations.map((d) => [d.status, d.quantity, d.unbacked])).toEqual([
      ["blocked", "100", undefined],
      ["blocked", "250", "50"],
    ]);
  });

  it("leaves the EU RED compliant credit untouched", () => {
    const red = only(result.balances.filter((b) => b.characteristics.claim === "EU RED compliant"));
    expect(red.closing).toBe("200");
  });
});

describe("TV-11 ISCC PLUS multi-site transfer", () => {
  const site = (s: string, country: string, body = "CB One") => ({
    site: s,
    company: "Green Group",
    country,
    certificateNumber: `ISCC-PLUS-${s}-1`,
    certificationBody: body,
  });
  const move = (to: string, scheme = "ISCC PLUS") => ({
    date: "2025-02-01",
    fromSite: "A",
    toSite: to,
    product: "UCO",
    quantity: "10",
    unit: "t",
    scheme,
  });
  const result = runEngine(
    ledger({
      sites: [site("A", "DE"), site("B", "NL"), site("C", "ES"), site("D", "NL", "CB Two")],
      receipts: [uco("2025-01-05", "100", "IN-1", { site: "A", scheme: "ISCC PLUS", claim: "bio-circular" })],
      transfers: [move("B"), move("C"), move("D"), move("B", "ISCC EU")],
    }),
    today,
  );

  it("allows DE → NL in the same group with the same body", () => {
    const b = only(result.balances.filter((x) => x.site === "B"));
    expect(b).toMatchObject({ transferred: "10", closing: "10" });
    expect(only(result.balances.filter((x) => x.site === "A"))).toMatchObject({
      transferred: "-10",
      closing: "90",
    });
  });

  it("rejects DE → ES, a different certification body, and an ISCC EU target", () => {
    const refused = result.findings.filter((f) => f.code === "transfer-not-allowed");
    expect(refused.map((f) => f.cell)).toEqual(["C3", "C4", "C5"]);
    expect(refused.every((f) => f.severity === "error" && f.sheet === "Transfers")).toBe(true);
    expect(refused[0]?.message).toContain("neighbours");
    expect(refused[1]?.message).toContain("certification bodies");
    expect(refused[2]?.message).toContain("never into ISCC EU");
  });
});

describe("TV-12 UDB GHG field validation", () => {
  const run = (ghg: Record<string, string>) =>
    // a dated installation: without a date the strictest threshold would apply (issue 13 break-test #7)
    runEngine(
      ledger({ receipts: [uco("2025-01-05", "10", "IN-1", { ghg, installationStartDate: "2015-01-01" })] }),
      today,
    ).findings;

  it("TDV with a component value is an error", () => {
    expect(only(run({ method: "TDV", total: "33.4", eec: "12" }))).toMatchObject({
      code: "ghg-method-invalid",
      severity: "error",
      cell: "O2",
    });
  });

  it("DDV with esca > 0 is an error", () => {
    expect(only(run({ method: "DDV", eec: "20", ep: "10", esca: "3" }))).toMatchObject({
      code: "ghg-method-invalid",
      cell: "O2",
    });
  });

  it("AV eec 20, el 0, ep 10, etd 2, esca 3 must total 29", () => {
    const components = { method: "AV", eec: "20", el: "0", ep: "10", etd: "2", esca: "3" };
    expect(only(run({ ...components, total: "30" }))).toMatchObject({
      code: "ghg-total-mismatch",
      severity: "error",
      cell: "N2",
      details: { computed: "29" },
    });
    expect(run({ ...components, total: "29" })).toEqual([]);
  });
});

describe("E-2 RED II Annex V default savings against the thresholds", () => {
  // pathway, default saving, E = 94 × (1 − saving) in g CO2eq/MJ
  const table: [string, string, string, boolean[]][] = [
    ["Maize ethanol, NG, conventional", "40 %", "56.4", [false, false, false]],
    ["Sugar-beet ethanol, biogas from slop, NG CHP", "76 %", "22.56", [true, true, true]],
    ["Sugar-cane ethanol", "70 %", "28.2", [true, true, true]],
    ["Other cereals, lignite CHP", "24 %", "71.44", [false, false, false]],
  ];
  const installations = ["2015-10-05", "2020-12-31", "2022-01-01"]; // 50 %, 60 %, 65 %

  it.each(table)("%s (default saving %s, E = %s) passes ≥50/60/65 %% as %j", (_name, _saving, e, passes) => {
    installations.forEach((start, i) => {
      const r = runEngine(
        ledger({
          receipts: [
            uco("2025-01-05", "10", "IN-1", {
              ghg: { total: e, method: "TDV" },
              installationStartDate: start,
            }),
          ],
        }),
        today,
      );
      expect(r.findings.some((f) => f.code === "ghg-saving-below-threshold")).toBe(!passes[i]);
    });
  });
});
