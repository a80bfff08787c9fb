// First-law faults a new user's test found in claims, certificates and stock (p-engine): each kind
// read exactly or refused at its cell with what to do, through the whole engine.
import { type EngineResult, runEngine } from "../../../src/engine";
import type { CertificateInput, StockCountInput } from "../../../src/engine";
import { claimRead, claimUnder } from "../../../src/engine/claims";
import { isCertificatePlaceholder } from "../../../src/engine/certificates";
import { ledger, sale, uco } from "../build";
import { hamburgUco, PLUS_SITES, plusTransfer } from "../transfer-books";

const today = { today: "2025-04-15" };
const codes = (r: EngineResult) => r.findings.map((f) => f.code);
const received = (r: EngineResult, site = "") =>
  r.balances.filter((b) => b.site === site).reduce((s, b) => s + Number(b.received), 0);

describe("a claim naming both ISCC EU claims is the SD's two ticks: ISCC compliant material", () => {
  // ISCC compliant material under ISCC EU is EU RED compliant too (iscc-rules.md §2.5, §5.2): the
  // account claim "ISCC compliant" is both ticks, and its declaration ticks both again
  it.each([
    "EU RED compliant / ISCC compliant",
    "ISCC compliant / EU RED compliant",
    "ISCC-konform / EU-RED-konform",
    "EU RED + ISCC compliant",
    "ISCC compliant; EU RED compliant",
    "EU RED compliant and ISCC compliant",
    "EU-RED-konform und ISCC-konform",
  ])("%p books ISCC compliant credit whose declaration ticks EU RED and ISCC", (claim) => {
    expect(claimUnder(claim, "ISCC EU")).toEqual({ claim: "ISCC compliant", refusal: null });
    const r = runEngine(
      ledger({
        receipts: [uco("2025-01-05", "100", "IN-1", { claim })],
        deliveries: [sale("2025-02-01", "40", { claim: "ISCC compliant" })],
      }),
      today,
    );
    expect(codes(r)).not.toContain("invalid-value");
    expect(codes(r)).not.toContain("claim-exceeds-input");
    const d = r.declarations.filter((x) => x.status === "new");
    expect(d.map((x) => [x.quantity, x.euRedCompliant, x.isccCompliant])).toEqual([["40", true, true]]);
  });

  it("one claim ticked and the other denied is that one alone, or refused where ISCC's is kept without RED's", () => {
    expect(claimUnder("EU RED compliant, not ISCC compliant", "ISCC EU").claim).toBe("EU RED compliant");
    expect(claimRead("ISCC compliant, not EU RED compliant")).toEqual({ kind: "unclear" });
  });
});

describe("a claim column saying only 'sustainable' or 'yes' names no claim: refused as unclear", () => {
  // the ISCC FAQ default (no claim stated: EU RED compliant) is for a book without a claim column
  it.each([
    "nachhaltig",
    "sustainable",
    "Sustainable",
    "durable",
    "sostenible",
    "sostenibile",
    "duurzaam",
    "yes",
    "ja",
    "Ja",
    "sustainable: yes",
    "nachhaltig: ja",
    "sustainable material",
    // compliance said, no scheme's claim named (decided after new-user tests brk3 engine1)
    "compliant",
    "konform",
    "conforme",
    "conform",
    "RED",
    "RED II",
    "RED III",
  ])("%p gives no credit under either scheme", (claim) => {
    expect(claimUnder(claim, "ISCC EU").refusal).toEqual({ reason: "claim-unclear" });
    expect(claimUnder(claim, "ISCC PLUS").refusal).toEqual({ reason: "claim-unclear" });
    const r = runEngine(ledger({ receipts: [uco("2025-01-05", "100", "IN-1", { claim })] }), today);
    const f = r.findings.find((x) => x.code === "invalid-value");
    expect([f?.cell, f?.message]).toEqual([
      "I2",
      expect.stringContaining("EU RED compliant or ISCC compliant"),
    ]);
    expect(received(r)).toBe(0);
  });

  it.each(["nicht nachhaltig", "not sustainable", "non durable", "niet duurzaam", "nachhaltig: nein"])(
    "%p denies compliance: no credit, said as a denial",
    (claim) => {
      expect(claimUnder(claim, "ISCC EU").refusal?.reason).toBe("not-compliant");
    },
  );

  it.each([
    ["EU RED nachhaltig", "EU RED compliant"],
    ["RED compliant", "EU RED compliant"],
    ["EU RED", "EU RED compliant"],
    ["RED II konform", "EU RED compliant"],
    ["ISCC compliant", "ISCC compliant"],
  ])("%p still names a claim (%p)", (claim, read) => {
    expect(claimUnder(claim, "ISCC EU")).toEqual({ claim: read, refusal: null });
  });
});

