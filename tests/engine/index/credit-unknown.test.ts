// A row the engine (not the reader) refuses credit for a value that could not be read or trusted
// gives no credit, but its credit is unknown rather than none (domain.md §4): the account it feeds
// is incomplete, its shortfall no negative-balance, and nothing is declared from it. A denied claim,
// an expired certificate or a saving below its date's minimum is a real "no credit": the shortfall
// stays a non-conformity. One table over every such refusal, receipts, production and transfers.
import { type EngineResult, runEngine } from "../../../src/engine";
import type { ProductionInput, ReceiptInput, SchemeName } from "../../../src/engine";
import { ledger, press, sale, uco } from "../build";
import { hamburgUco, PLUS_SITES, plusTransfer } from "../transfer-books";

const today = { today: "2025-04-15" };
const CERT = "EU-ISCC-Cert-DE100-1";
type Extra = Partial<Omit<ReceiptInput, "source">>;

/** 100 t of UCO that gives credit, then 20 t with `bad`, then a sale of 120 t under `scheme`. */
function receipts(bad: Extra, status = "valid", scheme: SchemeName = "ISCC EU"): EngineResult {
  const claim = scheme === "ISCC PLUS" ? { claim: "bio-circular" } : {};
  return runEngine(
    ledger({
      settings: { scheme },
      receipts: [
        uco("2025-01-05", "100", "IN-1", { supplierCertificate: "EU-ISCC-Cert-DE100-2", scheme, ...claim }),
        uco("2025-02-05", "20", "IN-BAD", { scheme, ...claim, ...bad }),
      ],
      certificates: [
        // "expired": valid, but only until before the receipt
        {
          certificateNumber: CERT,
          validFrom: "2024-01-01",
          validUntil: status === "expired" ? "2025-01-31" : "2025-12-31",
          status: status === "expired" ? "valid" : status,
        },
        { certificateNumber: "EU-ISCC-Cert-DE100-2", validFrom: "2024-01-01", validUntil: "2025-12-31" },
      ],
      deliveries: [
        sale("2025-03-01", "120", scheme === "ISCC PLUS" ? { scheme, claim: "bio-circular" } : {}),
      ],
    }),
    today,
  );
}

/** 100 t of rapeseed pressed into 40 t of oil with a sustainable input `part`, and 40 t of oil sold. */
const pressed = (part: Partial<ProductionInput>) =>
  runEngine(
    ledger({
      receipts: [uco("2025-01-05", "100", "IN-1", { product: "Rapeseed", rawMaterial: "Rapeseed" })],
      production: [press({ outputQuantity: "40", ...part })],
      deliveries: [sale("2025-02-01", "40", { product: "Oil" })],
    }),
    today,
  );

/** 40 t of UCO moved from Hamburg to Venlo under `claim`, and sold at Venlo. */
const moved = (claim: string) =>
  runEngine(
    ledger({
      settings: { scheme: "ISCC PLUS" },
      sites: PLUS_SITES,
      receipts: [hamburgUco()],
      transfers: [plusTransfer("40", { claim, countryOfOrigin: "DE", wasteResidue: "yes" })],
      deliveries: [sale("2025-03-01", "40", { site: "Venlo", scheme: "ISCC PLUS", claim: "bio-circular" })],
    }),
    today,
  );

// a saving of 55 % meets the 50 % of an installation before 2015-10-05, not the 65 % of one since 2021
const SAVING_55 = { total: "42.3", method: "AV" };
const SAVING_40 = { total: "56.4", method: "AV" };

