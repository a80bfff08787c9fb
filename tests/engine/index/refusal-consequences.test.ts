// What a refused density, heating value or dispatch date does, said in its finding and seen in the
// balance (docs/rules.md, units): a conversion value that is no number, has no unit, or that the
// row's phase cannot have leaves the row out and its account incomplete, as the reader leaves out
// a row whose density it cannot read; a dispatch date that is no date leaves the supplier's
// certificate checked on the receipt date, the row booked and its account complete. Never "the
// value is ignored" where something else follows.
import { runEngine } from "../../../src/engine";
import type { ProductionInput, ReceiptInput } from "../../../src/engine";
import { ledger, press, sale, uco } from "../build";

type Extra = Partial<Omit<ReceiptInput, "source">>;

/** 100 t of UCO, then 20 of it with `bad`, then 110 t sold. */
function run(bad: Extra) {
  const out = runEngine(
    ledger({
      receipts: [uco("2025-01-05", "100", "IN-1"), uco("2025-02-05", "20", "IN-BAD", bad)],
      deliveries: [sale("2025-03-01", "110")],
    }),
    { today: "2025-04-15" },
  );
  const errors = out.findings.filter((f) => f.sheet === "Receipts" && /^[A-Z]+3$/.test(f.cell ?? ""));
  const [uc] = out.balances.filter((b) => b.product === "UCO");
  return { errors, balance: uc && { received: uc.received, complete: uc.complete } };
}

const LEFT_OUT =
  "the row is not booked until it is corrected; its quantity and credit are unknown, not none, so the balances it feeds are incomplete";
const RECEIPT_DATE =
  "the supplier's certificate is checked on the receipt date instead until it is corrected";

describe("a refusal says what the engine does with the row", () => {
  it.each<[string, Extra, string, string, { received: string; complete: boolean }]>([
    [
      "a density no number",
      { unit: "m3", density: "abc" },
      "invalid-number",
      LEFT_OUT,
      { received: "100", complete: false },
    ],
    [
      "a density of 92 %",
      { unit: "m3", density: "92 %" },
      "invalid-number",
      LEFT_OUT,
      { received: "100", complete: false },
    ],
    [
      "a heating value no number",
      { heatingValue: "n/a", heatingValueUnit: "MJ/kg" },
      "invalid-number",
      LEFT_OUT,
      { received: "100", complete: false },
    ],
    [
      "a density without a unit",
      { unit: "m3", density: "920" },
      "invalid-unit",
      LEFT_OUT,
      { received: "100", complete: false },
    ],
    [
      "a heating value in a density unit",
      { heatingValue: "37", heatingValueUnit: "kg/m3" },
      "invalid-unit",
      LEFT_OUT,
      { received: "100", complete: false },
    ],
    [
      "a liquid's density of 92 kg/m³",
      { unit: "m3", density: "92", densityUnit: "kg/m3" },
      "implausible-value",
      LEFT_OUT,
      { received: "100", complete: false },
    ],
    [
      "UCO's heating value of 35 MJ/m³",
      { heatingValue: "35", heatingValueUnit: "MJ/m3" },
      "implausible-value",
      LEFT_OUT,
      { received: "100", complete: false },
    ],
    [
      "a dispatch date no date",
      { dispatchDate: "xyz" },
      "invalid-date",
      RECEIPT_DATE,
      { received: "120", complete: true },
    ],
    [
      "a dispatch date of month 13",
      { dispatchDate: "2025-13-45" },
      "invalid-date",
      RECEIPT_DATE,
      { received: "120", complete: true },
    ],
  ])("%s: %s, worded as it follows", (_, bad, code, consequence, balance) => {
    const { errors, balance: got } = run(bad);
    expect(errors.map((f) => f.code)).toContain(code);
    const found = errors.find((f) => f.code === code);
    expect(found?.message).toContain(consequence);
    expect(found?.message).not.toMatch(/ignored|was left out/);
    expect(got).toEqual(balance);
  });

  // a production row's output: its own unit and product name tell its phase, not the input's
  it.each<[string, Partial<ProductionInput>, string | null]>([
    [
      "oil at 35 MJ/m³",
      { outputProduct: "Rapeseed oil", heatingValue: "35", heatingValueUnit: "MJ/m3" },
      "a liquid",
    ],
    [
      "oil in litres at 35 MJ/m³",
      { outputUnit: "L", heatingValue: "35", heatingValueUnit: "MJ/m3" },
      "a liquid",
    ],
    [
      "oil at 37 MJ/kg",
      { outputProduct: "Rapeseed oil", heatingValue: "37", heatingValueUnit: "MJ/kg" },
      null,
    ],
    [
      "biogas from oil in litres at 21.5 MJ/Nm³ of gas",
      {
        inputProduct: "Glycerin",
        unit: "L",
        outputProduct: "Biogas",
        outputUnit: "Nm3",
        heatingValue: "21.5",
        heatingValueUnit: "MJ/m3",
      },
      null,
    ],
  ])("production output %s", (_, extra, phase) => {
    const out = runEngine(
      ledger({
        receipts: [uco("2025-01-05", "100", "IN-1", { product: "Rapeseed", rawMaterial: "Rapeseed" })],
        production: [press({ outputQuantity: "40", ...extra })],
      }),
      { today: "2025-04-15" },
    );
    const refused = out.findings.filter((f) => f.code === "implausible-value" && f.severity === "error");
    expect(refused.map((f) => f.message.match(/impossible for (a [a-z ]+?)[;,.]/)?.[1] ?? null)).toEqual(
      phase ? [phase] : [],
    );
    if (phase) expect(refused[0]?.message).toContain(LEFT_OUT);
  });
});