describe("a transfer's claim is checked as a receipt's: a refused one moves no credit", () => {
  const run = (claim: string) =>
    runEngine(
      ledger({
        settings: { scheme: "ISCC PLUS" },
        sites: PLUS_SITES,
        receipts: [hamburgUco()],
        transfers: [plusTransfer("40", { claim })],
      }),
      today,
    );
  const moved = (r: EngineResult) =>
    r.balances.filter((b) => b.site === "Venlo").reduce((s, b) => s + Number(b.transferredIn), 0);

  it.each([
    ["not bio-circular", "not-compliant"],
    ["ISCC PLUS - non compliant", "not-compliant"],
    ["EU RED compliant", "claim-scheme"],
    ["ISCC compliant", "claim-scheme"],
    ["tbd", "claim-unclear"],
    ["bio-circular?", "claim-unclear"],
    ["nachhaltig", "claim-unclear"],
  ])("%p is refused at its cell (%s) and nothing moves", (claim, reason) => {
    const r = run(claim);
    const f = r.findings.filter((x) => x.code === "invalid-value");
    expect(f.map((x) => [x.sheet, x.details?.reason])).toEqual([["Transfers", reason]]);
    expect(moved(r)).toBe(0);
    expect(r.balances.filter((b) => b.site === "Hamburg").map((b) => b.closing)).toEqual(["100"]);
  });

  it.each(["bio-circular", "Bio-circular", "ISCC PLUS bio-circular", ""])("%p moves the credit", (claim) => {
    expect(moved(run(claim))).toBe(40);
  });
});

describe("a placeholder supplier certificate is refused as missing, not looked up", () => {
  const register = [
    { certificateNumber: "EU-ISCC-Cert-DE100-1", validFrom: "2024-01-01", validUntil: "2025-12-31" },
  ] as CertificateInput[];

  it.each(["-", "n/a", "N/A", "k.A.", "none", "keine", "tbd", "?", "0", "000", "—", "folgt"])(
    "%p: certificate-unknown as missing, quoting it, no credit",
    (supplierCertificate) => {
      expect(isCertificatePlaceholder(supplierCertificate)).toBe(true);
      const r = runEngine(
        ledger({
          receipts: [uco("2025-01-05", "100", "IN-1", { supplierCertificate })],
          certificates: register,
        }),
        today,
      );
      const f = r.findings.filter((x) => x.code === "certificate-unknown");
      expect(f.map((x) => x.details?.missing)).toEqual([true]);
      expect(f[0]?.message).toContain(`("${supplierCertificate}" is a placeholder, not a number)`);
      expect(f[0]?.message).not.toContain("is not in the certificate register");
      expect(received(r)).toBe(0);
    },
  );

  it.each(["EU-ISCC-Cert-DE100-1", "EU-ISCC-Cert-DE100-99", "2BS010001", "REDcert-EU-123", "SD-0"])(
    "%p is a number: looked up in the register",
    (n) => expect(isCertificatePlaceholder(n)).toBe(false),
  );
});

describe("an own certificate missing from the register is said once for all it holds back", () => {
  it("one error at the settings cell, counting the declarations; each is held back by it", () => {
    const n = 30;
    const receipts = Array.from({ length: n }, (_, i) => uco("2025-01-05", "10", `IN-${i}`));
    const deliveries = Array.from({ length: n }, (_, i) =>
      sale(`2025-02-${String(1 + (i % 28)).padStart(2, "0")}`, "10"),
    );
    const r = runEngine(
      ledger({
        receipts,
        deliveries,
        certificates: [
          { certificateNumber: "EU-ISCC-Cert-DE100-1", validFrom: "2024-01-01", validUntil: "2025-12-31" },
        ] as CertificateInput[],
        settings: { ownCertificate: "EU-ISCC-Cert-NOT-THERE" },
      }),
      today,
    );
    const f = r.findings.filter((x) => x.code === "own-certificate-invalid");
    expect(f).toHaveLength(1);
    expect(f[0]?.details).toMatchObject({ reason: "not in register", held: n });
    expect(f[0]?.message).toContain(`the ${n} declarations it would be on`);
    expect(f[0]?.holdsBack).toHaveLength(n);
    expect(r.declarations.filter((d) => d.status === "blocked")).toHaveLength(n);
    expect(r.declarations.filter((d) => d.status === "new")).toEqual([]);
  });
});