/** [case, run, the refusal's code and field, unknown (incomplete) or none (a real no-credit)] */
const CASES: [string, () => EngineResult, string, string, "unknown" | "none"][] = [
  [
    "GHG unit not known",
    () => receipts({ ghg: { total: "12.5", unit: "lbs CO2/gal" } }),
    "invalid-unit",
    "ghg.unit",
    "unknown",
  ],
  [
    "GHG total not a number (validation)",
    () => receipts({ ghg: { total: "twelve", method: "AV" } }),
    "invalid-number",
    "ghg.total",
    "unknown",
  ],
  ["claim in doubt", () => receipts({ claim: "compliant?" }), "invalid-value", "claim", "unknown"],
  [
    "claim of the other scheme",
    () => receipts({ claim: "EU RED compliant" }, "valid", "ISCC PLUS"),
    "invalid-value",
    "claim",
    "unknown",
  ],
  [
    "Annex IX part that is none",
    () => receipts({ annexIxPart: "Part C" }),
    "invalid-value",
    "annexIxPart",
    "unknown",
  ],
  [
    "Annex IX point with its part",
    () => receipts({ annexIxPart: "Part A (d)" }),
    "invalid-value",
    "annexIxPart",
    "unknown",
  ],
  [
    "register status not understood",
    () => receipts({}, "see register"),
    "certificate-invalid",
    "supplierCertificate",
    "unknown",
  ],
  [
    "no installation date, saving 55 %",
    () => receipts({ ghg: SAVING_55, installationStartDate: "" }),
    "ghg-saving-below-threshold",
    "ghg.total",
    "unknown",
  ],
  [
    "installation year only, saving 55 %",
    () => receipts({ ghg: SAVING_55, installationStartDate: "2015" }),
    "ghg-saving-below-threshold",
    "ghg.total",
    "unknown",
  ],
  ["claim denied", () => receipts({ claim: "not ISCC compliant" }), "invalid-value", "claim", "none"],
  [
    "certificate expired",
    () => receipts({}, "expired"),
    "certificate-invalid",
    "supplierCertificate",
    "none",
  ],
  [
    "dated installation, saving 55 %",
    () => receipts({ ghg: SAVING_55, installationStartDate: "2022-01-01" }),
    "ghg-saving-below-threshold",
    "ghg.total",
    "none",
  ],
  [
    "no installation date, saving 40 %",
    () => receipts({ ghg: SAVING_40, installationStartDate: "" }),
    "ghg-saving-below-threshold",
    "ghg.total",
    "none",
  ],
];

const reasonOf = (f: { details?: unknown } | undefined): unknown =>
  (f?.details as { reason?: unknown } | undefined)?.reason;
const short = (r: EngineResult) => r.findings.filter((f) => f.code === "negative-balance");

describe("a receipt's credit refused by the engine: unknown leaves its account incomplete, none does not", () => {
  it.each(CASES)("%s", (_, run, code, field, credit) => {
    const r = run();
    const refusal = r.findings.find((f) => f.code === code && f.sheet === "Receipts");
    expect(refusal).toMatchObject({ severity: "error" });
    expect(refusal?.cell).toMatch(/^[A-Z]+3$/);
    const uco = r.balances.filter((b) => b.product === "UCO");
    // the 20 t never give credit, either way
    expect(uco.reduce((s, b) => s + Number(b.received), 0)).toBe(100);
    expect(r.declarations.filter((d) => d.status === "new")).toEqual([]);
    if (credit === "unknown") {
      expect(uco.every((b) => !b.complete)).toBe(true);
      expect(short(r)).toEqual([]);
      // an error at the refusal's cell (the first there) holds back what the account feeds, at its product and site
      const held = r.findings.filter((f) => f.sheet === "Receipts" && f.cell === refusal?.cell && f.reach);
      expect(held.map((f) => f.reach)).toEqual([{ products: [{ site: "", product: "UCO" }] }]);
    } else {
      expect(uco.every((b) => b.complete)).toBe(true);
      expect(short(r)).toHaveLength(1);
    }
  });
});

describe("a production row's sustainable input refused by the engine leaves the credit it converts unknown", () => {
  it.each([
    ["60 lbs", "", "invalid-number", undefined],
    ["60", "lbs", "invalid-quantity", "unit-unknown"],
    ["150", "", "invalid-quantity", "out-of-range"],
    ["-5", "", "invalid-quantity", "out-of-range"],
    ["60", "m3", "invalid-quantity", "unconvertible"],
  ])(
    "%p %p (%s %s): the oil's account is incomplete, its sale no negative balance",
    (q, unit, code, reason) => {
      const r = pressed({
        sustainableInputQuantity: q,
        ...(unit ? { sustainableInputQuantityUnit: unit } : {}),
      });
      const f = r.findings.find((x) => x.code === code);
      expect(f).toMatchObject({ sheet: "Production", severity: "error" });
      expect(reasonOf(f)).toBe(reason);
      expect(r.balances.find((b) => b.product === "Oil")).toMatchObject({ produced: "0", complete: false });
      expect(short(r)).toEqual([]);
      expect(f?.reach?.products?.map((p) => p.product)).toEqual(["Rapeseed", "Oil"]);
    },
  );

  it("a readable part converts: complete", () => {
    const r = pressed({ sustainableInputQuantity: "100" });
    expect(r.balances.every((b) => b.complete)).toBe(true);
    expect(short(r)).toEqual([]);
  });
});

