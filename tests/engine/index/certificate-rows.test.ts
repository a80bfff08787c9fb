// One certificate on several register rows (brk7 z2/z3): every row of a number counts, each for its
// own term; a day inside a suspended, withdrawn or expired row's term is refused as that row says,
// whatever the row order, and a valid row over the same day never outweighs it (domain.md §2, §7).
import fc from "fast-check";
import { type EngineResult, runEngine } from "../../../src/engine";
import type { CertificateInput } from "../../../src/engine";
import { ledger, sale, uco } from "../build";

const today = { today: "2025-06-30" };
const SUPPLIER = "EU-ISCC-Cert-DE100-1";
const OWN = "EU-ISCC-Cert-DE200-1";
type Row = Omit<CertificateInput, "source">;

const row = (certificateNumber: string, validFrom: string, validUntil: string, status: string): Row =>
  ({ certificateNumber, validFrom, validUntil, status }) as Row;

/** A receipt of 100 t on `received`, a sale of 80 t on `sold`, under the register `rows`. */
function run(rows: Row[], received = "2025-01-08", sold = "2025-02-20"): EngineResult {
  return runEngine(
    ledger({
      receipts: [uco(received, "100", "IN-1", { supplierCertificate: SUPPLIER })],
      deliveries: [sale(sold, "80")],
      certificates: rows as CertificateInput[],
    }),
    today,
  );
}

/**
 * What a user sees: each finding's code, severity, cell and message, and each balance's figures;
 * a register cell ("Certificates!F3") is named by what its row says, since it moves with its row,
 * and findings are compared as a set (they are listed in sheet order).
 */
function seen(result: EngineResult, register: Row[]): unknown {
  const said = (text: string | undefined) =>
    text?.replace(/Certificates!([A-Z]+)(\d+)/g, (_, col: string, n: string) => {
      const r = register[Number(n) - 2];
      return `Certificates!${col}[${r?.certificateNumber} ${r?.validFrom} ${r?.validUntil} ${r?.status}]`;
    });
  return {
    findings: result.findings
      .map((f) =>
        JSON.stringify([
          f.code,
          f.severity,
          said(f.sheet && `${f.sheet}!${f.cell}`),
          said(f.message),
          (f.related ?? []).map((c) => said(`${c.sheet}!${c.cell}`)),
        ]),
      )
      .sort(),
    balances: result.balances.map((b) => [
      b.product,
      b.periodStart,
      String(b.received),
      String(b.closing),
      b.complete,
    ]),
    declarations: result.declarations.map((d) => [d.status, String(d.quantity)]),
  };
}

const ownRow = row(OWN, "2024-01-01", "2027-12-31", "valid");
const codes = (r: EngineResult) => r.findings.map((f) => f.code);