describe("a row booking could not book (unit-mismatch) leaves its account incomplete", () => {
  it.each([
    ["a receipt in m³ beside tonnes", "receipt"],
    ["a delivery in m³ beside tonnes", "delivery"],
  ])("%s: the balance is reported incomplete from its date on", (_, side) => {
    const r = runEngine(
      ledger({
        receipts: [
          uco("2025-01-05", "100", "IN-1"),
          ...(side === "receipt" ? [uco("2025-05-05", "50", "IN-2", { unit: "m3" })] : []),
        ],
        deliveries: [
          sale("2025-02-01", "120"),
          ...(side === "delivery" ? [sale("2025-05-06", "5", { unit: "m3" })] : []),
        ],
      }),
      today,
    );
    expect(codes(r)).toContain("unit-mismatch");
    // the first quarter closed before the row: complete, its shortfall a non-conformity
    const q = (start: string) => r.balances.filter((b) => b.periodStart === start).map((b) => b.complete);
    expect(q("2025-01-01")).toEqual([true]);
    expect(codes(r)).toContain("negative-balance");
    expect(q("2025-04-01")).toEqual([false]);
  });

  it("a negative balance after an unbooked receipt is no non-conformity: it may come from that receipt", () => {
    const r = runEngine(
      ledger({
        receipts: [uco("2025-01-05", "100", "IN-1"), uco("2025-01-06", "50", "IN-2", { unit: "m3" })],
        deliveries: [sale("2025-02-01", "120")],
      }),
      today,
    );
    expect(codes(r)).toContain("unit-mismatch");
    expect(codes(r)).not.toContain("negative-balance");
    expect(r.balances.map((b) => b.complete)).toEqual([false]);
  });
});

describe("two counts of one site's product on one day", () => {
  const count = (quantity: string, tank?: string) =>
    ({
      date: "2025-03-31",
      product: "UCO",
      quantity,
      unit: "t",
      ...(tank ? { tank } : {}),
    }) as StockCountInput;
  const run = (stockCounts: StockCountInput[]) =>
    runEngine(ledger({ receipts: [uco("2025-01-05", "100", "IN-1")], stockCounts }), today);

  it("identical and naming no tank: still not used (a copy or two equal tanks read alike), said so naming both cells", () => {
    const r = run([count("90"), count("90")]);
    const f = r.findings.filter((x) => x.code === "stock-count-conflict");
    // (brk22 0b) errors: the day's count is unknown, the balance incomplete
    expect(f.map((x) => [x.severity, x.cell])).toEqual([
      ["error", "C2"],
      ["error", "C3"],
    ]);
    expect(f[0]?.details).toMatchObject({
      identical: true,
      quantity: "90",
      unit: "t",
      cells: "Stock!C2, Stock!C3",
    });
    expect(f[0]?.message).toContain("state the same 90 t and name no tank (Stock!C2, Stock!C3)");
    expect(f[0]?.message).toContain("delete the copy");
  });

  it.each([
    ["different quantities", [count("90"), count("80")]],
    ["the same tank named twice", [count("90", "T1"), count("90", "T1")]],
  ] as [string, StockCountInput[]][])("%s: the conflict as before, not called a copy", (_, counts) => {
    const f = run(counts).findings.filter((x) => x.code === "stock-count-conflict");
    expect(f).toHaveLength(2);
    expect(f[0]?.details?.identical).toBeUndefined();
  });

  it("each naming its own tank: summed", () => {
    const r = run([count("50", "T1"), count("40", "T2")]);
    expect(codes(r)).not.toContain("stock-count-conflict");
    expect(r.balances.map((b) => b.physicalStock)).toEqual(["90"]);
  });
});
