// No credit an auditor would strike (domain.md §4, §5, §7): rejected receipts, yields, co-products,
// exact links, carry-forward evidence, the own certificate and 12-month periods, each with the
// numbers written out.
import { type Balance, type EngineResult, runEngine } from "../../../src/engine";
import type { CertificateInput, ProductionInput } from "../../../src/engine";
import fc from "fast-check";
import { type LedgerParts, cellFor, ledger, sale, uco } from "../build";
import { hamburgUco, PLUS_SITES, plusTransfer } from "../transfer-books";

const today = { today: "2025-04-15" };

function balanceOf(result: EngineResult, product = "UCO", periodStart = "2025-01-01"): Balance {
  const rows = result.balances.filter((b) => b.product === product && b.periodStart === periodStart);
  expect(rows).toHaveLength(1);
  return rows[0] as Balance;
}

const codes = (r: EngineResult) => r.findings.map((f) => f.code);

const CERT = "EU-ISCC-Cert-DE100-1";
const register = (extra: Partial<CertificateInput> = {}): CertificateInput[] =>
  [
    { certificateNumber: CERT, validFrom: "2024-01-01", validUntil: "2025-12-31", status: "valid", ...extra },
  ] as CertificateInput[];

describe("a receipt rejected by an incoming check gives no credit", () => {
  // 100 t of good credit, then the rejected receipt of 20 t, then a sale of 120 t: the books must
  // close at −20 t, the sale is not declared, and nothing cites the rejected SD.
  /** IN-1 from a supplier with a good certificate; IN-BAD from one whose register entry is `entry` */
  const certificateCase = (
    name: string,
    entry: Partial<CertificateInput>,
    reason: string,
  ): [string, LedgerParts, string, string] => [
    name,
    {
      receipts: [
        uco("2025-01-05", "100", "IN-1", { supplierCertificate: "EU-ISCC-Cert-DE100-2" }),
        uco("2025-02-05", "20", "IN-BAD"),
      ],
      certificates: [
        ...register(entry),
        { certificateNumber: "EU-ISCC-Cert-DE100-2", validFrom: "2024-01-01", validUntil: "2025-12-31" },
      ],
    },
    "certificate-invalid",
    reason,
  ];
  const rejected: [string, LedgerParts, string, string][] = [
    certificateCase(
      "certificate expired on the dispatch date",
      { validUntil: "2025-01-31" },
      "certificate expired",
    ),
    certificateCase("certificate not yet valid", { validFrom: "2025-03-01" }, "certificate not yet valid"),
    certificateCase("certificate suspended", { status: "suspended" }, "certificate suspended"),
    certificateCase("certificate withdrawn (German status)", { status: "entzogen" }, "certificate withdrawn"),
    [
      "certificate not in the register",
      {
        receipts: [
          uco("2025-01-05", "100", "IN-1"),
          uco("2025-02-05", "20", "IN-BAD", { supplierCertificate: "EU-ISCC-Cert-XX999-9" }),
        ],
        certificates: register(),
      },
      "certificate-unknown",
      "certificate not in the register",
    ],
    [
      "the same SD of the same supplier, spelled differently",
      {
        // IN-BAD from Saipol already came on 2025-01-02 with 100 t; this is the same SD again
        receipts: [
          uco("2025-01-02", "100", "IN-BAD"),
          uco("2025-02-05", "20", "in-bad ", { supplier: "SAIPOL S.A." }),
        ],
      },
      "duplicate-sd",
      "SD booked before",
    ],
    [
      "GHG saving below the threshold",
      {
        receipts: [
          uco("2025-01-05", "100", "IN-1"),
          uco("2025-02-05", "20", "IN-BAD", {
            ghg: { total: "47.5", unit: "g CO2eq/MJ" },
            installationStartDate: "2022-06-01",
          }),
        ],
      },
      "ghg-saving-below-threshold",
      "GHG saving below the threshold",
    ],
  ];

  it.each(rejected)("%s: closes at −20 t, says so at the row, no declaration", (_, parts, code, reason) => {
    const result = runEngine(ledger({ ...parts, deliveries: [sale("2025-03-01", "120")] }), today);
    const b = balanceOf(result);
    expect(b).toMatchObject({ received: "100", delivered: "120", closing: "-20" });
    const f = result.findings.find((x) => x.code === code);
    expect(f?.message).toContain("gives no credit");
    expect(f).toMatchObject({ sheet: "Receipts" });
    expect(f?.cell).toMatch(/3$/);
    const line = result.ledger.entries().find((e) => e.kind === "not-credited");
    const sd = code === "duplicate-sd" ? "in-bad" : "IN-BAD";
    expect(line).toMatchObject({ quantity: "0", reference: `${sd}: 20 t not credited (${reason})` });
    expect(line?.accountId).toMatchObject({ product: "UCO", scheme: "ISCC EU" });
    expect(codes(result)).toContain("negative-balance");
    expect(result.declarations.filter((d) => d.status === "new")).toEqual([]);
    for (const d of result.declarations) expect(d.inputs.map((i) => i.sd)).not.toContain(sd);
  });

  // The reader reports an unreadable cell and says the row gives no credit (issue 10); the engine
  // honours the list it passes on (model.ts Base.unreadable) and shows the row in the ledger.
  it.each([
    "claim",
    "scheme",
    "rawMaterial",
    "countryOfOrigin",
    "wasteResidue",
    "annexIxPart",
    "supplierCertificate",
  ])("%s unreadable: closes at −20 t, shown in the ledger, no declaration", (field) => {
    const result = runEngine(
      ledger({
        receipts: [
          uco("2025-01-05", "100", "IN-1"),
          uco("2025-02-05", "20", "IN-BAD", { unreadable: [field] }),
        ],
        deliveries: [sale("2025-03-01", "120")],
      }),
      today,
    );
    expect(balanceOf(result)).toMatchObject({ received: "100", delivered: "120", closing: "-20" });
    expect(result.ledger.entries().find((e) => e.kind === "not-credited")).toMatchObject({
      quantity: "0",
      reference: "IN-BAD: 20 t not credited (unreadable cell)",
    });
    expect(codes(result)).toContain("negative-balance");
    // listed held back (p-issue): the 20 t no credit backs, the 100 t of IN-1 that does
    expect(
      result.declarations.map((d) => [d.status, d.quantity, d.unbacked, d.inputs.map((i) => i.sd)]),
    ).toEqual([["blocked", "120", "20", ["IN-1"]]]);
  });

  it("a rejected receipt is still physical stock: the book stock counts it", () => {
    const result = runEngine(
      ledger({
        receipts: [
          uco("2025-01-05", "100", "IN-1"),
          uco("2025-02-05", "20", "IN-BAD", { unreadable: ["claim"] }),
        ],
        stockCounts: [{ date: "2025-03-31", product: "UCO", quantity: "120", unit: "t" }],
      }),
      today,
    );
    expect(balanceOf(result)).toMatchObject({ received: "100", closing: "100", bookPhysicalStock: "120" });
    expect(codes(result)).not.toContain("stock-deviation");
  });

  it("a receipt whose SD number could not be read is shown in the ledger as giving no credit", () => {
    const result = runEngine(
      ledger({
        receipts: [
          uco("2025-01-05", "100", "IN-1"),
          { ...uco("2025-02-05", "20", ""), unreadable: ["sdNumber"] },
        ],
      }),
      today,
    );
    expect(balanceOf(result)).toMatchObject({ received: "100" });
    expect(result.ledger.entries().find((e) => e.kind === "not-credited")).toMatchObject({
      reference: "receipt: 20 t not credited (unreadable cell)",
      source: { sheet: "Receipts", cell: "C3" },
    });
  });

  it("an unreadable cell outside what decides the credit (a GHG component) costs no credit", () => {
    const result = runEngine(
      ledger({ receipts: [uco("2025-01-05", "100", "IN-1", { unreadable: ["ghg.eec"] })] }),
      today,
    );
    expect(balanceOf(result)).toMatchObject({ received: "100" });
    expect(result.ledger.entries().some((e) => e.kind === "not-credited")).toBe(false);
  });

  it("an unreadable sustainable flag on a delivery is never a yes: the delivery is not declared", () => {
    const result = runEngine(
      ledger({
        receipts: [uco("2025-01-05", "100", "IN-1")],
        deliveries: [sale("2025-02-01", "40", { sustainable: undefined, unreadable: ["sustainable"] })],
      }),
      today,
    );
    expect(balanceOf(result)).toMatchObject({ delivered: "0", closing: "100", bookPhysicalStock: "60" });
    expect(result.declarations).toEqual([]);
  });

  it("without a certificate register nothing is rejected for its certificate", () => {
    const result = runEngine(ledger({ receipts: [uco("2025-01-05", "100", "IN-1")] }), today);
    expect(balanceOf(result)).toMatchObject({ received: "100" });
    expect(result.ledger.entries().some((e) => e.kind === "not-credited")).toBe(false);
  });
});