describe("a transfer's claim refused by the engine: unclear or of the other scheme leaves both sites incomplete", () => {
  it.each([
    ["tbd", "claim-unclear", "unknown"],
    ["bio-circular?", "claim-unclear", "unknown"],
    ["EU RED compliant", "claim-scheme", "unknown"],
    ["not bio-circular", "not-compliant", "none"],
  ])("%p (%s): credit %s", (claim, reason, credit) => {
    const r = moved(claim);
    const f = r.findings.find((x) => x.code === "invalid-value" && x.sheet === "Transfers");
    expect(reasonOf(f)).toBe(reason);
    const venlo = r.balances.filter((b) => b.site === "Venlo");
    expect(venlo.reduce((s, b) => s + Number(b.transferredIn), 0)).toBe(0);
    if (credit === "unknown") {
      expect(r.balances.every((b) => !b.complete)).toBe(true);
      expect(short(r)).toEqual([]);
      expect(f?.reach?.products).toEqual([
        { site: "Hamburg", product: "UCO" },
        { site: "Venlo", product: "UCO" },
      ]);
    } else {
      expect(r.balances.every((b) => b.complete)).toBe(true);
      expect(short(r)).toHaveLength(1);
    }
  });
});

// --- p-engine5: the refusal's text says what followed, from its details, never the default "the
// value is ignored": where the credit (or the input a production row converts) is left unknown,
// it says the balances it feeds are incomplete; where not (a denied claim, a GHG component beside
// its total, an installation start held to the strictest threshold), it does not.
const INCOMPLETE = "the balances it feeds are incomplete";

/** [case, run, sheet, the refusal's code, its field, whether the account is left incomplete] */
const SAID: [string, () => EngineResult, string, string, string, boolean][] = [
  [
    "GHG total no number",
    () => receipts({ ghg: { total: "twelve", method: "AV" } }),
    "Receipts",
    "invalid-number",
    "ghg.total",
    true,
  ],
  [
    "GHG total beyond 17 digits",
    () => receipts({ ghg: { total: "12.345678901234567891", method: "AV" } }),
    "Receipts",
    "invalid-number",
    "ghg.total",
    true,
  ],
  [
    "GHG component, no total",
    () => receipts({ ghg: { eec: "twelve", method: "AV" } }),
    "Receipts",
    "invalid-number",
    "ghg.eec",
    true,
  ],
  [
    "GHG component beside a total",
    () => receipts({ ghg: { total: "12", eec: "twelve", method: "AV" } }),
    "Receipts",
    "invalid-number",
    "ghg.eec",
    false,
  ],
  [
    "GHG unit not known",
    () => receipts({ ghg: { total: "12.5", unit: "lbs CO2/gal" } }),
    "Receipts",
    "invalid-unit",
    "ghg.unit",
    true,
  ],
  ["claim in doubt", () => receipts({ claim: "compliant?" }), "Receipts", "invalid-value", "claim", true],
  [
    "claim of the other scheme",
    () => receipts({ claim: "EU RED compliant" }, "valid", "ISCC PLUS"),
    "Receipts",
    "invalid-value",
    "claim",
    true,
  ],
  [
    "claim denied",
    () => receipts({ claim: "not ISCC compliant" }),
    "Receipts",
    "invalid-value",
    "claim",
    false,
  ],
  [
    "Annex IX part that is none",
    () => receipts({ annexIxPart: "Part C" }),
    "Receipts",
    "invalid-value",
    "annexIxPart",
    true,
  ],
  [
    "installation date no day, saving 40 %",
    () => receipts({ ghg: SAVING_40, installationStartDate: "31.02.2015" }),
    "Receipts",
    "invalid-date",
    "installationStartDate",
    false,
  ],
  [
    "installation year the threshold changes in, saving 40 %",
    () => receipts({ ghg: SAVING_40, installationStartDate: "2015" }),
    "Receipts",
    "invalid-date",
    "installationStartDate",
    false,
  ],
  [
    "sustainable input no number",
    () => pressed({ sustainableInputQuantity: "60 lbs" }),
    "Production",
    "invalid-number",
    "sustainableInputQuantity",
    true,
  ],
  [
    "sustainable input unit not known",
    () => pressed({ sustainableInputQuantity: "60", sustainableInputQuantityUnit: "lbs" }),
    "Production",
    "invalid-quantity",
    "sustainableInputQuantity",
    true,
  ],
  [
    "sustainable input above the input",
    () => pressed({ sustainableInputQuantity: "150" }),
    "Production",
    "invalid-quantity",
    "sustainableInputQuantity",
    true,
  ],
  [
    "sustainable input not convertible",
    () => pressed({ sustainableInputQuantity: "60", sustainableInputQuantityUnit: "m3" }),
    "Production",
    "invalid-quantity",
    "sustainableInputQuantity",
    true,
  ],
  ["transfer's claim unclear", () => moved("tbd"), "Transfers", "invalid-value", "claim", true],
  [
    "transfer's claim of the other scheme",
    () => moved("EU RED compliant"),
    "Transfers",
    "invalid-value",
    "claim",
    true,
  ],
  ["transfer's claim denied", () => moved("not bio-circular"), "Transfers", "invalid-value", "claim", false],
];

