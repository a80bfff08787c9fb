// A delivery to the company itself gets no SD (brk27 S7; engine/rules/delivery-to-self.ts): by its
// customer certificate, its customer name, or own-use words in 7 languages; other customers keep
// theirs, and the quantity stays booked out either way.
import { runEngine } from "../../../src/engine";
import { COMPANY, ledger, sale, uco } from "../build";

function run(customer: string, customerCertificate?: string) {
  const r = runEngine(
    ledger({
      receipts: [uco("2025-01-08", "100", "IN-1")],
      deliveries: [sale("2025-02-10", "20"), sale("2025-02-20", "30", { customer, customerCertificate })],
    }),
    { today: "2025-06-30" },
  );
  return {
    said: r.findings.filter((f) => f.code === "delivery-to-self").map((f) => [f.severity, f.details]),
    sds: r.declarations.map((d) => [d.recipient.name, d.status]),
    delivered: String(r.balances[0]?.delivered),
  };
}

describe("a delivery to ourselves: no SD, still booked out", () => {
  it.each([
    ["Fuel AG", COMPANY.ownCertificate, "certificate"],
    ["Acme GmbH", undefined, "name"],
    ["ACME gmbh.", undefined, "name"],
    ["Acme", undefined, "name"],
    ["Acme GmbH Werk Venlo", undefined, "name"],
    ["Eigenbedarf", undefined, "own use"],
    ["Eigenverbrauch", undefined, "own use"],
    ["Umlagerung Werk Venlo", undefined, "own use"],
    ["Own use", undefined, "own use"],
    ["Consommation propre", undefined, "own use"],
    ["Autoconsumo", undefined, "own use"],
    ["Consumo propio", undefined, "own use"],
    ["Eigen gebruik", undefined, "own use"],
    ["Zużycie własne", undefined, "own use"],
  ])("%s (%s): %s", (customer, certificate, by) => {
    const r = run(customer, certificate);
    expect(r.said).toEqual([["error", expect.objectContaining({ by })]]);
    expect(r.sds).toEqual([
      ["Fuel AG", "new"],
      [customer, "blocked"],
    ]);
    expect(r.delivered).toBe("50");
  });

  it.each([
    ["Fuel AG", "EU-ISCC-Cert-DE300-1"],
    ["Acme Bio Trading B.V.", undefined],
    ["Acme Chemicals Ltd", undefined],
    ["Eigenbau GmbH", undefined],
    ["Umwelt AG", undefined],
    ["Propre Énergie SAS", undefined],
  ])("must not change: %s (%s) gets its SD", (customer, certificate) => {
    const r = run(customer, certificate);
    expect(r.said).toEqual([]);
    expect(r.sds.map((x) => x[1])).toEqual(["new", "new"]);
  });
});