const seed = uco("2025-01-05", "1000", "IN-SEED", {
  product: "Rapeseed",
  rawMaterial: "Rapeseed",
  countryOfOrigin: "FR",
  wasteResidue: "no",
});
const crush = (extra: Partial<ProductionInput> = {}): Omit<ProductionInput, "source"> => ({
  date: "2025-01-20",
  inputProduct: "Rapeseed",
  inputQuantity: "1000",
  outputProduct: "Rapeseed oil",
  unit: "t",
  ghg: { total: "30.1" },
  ...extra,
});

describe("yield caps credit (RED Art. 30: CF = output/input)", () => {
  const cases: [string, Partial<ProductionInput>, string | undefined, string, boolean][] = [
    ["yield 0.35 below the table's 0.42: the yield", { outputQuantity: "350" }, "0.42", "350", true],
    ["yield 0.45 above the table's 0.40: the factor", { outputQuantity: "450" }, "0.40", "400", true],
    [
      "yield 0.412 within 2 % of 0.41: the lower, the factor",
      { outputQuantity: "412" },
      "0.41",
      "410",
      false,
    ],
    ["yield 0.409 within 2 % of 0.41: the lower, the yield", { outputQuantity: "409" }, "0.41", "409", false],
    ["no output quantity: the table's factor", {}, "0.40", "400", false],
    ["no table: the yield", { outputQuantity: "350" }, undefined, "350", false],
    [
      "the row's own factor 0.42 above its yield 0.35: the yield",
      { outputQuantity: "350", factor: "0.42" },
      undefined,
      "350",
      true,
    ],
    [
      "half the input sustainable: 500 × 0.35",
      { outputQuantity: "350", sustainableInputQuantity: "500" },
      "0.42",
      "175",
      true,
    ],
  ];

  it.each(cases)("%s → %s t of oil credit", (_, row, table, produced, deviates) => {
    const result = runEngine(
      ledger({
        receipts: [seed],
        production: [crush(row)],
        factors: table ? [{ inputProduct: "Rapeseed", outputProduct: "Rapeseed oil", factor: table }] : [],
      }),
      today,
    );
    expect(balanceOf(result, "Rapeseed oil")).toMatchObject({ produced, closing: produced });
    expect(codes(result).includes("conversion-factor-deviates")).toBe(deviates);
  });

  it("350 t of oil from 1,000 t of seed (table 0.42) backs 350 t: a 1,200 t sale closes at −850 t", () => {
    const result = runEngine(
      ledger({
        receipts: [seed],
        production: [crush({ outputQuantity: "350" })],
        factors: [{ inputProduct: "Rapeseed", outputProduct: "Rapeseed oil", factor: "0.42" }],
        deliveries: [sale("2025-02-01", "1200", { product: "Rapeseed oil" })],
      }),
      today,
    );
    expect(balanceOf(result, "Rapeseed oil")).toMatchObject({
      produced: "350",
      delivered: "1200",
      closing: "-850",
    });
    const deviates = result.findings.find((f) => f.code === "conversion-factor-deviates");
    expect(deviates?.message).toContain("credit follows the lower yield 0.35");
    expect(result.findings.find((f) => f.code === "negative-balance")).toMatchObject({ severity: "error" });
  });
});

