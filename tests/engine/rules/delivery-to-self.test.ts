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

// (h-parties) Settings name the company without its legal form ("Acme Bio"), and a sites sheet
// lists its sites: a customer that is the company with a legal form, a plant of it (a site noun in
// seven languages), or one of the listed sites (name, code, place after the company's name) is the
// company itself. Another company whose name begins with ours, or holds our words in another
// order, or a group company of another legal form beside ours, keeps its SD.
describe("a delivery to ourselves, named as Settings and the sites sheet name us", () => {
  const SITES = [
    { site: "Hamburg", company: "Acme Bio", country: "DE", certificateNumber: "EU-ISCC-Cert-DE200-1" },
    {
      site: "Werk Venlo",
      company: "Acme Bio",
      country: "NL",
      certificateNumber: "EU-ISCC-Cert-DE200-1",
      code: "VEN",
    },
  ];
  function ours(customer: string, companyName = "Acme Bio") {
    const at = { site: "Hamburg" };
    const r = runEngine(
      ledger({
        settings: { companyName },
        sites: SITES,
        receipts: [uco("2025-01-08", "100", "IN-1", at)],
        deliveries: [sale("2025-02-10", "20", at), sale("2025-02-20", "30", { ...at, customer })],
      }),
      { today: "2025-06-30" },
    );
    return {
      said: r.findings.filter((f) => f.code === "delivery-to-self"),
      sds: r.declarations.map((d) => d.status),
      delivered: String(r.balances[0]?.delivered),
    };
  }

  it.each([
    ["Acme Bio B.V.", "name"],
    ["Acme Bio GmbH", "name"],
    ["ACME BIO S.A.", "name"],
    ["Acme Bio, Werk Duisburg", "name"],
    ["Acme Bio Plant Hull", "name"],
    ["Acme Bio SAS Usine de Dunkerque", "name"],
    ["Acme Bio S.p.A. Stabilimento di Ravenna", "name"],
    ["Acme Bio S.L. Planta Huelva", "name"],
    ["Acme Bio N.V. Fabriek Gent", "name"],
    ["Acme Bio Sp. z o.o. Zakład Gdańsk", "name"],
    ["Acme Bio Werk Venlo", "site"],
    ["Acme Bio, Werk Venlo", "site"],
    ["Acme Bio Venlo", "site"],
    ["Werk Venlo", "site"],
    ["VEN", "site"],
  ])("%s: %s, no SD, still booked out", (customer, by) => {
    const r = ours(customer);
    expect(r.said.map((f) => [f.severity, f.details])).toEqual([["error", expect.objectContaining({ by })]]);
    expect(r.sds).toEqual(["new", "blocked"]);
    expect(r.delivered).toBe("50");
  });

  it("says a move to an own site is a transfer, not a sale", () => {
    const [f] = ours("Werk Venlo").said;
    expect(f?.message).toContain("customer Werk Venlo is your own site Werk Venlo (sites sheet)");
    expect(f?.message).toContain("is a transfer, not a sale: book it on the transfers sheet");
  });

  it.each([
    ["Acme Biofuels Ltd", "Acme Bio"],
    ["Bio Acme", "Acme Bio"],
    ["Acme Bio Trading B.V.", "Acme Bio"],
    ["Acme Bio Plant Oils Ltd", "Acme Bio"],
    ["Acme Bio Rotterdam", "Acme Bio"],
    ["Acme Bio B.V.", "Acme Bio GmbH"],
    ["Venlo Trading B.V.", "Acme Bio"],
  ])("must not change: %s (company %s) gets its SD", (customer, company) => {
    const r = ours(customer, company);
    expect(r.said).toEqual([]);
    expect(r.sds).toEqual(["new", "new"]);
  });
});
