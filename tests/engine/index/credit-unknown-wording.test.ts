// A refusal by the engine says what the engine did with the row, from its details, never the
// default "the value is ignored": where the credit (or the sustainable input a production row
// converts) is left unknown, the text says the balances it feeds are incomplete, and where it is
// not (a denied claim, a GHG component beside its total), it does not. One table over every
// code and reason intake refuses a value for, checked against the balance state.
import { type EngineResult, runEngine, type TransferInput } from "../../../src/engine";
import type { ProductionInput, ReceiptInput, SchemeName } from "../../../src/engine";
import { ledger, press, sale, uco } from "../build";

const today = { today: "2025-04-15" };
type Extra = Partial<Omit<ReceiptInput, "source">>;

/** 100 t of UCO that gives credit, 20 t with `bad`, a sale of 120 t under `scheme`. */
const receipts = (bad: Extra, scheme: SchemeName = "ISCC EU"): EngineResult =>
  runEngine(
    ledger({
      settings: { scheme },
      receipts: [
        uco("2025-01-05", "100", "IN-1", {
          scheme,
          ...(scheme === "ISCC PLUS" ? { claim: "bio-circular" } : {}),
        }),
        uco("2025-02-05", "20", "IN-BAD", { scheme, ...bad }),
      ],
      certificates: [
        { certificateNumber: "EU-ISCC-Cert-DE100-1", validFrom: "2024-01-01", validUntil: "2025-12-31" },
      ],
      deliveries: [
        sale("2025-03-01", "120", scheme === "ISCC PLUS" ? { scheme, claim: "bio-circular" } : {}),
      ],
    }),
    today,
  );

/** 100 t of rapeseed pressed into 40 t of oil with a sustainable input `part`, the oil sold. */
const pressed = (part: Partial<ProductionInput>) =>
  runEngine(
    ledger({
      receipts: [uco("2025-01-05", "100", "IN-1", { product: "Rapeseed", rawMaterial: "Rapeseed" })],
      production: [press({ outputQuantity: "40", ...part })],
      deliveries: [sale("2025-02-01", "40", { product: "Oil" })],
    }),
    today,
  );

/** 40 t of UCO moved between two sites under `claim`, and sold at the second. */
const moved = (claim: string) => {
  const site = (name: string, n: string) => ({
    site: name,
    company: "Acme",
    country: "DE",
    certificateNumber: n,
    certificationBody: "CB",
  });
  const plus = { scheme: "ISCC PLUS" as const, claim: "bio-circular" };
  return runEngine(
    ledger({
      settings: { scheme: "ISCC PLUS" },
      sites: [site("Hamburg", "PLUS-1"), site("Venlo", "PLUS-2")],
      receipts: [uco("2025-01-05", "100", "IN-1", { site: "Hamburg", ...plus })],
      transfers: [
        {
          date: "2025-02-01",
          fromSite: "Hamburg",
          toSite: "Venlo",
          product: "UCO",
          quantity: "40",
          unit: "t",
          scheme: "ISCC PLUS",
          claim,
          rawMaterial: "Used cooking oil",
          countryOfOrigin: "DE",
        } as TransferInput,
      ],
      deliveries: [sale("2025-03-01", "40", { site: "Venlo", ...plus })],
    }),
    today,
  );
};

const SAVING_40 = { total: "56.4", method: "AV" };
const INCOMPLETE = "the balances it feeds are incomplete";

/** [case, run, sheet, the refusal's code, its field, whether the account is left incomplete] */
const CASES: [string, () => EngineResult, string, string, string, boolean][] = [
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
    () => receipts({ claim: "EU RED compliant" }, "ISCC PLUS"),
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
  it.each(CASES)("%s", (_, run, sheet, code, field, incomplete) => {
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