describe("co-products: one input withdrawal feeds several outputs", () => {
  const factors = [
    { inputProduct: "Rapeseed", outputProduct: "Rapeseed oil", factor: "0.42" },
    { inputProduct: "Rapeseed", outputProduct: "Rapeseed meal", factor: "0.56" },
  ];

  it("rows sharing a batch id consume the seed once and credit oil and meal by their own factors", () => {
    const result = runEngine(
      ledger({
        receipts: [seed],
        production: [
          crush({ outputQuantity: "420", batchId: "P-7" }),
          crush({
            outputProduct: "Rapeseed meal",
            outputQuantity: "560",
            batchId: "p-7 ",
            ghg: { total: "12" },
          }),
        ],
        factors,
        deliveries: [
          sale("2025-02-01", "420", { product: "Rapeseed oil" }),
          sale("2025-02-01", "560", { product: "Rapeseed meal" }),
        ],
      }),
      today,
    );
    expect(balanceOf(result, "Rapeseed")).toMatchObject({ received: "1000", consumed: "1000", closing: "0" });
    expect(balanceOf(result, "Rapeseed oil")).toMatchObject({ produced: "420", closing: "0" });
    expect(balanceOf(result, "Rapeseed meal")).toMatchObject({ produced: "560", closing: "0" });
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.declarations.map((d) => [d.product, d.quantity, d.inputs.map((i) => i.sd)])).toEqual([
      ["Rapeseed oil", "420", ["IN-SEED"]],
      ["Rapeseed meal", "560", ["IN-SEED"]],
    ]);
    expect(result.ledger.entries().filter((e) => e.kind === "production-in")).toHaveLength(1);
  });

  it("without a batch id the same two rows consume the seed twice: −1,000 t", () => {
    const result = runEngine(
      ledger({
        receipts: [seed],
        production: [
          crush({ outputQuantity: "420" }),
          crush({ outputProduct: "Rapeseed meal", outputQuantity: "560" }),
        ],
        factors,
      }),
      today,
    );
    expect(balanceOf(result, "Rapeseed")).toMatchObject({ consumed: "2000", closing: "-1000" });
  });

  it("batch ids are per site: the same id at another site is another process", () => {
    const result = runEngine(
      ledger({
        receipts: [seed, { ...seed, site: "Neuss", sdNumber: "IN-SEED-2" }],
        production: [
          crush({ outputQuantity: "420", batchId: "P-1" }),
          crush({ outputQuantity: "420", batchId: "P-1", site: "Neuss" }),
        ],
        factors,
      }),
      today,
    );
    for (const b of result.balances.filter((x) => x.product === "Rapeseed"))
      expect(b).toMatchObject({ consumed: "1000", closing: "0" });
  });

  it("a row of the batch stating another input quantity is booked on its own, with a warning at that cell", () => {
    const result = runEngine(
      ledger({
        receipts: [seed],
        production: [
          crush({ outputQuantity: "420", batchId: "P-7" }),
          crush({
            outputProduct: "Rapeseed meal",
            inputQuantity: "900",
            outputQuantity: "500",
            batchId: "P-7",
          }),
        ],
        factors,
      }),
      today,
    );
    const f = result.findings.find((x) => x.code === "co-product-input-differs");
    expect(f).toMatchObject({
      severity: "warning",
      sheet: "Production",
      cell: "C3",
      related: [{ sheet: "Production", cell: "C2" }],
    });
    expect(balanceOf(result, "Rapeseed")).toMatchObject({ consumed: "1900", closing: "-900" });
  });
});

