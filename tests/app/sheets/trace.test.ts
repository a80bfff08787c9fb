import { traceRows } from "../../../src/app/sheets/trace";
import { accountLabel, LEDGER_LINK_LIMIT, ledgerRows } from "../../../src/app/sheets/ledger";
import { balance, declaration } from "../fixtures";

describe("MB Trace", () => {
  it("writes one line per incoming SD behind each declaration, linked to both rows", () => {
    const rows = traceRows([
      declaration(),
      declaration({ number: "SD-2025-0002", status: "draft", inputs: [] }),
    ]);
    expect(rows).toHaveLength(4);
    expect(rows[1]!.slice(0, 2)).toEqual(["SD-2025-0001", "Issued"]);
    expect(rows[2]![7]).toBe("IN-78");
    expect(rows[2]![8]).toEqual({ value: 10.25, numberFormat: "#,##0.00" });
    expect(rows[2]![9]).toEqual({ value: "Receipts!D6", link: { sheet: "Receipts", cell: "D6" } });
    expect(rows[2]![10]).toEqual({ value: "Sales!E9", link: { sheet: "Sales", cell: "E9" } });
    expect(rows[3]!.slice(0, 2)).toEqual(["SD-2025-0002", "DRAFT"]);
    expect(rows[3]![7]).toBe("");
  });
});

describe("MB Ledger", () => {
  it("labels each movement in the user's words and shows a negative running balance in red", () => {
    const rows = ledgerRows([
      {
        date: "2025-01-05",
        account: "A",
        kind: "receipt",
        reference: "IN-77",
        quantity: "30",
        running: "30",
        unit: "t",
        source: { sheet: "Receipts", cell: "D5" },
      },
      {
        date: "2025-01-06",
        account: "A",
        kind: "delivery",
        reference: "SD-1",
        quantity: "-40",
        running: "-10",
        unit: "t",
      },
    ]);
    expect(rows[1]![2]).toBe("Receipt");
    expect(rows[1]![7]).toEqual({ value: "Receipts!D5", link: { sheet: "Receipts", cell: "D5" } });
    expect(rows[2]![2]).toBe("Delivery");
    expect(rows[2]![5]).toEqual({ value: -10, numberFormat: "#,##0", fill: "#FFC7CE" });
    expect(rows[2]![7]).toBeNull();
  });
});

describe("account labels", () => {
  it("name the account by product and characteristics, not by the engine's key", () => {
    const b = balance();
    const rows = ledgerRows(
      [
        {
          date: "2025-01-05",
          account: b.account,
          kind: "receipt",
          reference: "IN-77",
          quantity: "30",
          running: "30",
          unit: "t",
        },
      ],
      [b],
    );
    expect(rows[1]![1]).toBe(
      "Mannheim: Rapeseed oil (ISCC EU, Rapeseed, origin DE, EU RED compliant, waste/residue no, Annex IX none)",
    );
    expect(
      accountLabel({
        ...b,
        site: "",
        characteristics: { ...b.characteristics, wasteResidue: "", annexIxPart: "" },
      }),
    ).toBe("Rapeseed oil (ISCC EU, Rapeseed, origin DE, EU RED compliant)");
  });
});

describe("a long MB Ledger", () => {
  it("names the source cell as text instead of linking every row", () => {
    const entry = {
      date: "2025-01-05",
      account: "A",
      kind: "receipt" as const,
      reference: "IN",
      quantity: "1",
      running: "1",
      unit: "t",
      source: { sheet: "Receipts", cell: "D5" },
    };
    const rows = ledgerRows(Array.from({ length: LEDGER_LINK_LIMIT + 1 }, () => entry));
    expect(rows[1]![7]).toBe("Receipts!D5");
    expect(ledgerRows([entry])[1]![7]).toEqual({
      value: "Receipts!D5",
      link: { sheet: "Receipts", cell: "D5" },
    });
  });
});
