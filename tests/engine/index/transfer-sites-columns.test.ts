// A transfer between sites the sites sheet cannot show allowed (brk14 c06q, rules/transfer-not-allowed.ts):
// a blank country is unclear, never "? and ? are not neighbours"; and a sheet lacking several of
// the columns a transfer needs (Company, Country, Certificate, Certification body) names them all
// at once, not one per run. Both sites' balances are incomplete, the transfer is not booked.
import fc from "fast-check";
import { runEngine } from "../../../src/engine";
import { ledger, uco } from "../build";

const today = { today: "2025-06-15" };
const COLUMNS = { company: "B", country: "C", certificateNumber: "D", certificationBody: "E" } as const;
const LABELS: Record<keyof typeof COLUMNS, string> = {
  company: "Company",
  country: "Country",
  certificateNumber: "Certificate",
  certificationBody: "Certification body",
};
type Column = keyof typeof COLUMNS;

/** Hamburg → Venlo, 10 t under ISCC PLUS, with a sites sheet of only `columns` (the others absent). */
function refusal(columns: readonly Column[], venloCountry = "NL") {
  const full = {
    Hamburg: { company: "Acme", country: "DE", certificateNumber: "ISCC-PLUS-1", certificationBody: "SGS" },
    Venlo: {
      company: "Acme",
      country: venloCountry,
      certificateNumber: "ISCC-PLUS-2",
      certificationBody: "SGS",
    },
  };
  const keep = (site: keyof typeof full) =>
    Object.fromEntries(columns.map((c) => [c, full[site][c]])) as Partial<(typeof full)[typeof site]>;
  const r = runEngine(
    ledger({
      sites: [
        { site: "Hamburg", ...keep("Hamburg") },
        { site: "Venlo", ...keep("Venlo") },
      ],
      layout: { Sites: { site: "A", ...Object.fromEntries(columns.map((c) => [c, COLUMNS[c]])) } },
      receipts: [
        uco("2025-01-05", "100", "IN-1", { site: "Hamburg", scheme: "ISCC PLUS", claim: "bio-circular" }),
      ],
      transfers: [
        {
          date: "2025-02-01",
          fromSite: "Hamburg",
          toSite: "Venlo",
          product: "UCO",
          quantity: "10",
          unit: "t",
          scheme: "ISCC PLUS",
        },
      ],
    }),
    today,
  );
  return { r, f: r.findings.find((x) => x.code === "transfer-not-allowed") };
}

describe("a transfer whose sites sheet does not say enough", () => {
  it("Company but no Country column: says the sheet has no Country column and what to add, never '?'", () => {
    const { r, f } = refusal(["company", "certificateNumber", "certificationBody"]);
    expect(f?.message).toContain("has no Country column");
    expect(f?.message).toContain("add a Country column");
    expect(f?.message).not.toContain("?");
    expect(r.balances.every((b) => !b.complete)).toBe(true);
  });

  it("a blank Country cell: names the site and says to fill it in", () => {
    const { f } = refusal(["company", "country", "certificateNumber", "certificationBody"], "");
    expect(f?.message).toContain("does not state the country of site Venlo");
    expect(f?.message).not.toContain("?");
  });

  it("every column present and filled: allowed", () => {
    expect(refusal(["company", "country", "certificateNumber", "certificationBody"]).f).toBeUndefined();
  });

  it("property: any set of absent columns is named whole in the one refusal, never '?'", () => {
    const all = Object.keys(COLUMNS) as Column[];
    fc.assert(
      fc.property(fc.subarray(all, { minLength: 0, maxLength: 3 }), (kept) => {
        const absent = all.filter((c) => !kept.includes(c));
        const { f } = refusal(kept);
        expect(f).toBeDefined();
        expect(f?.message).not.toContain("?");
        for (const c of absent) expect(f?.message).toContain(LABELS[c]);
      }),
      { numRuns: 30 },
    );
  });
});
