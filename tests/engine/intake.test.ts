// Intake reads each spelling once and shares what rows have in common; sharing must never merge
// rows whose values differ, nor split the display name of one product between its spellings.
import { intake } from "../../src/engine/intake";
import { resolveProfile } from "../../src/engine/profile";
import { ledger, uco } from "./build";

function read(receipts: Parameters<typeof ledger>[0]["receipts"]) {
  const l = ledger({ receipts });
  return intake(l, resolveProfile(l.settings)).value.receipts;
}

describe("intake", () => {
  it("shows a product the way it was first spelled, however later rows spell it", () => {
    const rows = read([
      uco("2025-01-02", "10", "IN-1", { product: "UCO" }),
      uco("2025-01-03", "10", "IN-2", { product: "uco " }),
      uco("2025-01-04", "10", "IN-3", { product: "Uco" }),
      uco("2025-01-05", "10", "IN-4", { product: "uco " }),
    ]);
    expect(rows.map((r) => [r.product, r.productKey])).toEqual(Array(4).fill(["UCO", "uco"]));
  });

  it("shares GHG values between rows that give the same ones, in any field order, and only those", () => {
    const rows = read([
      uco("2025-01-02", "10", "IN-1", { ghg: { total: "12.5", method: "AV" } }),
      uco("2025-01-03", "10", "IN-2", { ghg: { method: "AV", total: "12.5" } }),
      uco("2025-01-04", "10", "IN-3", { ghg: { total: "12.5", method: "TDV" } }),
      uco("2025-01-05", "10", "IN-4", { ghg: { total: "12.5", method: "AV", unit: "g/MJ" } }),
      uco("2025-01-06", "10", "IN-5", { ghg: { total: "12.5", method: "AV" } }),
    ]);
    const [a, b, c, d, e] = rows.map((r) => r.ghg);
    expect(a?.signature).toBe(b?.signature);
    expect(a).toBe(e);
    expect([c?.method, d?.unit]).toEqual(["TDV", "g/MJ"]);
    expect(new Set([a?.signature, c?.signature, d?.signature]).size).toBe(3);
  });

  it("gives rows one characteristic set per set of values, whatever the spelling", () => {
    const rows = read([
      uco("2025-01-02", "10", "IN-1", { wasteResidue: "yes", countryOfOrigin: "DE" }),
      uco("2025-01-03", "10", "IN-2", { wasteResidue: "ja", countryOfOrigin: "DE" }),
      uco("2025-01-04", "10", "IN-3", { wasteResidue: "yes", countryOfOrigin: "FR" }),
      uco("2025-01-05", "10", "IN-4", { wasteResidue: "no", countryOfOrigin: "DE" }),
      uco("2025-01-06", "10", "IN-5", { wasteResidue: "yes", countryOfOrigin: "DE" }),
    ]);
    const [a, b, c, d, e] = rows.map((r) => r.characteristics);
    expect(a).toBe(b);
    expect(a).toBe(e);
    expect([c?.countryOfOrigin, d?.wasteResidue]).toEqual(["FR", "no"]);
    expect(new Set([a, c, d]).size).toBe(3);
  });

  it("reads the same quantity text to the same exact value on every row", () => {
    const rows = read([uco("2025-01-02", "0.1", "IN-1"), uco("2025-01-03", "0.1", "IN-2")]);
    expect(rows.map((r) => r.amount.t?.toFixed())).toEqual(["0.1", "0.1"]);
  });
});
