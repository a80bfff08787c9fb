// The recipient's certificate per the certificate register on the delivery's day (brk27 S6;
// engine/rules/customer-certificate-invalid.ts): not covering it holds the SD back; valid, or not
// in the register: the SD as before.
import { runEngine } from "../../../src/engine";
import type { CertificateInput } from "../../../src/engine";
import { ledger, sale, uco } from "../build";

const CUST = "EU-ISCC-Cert-DE300-1";
const row = (n: string, validFrom: string, validUntil: string, status: string) =>
  ({ certificateNumber: n, validFrom, validUntil, status }) as CertificateInput;
const base = [
  row("EU-ISCC-Cert-DE100-1", "2024-01-01", "2026-12-31", "valid"),
  row("EU-ISCC-Cert-DE200-1", "2024-01-01", "2026-12-31", "valid"),
];

function run(customerRows: CertificateInput[], customerCertificate = CUST) {
  const r = runEngine(
    ledger({
      receipts: [uco("2025-01-08", "100", "IN-1")],
      deliveries: [
        sale("2025-03-01", "30", { customerCertificate }),
        sale("2025-03-02", "20", { customer: "Other AG" }),
      ],
      certificates: [...base, ...customerRows],
    }),
    { today: "2025-06-30" },
  );
  return {
    said: r.findings
      .filter((f) => f.code === "customer-certificate-invalid")
      .map((f) => [f.severity, f.details]),
    sds: r.declarations.map((d) => d.status),
    delivered: String(r.balances[0]?.delivered),
  };
}

describe("the recipient's certificate does not cover the delivery's day: SD held back", () => {
  it.each([
    [row(CUST, "2024-01-01", "2025-01-05", "valid"), "expired"],
    [row(CUST, "2025-04-01", "2026-01-05", "valid"), "not yet valid"],
    [row(CUST, "2024-01-01", "2026-01-05", "suspended"), "suspended"],
    [row(CUST, "2024-01-01", "2026-01-05", "entzogen"), "withdrawn"],
  ])("%j: %s", (r, reason) => {
    const x = run([r]);
    expect(x.said).toEqual([["error", expect.objectContaining({ reason, certificate: CUST })]]);
    expect(x.sds).toEqual(["blocked", "new"]);
    expect(x.delivered).toBe("50");
  });
});

describe("must not change: the SD as before", () => {
  it.each([
    ["valid", [row(CUST, "2024-01-01", "2026-01-05", "valid")], CUST],
    ["not in the register", [], CUST],
    ["no customer certificate", [row(CUST, "2024-01-01", "2025-01-05", "valid")], ""],
  ])("%s", (_, rows, cert) => {
    const x = run(rows, cert);
    expect(x.said).toEqual([]);
    expect(x.sds).toEqual(["new", "new"]);
  });
});
