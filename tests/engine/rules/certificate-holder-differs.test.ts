// A receipt's supplier against the holder the certificate register gives the certificate it cites
// (brk27 S5; engine/rules/certificate-holder-differs.ts): another company, no credit; a name agreeing in
// part, a warning with the credit kept; the same company however spelled, nothing.
import { runEngine } from "../../../src/engine";
import type { CertificateInput } from "../../../src/engine";
import { ledger, sale, uco } from "../build";

const CERT = "EU-ISCC-Cert-DE100-1";
const register = (holder: string | undefined): CertificateInput[] =>
  [
    { certificateNumber: CERT, validFrom: "2024-01-01", validUntil: "2026-12-31", status: "valid", holder },
    {
      certificateNumber: "EU-ISCC-Cert-DE200-1",
      validFrom: "2024-01-01",
      validUntil: "2026-12-31",
      status: "valid",
      holder: "Acme GmbH",
    },
  ] as CertificateInput[];

function run(supplier: string, holder: string | undefined) {
  const r = runEngine(
    ledger({
      receipts: [uco("2025-01-08", "100", "IN-1", { supplier, supplierCertificate: CERT })],
      deliveries: [sale("2025-02-20", "80")],
      certificates: register(holder),
    }),
    { today: "2025-06-30" },
  );
  const f = r.findings.filter((x) => x.code === "certificate-holder-differs");
  return {
    said: f.map((x) => [x.severity, `${x.sheet}!${x.cell}`]),
    received: String(r.balances[0]?.received),
    sd: r.declarations.map((d) => d.status),
    message: f[0]?.message ?? "",
  };
}

describe("the supplier is not the holder of the certificate it cites", () => {
  it.each([
    ["Other Trading GmbH", "Saipol S.A."],
    ["Good Trading GmbH", "Other Trading GmbH"],
  ])("%s citing %s's certificate: no credit, error at the certificate cell", (supplier, holder) => {
    const r = run(supplier, holder);
    expect(r.said).toEqual([["error", expect.stringMatching(/^Receipts!/)]]);
    expect(r.received).toBe("0");
    expect(r.sd).not.toContain("new");
    expect(r.message).toContain(
      `gives certificate ${CERT} to ${holder}, not to this receipt's supplier ${supplier}`,
    );
    expect(r.message).toContain("gives no credit");
  });
});

describe("must not change: credit kept", () => {
  it.each([
    // the same company however spelled
    ["Saipol", "Saipol S.A."],
    ["SAIPOL SAS", "saipol"],
    ["Good AG", "Good Aktiengesellschaft"],
    // no holder in the register
    ["Other Trading GmbH", undefined],
    ["Other Trading GmbH", ""],
  ])("%s / %s: nothing said", (supplier, holder) => {
    const r = run(supplier, holder);
    expect(r.said).toEqual([]);
    expect(r.received).toBe("100");
    expect(r.sd).toEqual(["new"]);
  });

  it.each([
    ["Saipol Werk Grand-Couronne", "Saipol S.A."],
    ["Bunge Deutschland GmbH", "Bunge Loders Croklaan B.V."],
    ["ADM", "Archer Daniels Midland GmbH"],
  ])("%s / %s: names agreeing in part: a warning, credit kept", (supplier, holder) => {
    const r = run(supplier, holder);
    expect(r.said).toEqual([["warning", expect.stringMatching(/^Receipts!/)]]);
    expect(r.received).toBe("100");
    expect(r.sd).toEqual(["new"]);
    expect(r.message).toContain("agree only in part");
  });
});