describe("a supplier certificate on two register rows: the row order never decides", () => {
  const SUSPENSIONS: [string, string][] = [
    ["suspended", "suspended"],
    ["ausgesetzt", "suspended"],
    ["entzogen", "withdrawn"],
    ["withdrawn", "withdrawn"],
    ["abgelaufen", "not valid"],
  ];
  it.each(SUSPENSIONS)(
    "valid 2024–2025 and %s from 2025-01-05: the receipt of 2025-01-08 is refused (%s)",
    (status, reason) => {
      const term = row(SUPPLIER, "2024-01-01", "2025-12-31", "valid");
      const stop = row(SUPPLIER, "2025-01-05", "2025-12-31", status);
      for (const rows of [
        [ownRow, term, stop],
        [ownRow, stop, term],
      ]) {
        const result = run(rows);
        const invalid = result.findings.filter((f) => f.code === "certificate-invalid");
        expect(invalid).toHaveLength(1);
        expect(invalid[0]?.details).toMatchObject({ reason, validFrom: "2025-01-05" });
        // the refusing row and the valid row over the same day are both named
        const rowOf = (c: { cell?: string } | undefined) => c?.cell?.replace(/[A-Z]+/, "");
        const stopRow = String(rows.indexOf(stop) + 2);
        const termRow = String(rows.indexOf(term) + 2);
        expect(invalid[0]?.related?.map(rowOf)).toEqual([stopRow, termRow]);
        expect(result.declarations.filter((d) => d.status === "new")).toEqual([]);
      }
    },
  );

  it("a receipt before the suspension keeps its credit in either order", () => {
    const term = row(SUPPLIER, "2024-01-01", "2025-12-31", "valid");
    const stop = row(SUPPLIER, "2025-01-05", "2025-12-31", "suspended");
    for (const rows of [
      [ownRow, term, stop],
      [ownRow, stop, term],
    ]) {
      const result = run(rows, "2025-01-03");
      expect(codes(result)).not.toContain("certificate-invalid");
      expect(result.declarations.filter((d) => d.status === "new")).toHaveLength(1);
    }
  });

  it("a day between two terms is expired (the term that ended last), in either order", () => {
    const old = row(SUPPLIER, "2023-01-01", "2024-06-30", "valid");
    const renewed = row(SUPPLIER, "2025-03-01", "2026-02-28", "valid");
    for (const rows of [
      [ownRow, old, renewed],
      [ownRow, renewed, old],
    ]) {
      const invalid = run(rows).findings.filter((f) => f.code === "certificate-invalid");
      expect(invalid.map((f) => f.details)).toMatchObject([{ reason: "expired", validUntil: "2024-06-30" }]);
    }
  });
});

describe("the own certificate on two register rows: a declaration dated in a suspension is held back", () => {
  it.each(["ausgesetzt", "suspended", "entzogen"])(
    "own certificate %s from 2025-02-10: no SD for 2025-02-20",
    (status) => {
      const term = row(OWN, "2024-01-01", "2027-12-31", "gültig");
      const stop = row(OWN, "2025-02-10", "2027-12-31", status);
      const supplier = row(SUPPLIER, "2024-01-01", "2027-12-31", "valid");
      for (const rows of [
        [supplier, term, stop],
        [supplier, stop, term],
      ]) {
        const result = run(rows);
        expect(codes(result)).toContain("own-certificate-invalid");
        expect(result.declarations.filter((d) => d.status === "new")).toEqual([]);
      }
    },
  );
});

describe("property: shuffling the register rows never changes a finding, a credit or a declaration", () => {
  const DAYS = [
    "2024-01-01",
    "2024-12-31",
    "2025-01-05",
    "2025-01-08",
    "2025-02-10",
    "2025-02-20",
    "2025-12-31",
  ];
  const STATUSES = [
    "valid",
    "gültig",
    "suspended",
    "ausgesetzt",
    "entzogen",
    "abgelaufen",
    "",
    "under review",
  ];
  const aRow = fc
    .tuple(
      fc.constantFrom(SUPPLIER, OWN),
      fc.constantFrom(...DAYS),
      fc.constantFrom(...DAYS),
      fc.constantFrom(...STATUSES),
    )
    .map(([n, a, b, s]) => row(n, a < b ? a : b, a < b ? b : a, s));
  // rows that differ in what they say (a row typed twice would name either cell)
  const rows = fc.uniqueArray(aRow, {
    minLength: 1,
    maxLength: 6,
    selector: (r) => `${r.certificateNumber}|${r.validFrom}|${r.validUntil}|${r.status}`,
  });
  it("holds for registers of up to six rows of two certificates", () => {
    fc.assert(
      fc.property(rows, fc.constantFrom(...DAYS), fc.constantFrom(...DAYS), (register, received, sold) => {
        const shuffled = [...register].reverse();
        const rotated = [...register.slice(1), ...register.slice(0, 1)];
        const base = seen(run(register, received, sold), register);
        expect(seen(run(shuffled, received, sold), shuffled)).toEqual(base);
        expect(seen(run(rotated, received, sold), rotated)).toEqual(base);
      }),
      { numRuns: 150 },
    );
  });
});