describe("an engine refusal's text says what followed, as the balances show it", () => {
  it.each(SAID)("%s", (_, run, sheet, code, field, incomplete) => {
    const r = run();
    const refusal = r.findings.find(
      (f) => f.code === code && f.sheet === sheet && (f.details as { field?: string }).field === field,
    );
    expect(refusal).toMatchObject({ severity: "error" });
    expect(r.balances.some((b) => !b.complete)).toBe(incomplete);
    const said = (refusal?.details as { consequence?: string }).consequence;
    const unknown = sheet === "Production" ? "input-unknown" : "credit-unknown";
    if (incomplete) expect(said).toBe(unknown);
    else expect(said).not.toBe(unknown);
    expect(refusal?.message.includes(INCOMPLETE)).toBe(incomplete);
    expect(refusal?.message).not.toMatch(/ignored/);
  });
});

// (brk19 0c) receipts of the input whose SD cells were refused leave its credit unknown: the output
// pressed from it was complete and its sale a negative balance (a false non-conformity)
describe("an input whose credit is unknown gives an output whose credit is as unknown", () => {
  /** 100 t of rapeseed pressed into 40 t of oil, sold; `receipts` t received, `unknown` receipts left out. */
  const run = (receipts: string, unknown: boolean) =>
    runEngine(
      {
        ...ledger({
          receipts: [uco("2025-01-05", receipts, "IN-1", { product: "Rapeseed", rawMaterial: "Rapeseed" })],
          production: [press({ outputQuantity: "40" })],
          deliveries: [sale("2025-02-01", "40", { product: "Oil" })],
        }),
        ...(unknown
          ? {
              incomplete: [
                { kinds: ["receipts"], products: ["Rapeseed"], source: { sheet: "Receipts", cell: "D3" } },
              ],
            }
          : {}),
      },
      today,
    );

  it("receipts of the input left out: the oil's account is incomplete, its sale no negative balance, nothing declared", () => {
    const r = run("50", true);
    expect(r.balances.find((b) => b.product === "Oil")).toMatchObject({ complete: false });
    expect(short(r)).toEqual([]);
    expect(r.declarations.filter((d) => d.status === "new")).toEqual([]);
  });

  it("an input with all its receipts read: the shortfall of the oil stays a negative balance", () => {
    const r = run("50", false);
    expect(r.balances.find((b) => b.product === "Oil")).toMatchObject({ produced: "20", complete: true });
    expect(short(r).map((f) => f.sheet)).toContain("Deliveries");
  });

  it("an input with credit enough: every account complete, no shortfall", () => {
    const r = run("100", false);
    expect(r.balances.every((b) => b.complete)).toBe(true);
    expect(short(r)).toEqual([]);
  });
});
