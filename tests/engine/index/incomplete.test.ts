// Input the workbook could not read (domain.md §4): the balances it would feed are incomplete, a
// shortfall that may come only from it is no non-conformity, and nothing is declared from them.
import fc from "fast-check";
import { type IncompleteInput, type Ledger, runEngine } from "../../../src/engine";
import { ledger, type LedgerParts, sale, uco } from "../build";

const missingReceipts = (extra: Partial<IncompleteInput> = {}): IncompleteInput => ({
  kinds: ["receipts"],
  source: { sheet: "Purchases", cell: "A1" },
  ...extra,
});

function books(
  incomplete?: IncompleteInput[],
  more: Pick<LedgerParts, "receipts" | "production"> = {},
): Ledger {
  return {
    ...ledger({
      receipts: [
        uco("2025-01-05", "10", "IN-1"),
        uco("2025-01-05", "5", "IN-2", { product: "Tallow", rawMaterial: "Tallow" }),
        ...(more.receipts ?? []),
      ],
      production: more.production ?? [],
      deliveries: [
        sale("2025-01-06", "14"),
        sale("2025-01-07", "3", { product: "Tallow" }),
        sale("2025-01-08", "2", { product: "Tallow" }),
      ],
      settings: { companyName: "Acme", ownCertificate: "EU-ISCC-Cert-DE1-1", scheme: "ISCC EU" },
    }),
    ...(incomplete ? { incomplete } : {}),
  };
}

const codes = (l: Ledger) => runEngine(l, { today: "2025-04-15" }).findings.map((f) => f.code);

describe("balances fed by input the workbook could not read", () => {
  it("without it the shortfall of UCO is a negative balance and every balance is complete", () => {
    const result = runEngine(books(), { today: "2025-04-15" });
    expect(result.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(["negative-balance", "overdraft"]),
    );
    expect(result.balances.every((b) => b.complete)).toBe(true);
  });

  it("with receipts of UCO unread, UCO's balance is incomplete and its shortfall is no finding; Tallow is unaffected", () => {
    const result = runEngine(books([missingReceipts({ products: ["uco "] })]), { today: "2025-04-15" });
    const byProduct = Object.fromEntries(result.balances.map((b) => [b.product, b]));
    expect(byProduct.UCO).toMatchObject({ complete: false, closing: "-4" });
    expect(byProduct.Tallow).toMatchObject({ complete: true, closing: "0" });
    expect(result.findings.filter((f) => f.code === "negative-balance" || f.code === "overdraft")).toEqual(
      [],
    );
    // nothing is declared from UCO; Tallow's declarations are issued as before
    const status = result.declarations.map((d) => [d.product, d.status]);
    // a delivery without (enough) credit is listed blocked, never printed as a draft (p-issue)
    const uco = result.declarations.filter((d) => d.product === "UCO");
    expect(uco.every((d) => d.status === "draft" || (d.status === "blocked" && d.unbacked))).toBe(true);
    expect(status.filter(([p]) => p === "Tallow").map(([, s]) => s)).toEqual(["new", "new"]);
  });

  it("with no product known, every balance at the site is incomplete", () => {
    const result = runEngine(books([missingReceipts()]), { today: "2025-04-15" });
    expect(result.balances.map((b) => b.complete)).toEqual([false, false]);
    expect(result.declarations.every((d) => d.status !== "new")).toBe(true);
  });

  it("missing deliveries cannot cause a shortfall: it stays a non-conformity, the balance is still incomplete", () => {
    const result = runEngine(books([{ kinds: ["deliveries"], source: { sheet: "Sales", cell: "A1" } }]), {
      today: "2025-04-15",
    });
    expect(result.findings.map((f) => f.code)).toContain("negative-balance");
    expect(result.balances.every((b) => !b.complete)).toBe(true);
  });

  it("input at another site leaves this site's balances complete", () => {
    const result = runEngine(books([missingReceipts({ sites: ["Rotterdam"] })]), { today: "2025-04-15" });
    expect(result.balances.every((b) => b.complete)).toBe(true);
    expect(codes(books([missingReceipts({ sites: ["Rotterdam"] })]))).toContain("negative-balance");
  });

  // rows the engine itself leaves out (intake/left-out.ts): the input they would give is missing too
  it.each<[string, Pick<LedgerParts, "receipts" | "production">, string]>([
    [
      "a receipt of a quantity below zero",
      { receipts: [uco("2025-01-05", "-3", "IN-9")] },
      "invalid-quantity",
    ],
    [
      "a receipt in a unit not understood",
      { receipts: [uco("2025-01-05", "3", "IN-9", { unit: "tons" })] },
      "invalid-unit",
    ],
    [
      "a production row into UCO in a unit not understood",
      {
        production: [
          {
            date: "2025-01-05",
            inputProduct: "Rapeseed",
            inputQuantity: "10",
            outputProduct: "UCO",
            outputQuantity: "4",
            unit: "bushels",
          },
        ],
      },
      "invalid-unit",
    ],
  ])(
    "%s left out by the engine makes UCO incomplete, its shortfall no finding; Tallow declares",
    (_, rows, refusal) => {
      const result = runEngine(books(undefined, rows), { today: "2025-04-15" });
      const byProduct = Object.fromEntries(result.balances.map((b) => [b.product, b]));
      expect(result.findings.map((f) => f.code)).toContain(refusal);
      expect(byProduct.UCO).toMatchObject({ complete: false });
      expect(byProduct.Tallow).toMatchObject({ complete: true, closing: "0" });
      expect(result.findings.filter((f) => f.code === "negative-balance" || f.code === "overdraft")).toEqual(
        [],
      );
      const status = result.declarations.map((d) => [d.product, d.status]);
      expect(status.filter(([p]) => p === "UCO").every(([, s]) => s !== "new")).toBe(true);
      expect(status.filter(([p]) => p === "Tallow").map(([, s]) => s)).toEqual(["new", "new"]);
    },
  );

  it("never throws on whatever the host passes as incomplete input", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.array(fc.record({ kinds: fc.anything(), products: fc.anything() }))),
        (junk) => {
          const result = runEngine({ ...books(), incomplete: junk as never }, { today: "2025-04-15" });
          expect(result.findings.map((f) => f.code)).not.toContain("engine-error");
          expect(result.balances).toHaveLength(2);
        },
      ),
      { numRuns: 200 },
    );
  });
});