describe("a batch written once: the input on its first row, the co-products below it (break-test #17)", () => {
  const factors = [
    { inputProduct: "Rapeseed", outputProduct: "Rapeseed oil", factor: "0.42" },
    { inputProduct: "Rapeseed", outputProduct: "Rapeseed meal", factor: "0.56" },
    { inputProduct: "Rapeseed", outputProduct: "Hulls", factor: "0.02" },
  ];
  const meal = (extra: Partial<ProductionInput>) =>
    crush({ outputProduct: "Rapeseed meal", outputQuantity: "560", inputQuantity: undefined, ...extra });
  // the seed is received at the first row's site (a blank site beside a named one is refused)
  const run = (rows: Omit<ProductionInput, "source">[]) =>
    runEngine(ledger({ receipts: [{ ...seed, site: rows[0]?.site }], production: rows, factors }), today);
  const refusedAt = (result: ReturnType<typeof run>) =>
    result.findings.filter((f) => f.code === "missing-value").map((f) => [f.severity, f.cell]);

  // [what, first row's batch id, the follow-up's batch id, follow-up's extras]
  const same: [string, string, string, Partial<ProductionInput>][] = [
    ["the same id", "P-7", "P-7", {}],
    ["the id in other case and with spaces", "P-7", " p-7 ", {}],
    ["a numeric id", "1207", "1207", {}],
    ["a blank unit and sustainable input too", "P-7", "P-7", { unit: undefined }],
    ["the input product in other case", "P-7", "P-7", { inputProduct: "rapeseed " }],
  ];
  it.each(same)("%s: the blank input is the batch's, consumed once", (_what, first, second, extra) => {
    const result = run([
      crush({ outputQuantity: "420", batchId: first, sustainableInputQuantity: "800" }),
      meal({ batchId: second, ...extra }),
    ]);
    expect(refusedAt(result)).toEqual([]);
    expect(result.findings.map((f) => f.code)).not.toContain("co-product-input-differs");
    expect(balanceOf(result, "Rapeseed")).toMatchObject({ consumed: "800", closing: "200" });
    expect(balanceOf(result, "Rapeseed oil")).toMatchObject({ produced: "336" });
    expect(balanceOf(result, "Rapeseed meal")).toMatchObject({ produced: "448" });
    expect(result.ledger.entries().filter((e) => e.kind === "production-in")).toHaveLength(1);
  });

  it("for any batch, leaving the follow-up rows' input blank books exactly what writing it out books", () => {
    const outputs = ["Rapeseed oil", "Rapeseed meal", "Hulls"];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
        fc.constantFrom("800", "1000", undefined),
        (n, blanks, sustainable) => {
          const rows = (blank: boolean[]) =>
            outputs.slice(0, n).map((outputProduct, i) => {
              const row = crush({ outputProduct, batchId: "P-7", sustainableInputQuantity: sustainable });
              return i > 0 && blank[i]
                ? { ...row, inputQuantity: undefined, sustainableInputQuantity: undefined }
                : row;
            });
          const written = run(rows([false, false, false]));
          const once = run(rows(blanks));
          expect(once.balances).toEqual(written.balances);
          expect(refusedAt(once)).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("a third row of the batch with a blank input is the same input too", () => {
    const result = run([
      crush({ outputQuantity: "420", batchId: "P-7" }),
      meal({ batchId: "P-7" }),
      meal({ batchId: "P-7", outputProduct: "Hulls", outputQuantity: "20" }),
    ]);
    expect(refusedAt(result)).toEqual([]);
    expect(balanceOf(result, "Rapeseed")).toMatchObject({ consumed: "1000", closing: "0" });
    expect(balanceOf(result, "Hulls")).toMatchObject({ produced: "20" });
  });

  // [what, the first row's changes, the follow-up's changes]: the blank stays refused at its cell
  const refused: [string, Partial<ProductionInput>, Partial<ProductionInput>][] = [
    ["no batch id on the blank row", { batchId: "P-7" }, { batchId: undefined }],
    ["no batch id on either row", {}, {}],
    ["a batch id alike but not the same by rule", { batchId: "P-7" }, { batchId: "P7" }],
    ["another input product", { batchId: "P-7" }, { batchId: "P-7", inputProduct: "Sunflower seed" }],
    ["another date", { batchId: "P-7" }, { batchId: "P-7", date: "2025-01-21" }],
    ["another site", { batchId: "P-7", site: "Hamburg" }, { batchId: "P-7", site: "Neuss" }],
  ];
  it.each(refused)("%s: the blank input is refused at its cell", (_what, head, follow) => {
    const result = run([crush({ outputQuantity: "420", ...head }), meal(follow)]);
    expect(refusedAt(result)).toEqual([["error", "C3"]]);
    expect(balanceOf(result, "Rapeseed")).toMatchObject({ consumed: "1000" });
    expect(result.balances.find((b) => b.product === "Rapeseed meal")).toBeUndefined();
  });

  it("a batch whose first row has no input either: both refused, nothing consumed", () => {
    const result = run([meal({ batchId: "P-7", outputProduct: "Rapeseed oil" }), meal({ batchId: "P-7" })]);
    expect(refusedAt(result)).toEqual([
      ["error", "C2"],
      ["error", "C3"],
    ]);
    expect(balanceOf(result, "Rapeseed")).toMatchObject({ consumed: "0", closing: "1000" });
  });

  it("a first row whose input cannot be read lends nothing: the blank below it stays refused", () => {
    const result = run([
      crush({ outputQuantity: "420", batchId: "P-7", inputQuantity: "1.000,5 t?" }),
      meal({ batchId: "P-7" }),
    ]);
    expect(result.findings.filter((f) => f.cell === "C3").map((f) => f.code)).toEqual(["missing-value"]);
    expect(balanceOf(result, "Rapeseed")).toMatchObject({ consumed: "0" });
  });
});

describe("explicit links are exact", () => {
  const receipts = [
    uco("2025-01-05", "50", "IN-1", { countryOfOrigin: "DE" }),
    uco("2025-01-06", "100", "IN-2", { countryOfOrigin: "NL" }),
  ];

  it("a link asking 60 t of an SD with 50 t left is an error at the delivery; the other SD is never touched", () => {
    const result = runEngine(
      ledger({ receipts, deliveries: [sale("2025-02-01", "60", { linkedSds: ["IN-1"] })] }),
      today,
    );
    const f = result.findings.find((x) => x.code === "linked-sd-unavailable");
    expect(f).toMatchObject({ severity: "error", sheet: "Deliveries", cell: "K2" });
    expect(f?.details).toMatchObject({ asked: "60", available: "50", sds: "IN-1" });
    const nl = result.balances.find((b) => b.characteristics.countryOfOrigin === "NL");
    expect(nl).toMatchObject({ received: "100", delivered: "0", closing: "100" });
    const de = result.balances.find((b) => b.characteristics.countryOfOrigin === "DE");
    expect(de).toMatchObject({ received: "50", delivered: "60", closing: "-10" });
    // listed held back (p-issue) by the link's error (and its account's shortfall), never issued
    expect(
      result.declarations.map((d) => [d.status, d.quantity, d.unbacked, d.heldBy?.map((h) => h.code)]),
    ).toEqual([["blocked", "60", "10", ["linked-sd-unavailable", "negative-balance"]]]);
  });

  it("a link within what the SD has left is declared from it alone", () => {
    const result = runEngine(
      ledger({ receipts, deliveries: [sale("2025-02-01", "40", { linkedSds: ["IN-2"] })] }),
      today,
    );
    expect(codes(result)).not.toContain("linked-sd-unavailable");
    expect(result.declarations.map((d) => [d.quantity, d.inputs.map((i) => i.sd), d.status])).toEqual([
      ["40", ["IN-2"], "new"],
    ]);
  });

  it("several links are drawn in turn; only what none of them backs is reported", () => {
    const result = runEngine(
      ledger({ receipts, deliveries: [sale("2025-02-01", "170", { linkedSds: ["IN-1; IN-2"] })] }),
      today,
    );
    expect(result.findings.find((x) => x.code === "linked-sd-unavailable")?.details).toMatchObject({
      asked: "170",
      available: "150",
    });
  });
});

describe("carry-forward evidence (ISCC EU)", () => {
  // 100 t received; 30 t sold sustainable and 40 t sold as ordinary material: 70 t of credit
  // against 30 t in the tank by the books, and nobody counted
  const parts: LedgerParts = {
    receipts: [uco("2025-01-05", "100", "IN-1")],
    deliveries: [sale("2025-02-01", "30"), sale("2025-02-02", "40", { sustainable: "no" })],
  };

  it("without a count, carries forward the book physical stock of 30 t and warns that no count was found", () => {
    const result = runEngine(ledger(parts), today);
    expect(balanceOf(result)).toMatchObject({
      closing: "70",
      bookPhysicalStock: "30",
      physicalStock: null,
      lapsed: "40",
      carriedForward: "30",
    });
    const f = result.findings.find((x) => x.code === "stock-count-missing");
    expect(f).toMatchObject({ severity: "warning" });
    expect(f?.sheet).toBeUndefined();
    expect(f?.message).toMatch(/^UCO: no stock count was found at the end of the period ending 2025-03-31/);
    expect(result.ledger.entries().find((e) => e.kind === "lapse")).toMatchObject({
      quantity: "-40",
      reference: "lapse (no stock count)",
    });
  });

  it("the next period opens with the 30 t carried", () => {
    const result = runEngine(
      ledger({ ...parts, receipts: [...parts.receipts!, uco("2025-04-02", "5", "IN-2")] }),
      today,
    );
    expect(balanceOf(result, "UCO", "2025-04-01")).toMatchObject({
      opening: "30",
      received: "5",
      closing: "35",
    });
  });

  it("a count decides instead: 70 t counted carries all 70 t, without the warning", () => {
    const result = runEngine(
      ledger({ ...parts, stockCounts: [{ date: "2025-03-31", product: "UCO", quantity: "70", unit: "t" }] }),
      today,
    );
    expect(balanceOf(result)).toMatchObject({ carriedForward: "70", lapsed: "0" });
    expect(codes(result)).not.toContain("stock-count-missing");
  });

  it("the profile can turn it off; ISCC PLUS does not cap unless its profile says so", () => {
    const off = runEngine(ledger({ ...parts, settings: { capWithoutCount: false } }), today);
    expect(balanceOf(off)).toMatchObject({ carriedForward: "70", lapsed: "0" });
    const plus = runEngine(ledger({ ...parts, settings: { scheme: "ISCC PLUS" } }), today);
    const plusParts = ledger(parts);
    plusParts.receipts.forEach((r) => (r.scheme = "ISCC PLUS"));
    plusParts.deliveries.forEach((d) => (d.scheme = "ISCC PLUS"));
    const plusBooks = runEngine(plusParts, today);
    expect(plusBooks.balances[0]).toMatchObject({ carriedForward: "70", lapsed: "0" });
    expect(plus.balances.length).toBeGreaterThan(0);
  });
});

describe("the own certificate", () => {
  const own = (validUntil: string, status = "valid"): CertificateInput[] =>
    [
      { certificateNumber: "EU-ISCC-Cert-OWN-1", validFrom: "2024-04-01", validUntil, status },
    ] as CertificateInput[];
  const suppliers = register();
  const settings = { ownCertificate: "EU-ISCC-Cert-OWN-1" };

  it("expired on 2025-03-31: no credit is carried into 2025-04-01, all 100 t lapse with a warning", () => {
    const result = runEngine(
      ledger({
        settings,
        receipts: [uco("2025-01-05", "100", "IN-1"), uco("2025-04-05", "10", "IN-2")],
        certificates: [...suppliers, ...own("2025-03-31")],
        stockCounts: [{ date: "2025-03-31", product: "UCO", quantity: "100", unit: "t" }],
      }),
      today,
    );
    expect(balanceOf(result)).toMatchObject({ closing: "100", lapsed: "100", carriedForward: "0" });
    expect(balanceOf(result, "UCO", "2025-04-01")).toMatchObject({ opening: "0", received: "10" });
    const f = result.findings.find((x) => x.code === "own-certificate-invalid");
    expect(f).toMatchObject({ severity: "warning", related: [{ sheet: "Certificates", cell: "E3" }] });
    expect(f?.message).toContain("expired on 2025-04-01");
  });

  it("expired on 2025-03-31: a declaration dated 2025-05-10 is held back with an error at the delivery", () => {
    const result = runEngine(
      ledger({
        settings,
        receipts: [uco("2025-04-05", "100", "IN-1")],
        deliveries: [sale("2025-05-10", "40")],
        certificates: [...suppliers, ...own("2025-03-31")],
      }),
      { today: "2025-05-10" },
    );
    const f = result.findings.find((x) => x.code === "own-certificate-invalid" && x.severity === "error");
    expect(f).toMatchObject({ sheet: "Deliveries", cell: "A2" });
    expect(f?.details).toMatchObject({ date: "2025-05-10", reason: "expired", validUntil: "2025-03-31" });
    // held back, so no number is taken (issue 12); the error names the declaration it holds back
    expect(result.declarations.map((d) => [d.status, d.number])).toEqual([["blocked", ""]]);
    expect(result.declarations[0]?.heldBy?.map((h) => h.code)).toContain("own-certificate-invalid");
    expect(f?.holdsBack).toEqual([{ sheet: "Deliveries", cell: "C2" }]);
  });

  it("renewed after a gap: credit carried across the gap never reaches a declaration dispatched once valid again", () => {
    // valid until 2025-03-31, renewed from 2025-04-15: 2025-04-01, the day Q1's credit would be
    // carried into, is not covered, so the credit lapses there; the delivery of 2025-05-10 (covered
    // again) finds no credit and is not issued. One finding per cause: the lapse (warning) and the
    // delivery's missing credit (error); the own certificate holds back no declaration of its own.
    const result = runEngine(
      ledger({
        settings,
        receipts: [uco("2025-01-05", "100", "IN-1")],
        deliveries: [sale("2025-05-10", "40")],
        certificates: [
          ...suppliers,
          ...own("2025-03-31"),
          { certificateNumber: "EU-ISCC-Cert-OWN-1", validFrom: "2025-04-15", validUntil: "2026-04-14" },
        ] as CertificateInput[],
        stockCounts: [{ date: "2025-03-31", product: "UCO", quantity: "100", unit: "t" }],
      }),
      { today: "2025-05-10" },
    );
    expect(balanceOf(result)).toMatchObject({ lapsed: "100", carriedForward: "0" });
    const invalid = result.findings.filter((x) => x.code === "own-certificate-invalid");
    expect(invalid.map((f) => [f.severity, f.details?.date])).toEqual([["warning", "2025-04-01"]]);
    // the delivery has no credit at all behind it: nothing to declare, and an error at its row
    expect(result.declarations.filter((d) => d.status === "new" || d.status === "issued")).toEqual([]);
    expect(result.findings.filter((x) => x.severity === "error").map((x) => [x.code, x.sheet])).toEqual([
      ["negative-balance", "Deliveries"],
    ]);
  });

  it("dispatched while valid but issued after expiry: held back for the issue date", () => {
    const result = runEngine(
      ledger({
        settings,
        receipts: [uco("2025-03-05", "100", "IN-1")],
        deliveries: [sale("2025-03-20", "40")],
        certificates: [...suppliers, ...own("2025-03-31")],
        stockCounts: [{ date: "2025-03-31", product: "UCO", quantity: "60", unit: "t" }],
      }),
      { today: "2025-04-02" },
    );
    const f = result.findings.find((x) => x.code === "own-certificate-invalid" && x.severity === "error");
    expect(f?.details).toMatchObject({ date: "2025-04-02", dated: "issued" });
  });

  it("valid, or renewed in the register: nothing lapses and the declaration is new", () => {
    const result = runEngine(
      ledger({
        settings,
        receipts: [uco("2025-01-05", "100", "IN-1")],
        deliveries: [sale("2025-05-10", "40")],
        certificates: [
          ...suppliers,
          ...own("2025-03-31"),
          { certificateNumber: "EU-ISCC-Cert-OWN-1", validFrom: "2025-04-01", validUntil: "2026-03-31" },
        ] as CertificateInput[],
        stockCounts: [{ date: "2025-03-31", product: "UCO", quantity: "100", unit: "t" }],
      }),
      { today: "2025-05-10" },
    );
    expect(codes(result)).not.toContain("own-certificate-invalid");
    expect(result.declarations.map((d) => d.status)).toEqual(["new"]);
  });

  it("suspended: a site's own certificate from the site register is the one checked", () => {
    const result = runEngine(
      ledger({
        settings,
        sites: [{ site: "Neuss", certificateNumber: "EU-ISCC-Cert-SITE-2" }],
        receipts: [uco("2025-01-05", "100", "IN-1", { site: "Neuss" })],
        deliveries: [sale("2025-02-10", "40", { site: "Neuss" })],
        certificates: [
          ...suppliers,
          ...own("2026-03-31"),
          {
            certificateNumber: "EU-ISCC-Cert-SITE-2",
            validFrom: "2024-01-01",
            validUntil: "2026-01-01",
            status: "suspended",
          },
        ] as CertificateInput[],
      }),
      { today: "2025-02-10" },
    );
    const f = result.findings.find((x) => x.code === "own-certificate-invalid" && x.severity === "error");
    expect(f?.details).toMatchObject({ certificate: "EU-ISCC-Cert-SITE-2", reason: "suspended" });
  });

  it("no own certificate number: this rule checks nothing (the PoS's mandatory fields hold it back)", () => {
    const result = runEngine(
      ledger({
        settings: { ownCertificate: "" },
        receipts: [uco("2025-01-05", "100", "IN-1")],
        deliveries: [sale("2025-05-10", "40")],
        certificates: suppliers,
      }),
      { today: "2025-05-10" },
    );
    expect(codes(result)).not.toContain("own-certificate-invalid");
    expect(codes(result)).toContain("declaration-incomplete");
  });

  it("an own certificate the register lacks cannot be checked: its declarations are held back, no credit lapses", () => {
    const result = runEngine(
      ledger({
        settings,
        receipts: [uco("2025-01-05", "100", "IN-1")],
        deliveries: [sale("2025-05-10", "40")],
        certificates: suppliers,
      }),
      { today: "2025-05-10" },
    );
    const held = result.findings.filter((f) => f.code === "own-certificate-invalid");
    expect(held.map((f) => [f.severity, f.details])).toEqual([
      [
        "error",
        // said once for all it holds back: here one declaration
        {
          certificate: "EU-ISCC-Cert-OWN-1",
          reason: "not in register",
          date: "2025-05-10",
          carry: false,
          held: 1,
        },
      ],
    ]);
    expect(result.declarations.every((d) => d.status !== "new")).toBe(true);
    expect(result.balances.every((b) => b.lapsed === "0")).toBe(true);
  });
});

describe("12-month periods for farms and first gathering points (ISCC EU)", () => {
  const run = (settings: Parameters<typeof ledger>[0]["settings"]) =>
    runEngine(
      ledger({ receipts: [uco("2025-01-05", "100", "IN-1"), uco("2025-11-05", "5", "IN-2")], settings }),
      today,
    );

  it.each([
    ["farm", "ISCC EU", 12, true],
    ["first-gathering-point", "ISCC EU", 12, true],
    ["farm", "ISCC EU", 3, true],
    ["farm", "ISCC EU", 6, false],
    ["other", "ISCC EU", 12, false],
    [undefined, "ISCC EU", 12, false],
    ["farm", "ISCC PLUS", 12, false],
  ] as const)("%s under %s with %i months: allowed %s", (operatorType, scheme, periodMonths, allowed) => {
    const result = run({ operatorType, scheme, periodMonths });
    expect(codes(result).includes("period-too-long")).toBe(!allowed);
  });

  it("a farm's 12-month period runs a year and balances once", () => {
    const result = run({ operatorType: "farm", periodMonths: 12 });
    expect(result.periods).toEqual([{ start: "2025-01-01", end: "2025-12-31" }]);
    expect(result.balances[0]).toMatchObject({ received: "105", closing: "105" });
  });

  it("tells a company asking for 12 months where they are allowed", () => {
    const f = run({ periodMonths: 12 }).findings.find((x) => x.code === "period-too-long");
    expect(f?.message).toContain("12-month periods are for farms and first gathering points");
  });
});

describe("reconcilable balances", () => {
  /** Hamburg (DE) sends 35 t of UCO credit to Venlo (NL), one company, one certification body. */
  const hamburgToVenlo = (receipts: LedgerParts["receipts"]) =>
    runEngine(
      ledger({
        settings: { scheme: "ISCC PLUS" },
        sites: PLUS_SITES,
        receipts: [...(receipts ?? []), hamburgUco()],
        transfers: [plusTransfer("35", { countryOfOrigin: "DE" })],
      }),
      today,
    );

  it("a site's row shows the 35 t it transferred out: 0 + 100 − 35 = 65", () => {
    const result = hamburgToVenlo([]);
    const at = (site: string) => result.balances.find((b) => b.site === site);
    expect(at("Hamburg")).toMatchObject({
      opening: "0",
      received: "100",
      transferredIn: "0",
      transferredOut: "35",
      closing: "65",
    });
    expect(at("Venlo")).toMatchObject({
      opening: "0",
      received: "0",
      transferredIn: "35",
      transferredOut: "0",
      closing: "35",
    });
  });

  // [the receiving site's first receipt, what arrives at Venlo or null]
  const units: [string, Record<string, string>, string | null][] = [
    ["in tonnes: 35 t", { quantity: "10", unit: "t" }, "35"],
    ["in kg: 35 t", { quantity: "10000", unit: "kg" }, "35"],
    ["in m³ (a transfer row has no density): nothing moves", { quantity: "10", unit: "m3" }, null],
  ];
  it.each(units)(
    "a receiving site keeping the product %s, never tonnes booked as another unit",
    (_what, venloReceipt, arrives) => {
      const result = hamburgToVenlo([
        uco("2025-01-03", "1", "IN-0", {
          site: "Venlo",
          scheme: "ISCC PLUS",
          claim: "bio-circular",
          ...venloReceipt,
        }),
      ]);
      const hamburg = result.balances.find((b) => b.site === "Hamburg");
      const venlo = result.balances.filter((b) => b.site === "Venlo" && b.transferredIn !== "0");
      if (arrives === null) {
        expect(hamburg).toMatchObject({ transferredOut: "0", closing: "100" });
        expect(venlo).toEqual([]);
        const f = result.findings.find((x) => x.code === "unit-mismatch");
        expect([f?.sheet, f?.cell]).toEqual(["Transfers", cellFor("Transfers", "quantity", 2)]);
      } else {
        expect(hamburg).toMatchObject({ transferredOut: "35", closing: "65" });
        expect(venlo.map((b) => b.transferredIn)).toEqual([arrives]);
      }
    },
  );
});
