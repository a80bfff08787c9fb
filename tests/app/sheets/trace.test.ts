import { accountLabel, LEDGER_LINK_LIMIT, ledgerRows } from "../../../src/app/sheets/ledger";
import { Quantities } from "../../../src/app/sheets/layout";
import { traceRows } from "../../../src/app/sheets/trace";
import { LedgerTable } from "../../../src/engine/book/ledger-table";
import type { LedgerEntry } from "../../../src/engine/result";
import { balance, declaration } from "../fixtures";

const q = (...values: [string, string][]) => new Quantities(values);

describe("MB Trace", () => {
  it("writes one line per incoming SD behind each declaration, linked to both rows", () => {
    const rows = traceRows(
      [declaration(), declaration({ number: "SD-2025-0002", status: "draft", inputs: [] })],
      q(["t", "40.25"]),
    );
    expect(rows).toHaveLength(4);
    expect(rows[1]!.slice(0, 2)).toEqual(["SD-2025-0001", "Issued"]);
    expect(rows[2]![7]).toBe("IN-78");
    expect(rows[2]![8]).toEqual({ value: 10.25, numberFormat: "#,##0.00" });
    expect(rows[2]![9]).toEqual({ value: "Receipts!D6", link: { sheet: "Receipts", cell: "D6" } });
    expect(rows[2]![10]).toEqual({ value: "Sales!E9", link: { sheet: "Sales", cell: "E9" } });
    expect(rows[3]!.slice(0, 2)).toEqual(["SD-2025-0002", "Draft"]);
    expect(rows[3]![7]).toBe("");
  });
});

const line = (over: Partial<LedgerEntry>): LedgerEntry => ({
  date: "2025-01-05",
  account: "A",
  kind: "receipt",
  reference: "IN-77",
  quantity: "30",
  running: "30",
  unit: "t",
  ...over,
});

describe("MB Ledger", () => {
  it("labels each movement in the user's words, the unit in the header, a negative running balance in red", () => {
    const rows = ledgerRows(
      LedgerTable.of([
        line({ source: { sheet: "Receipts", cell: "D5" } }),
        line({ date: "2025-01-06", kind: "delivery", reference: "SD-1", quantity: "-40", running: "-10" }),
      ]),
      [],
      q(["t", "30"]),
    );
    expect(rows[0]!.map((c) => (c !== null && typeof c === "object" ? c.value : c))).toEqual([
      "Date",
      "Account",
      "Movement",
      "Reference",
      "Change (t)",
      "Running balance (t)",
      "Source",
    ]);
    expect(rows[1]![2]).toBe("Receipt");
    expect(rows[1]![6]).toEqual({ value: "Receipts!D5", link: { sheet: "Receipts", cell: "D5" } });
    expect(rows[2]![2]).toBe("Delivery");
    expect(rows[2]![5]).toEqual({ value: -10, numberFormat: "#,##0", fill: "#FFC7CE" });
    expect(rows[2]![6]).toBeNull();
  });

  it("keeps a Unit column where the ledger mixes units, each with its own decimals", () => {
    const rows = ledgerRows(
      LedgerTable.of([
        line({ quantity: "1.5", running: "1.5" }),
        line({ unit: "m3", quantity: "1000", running: "1000" }),
      ]),
      [],
      q(["t", "1.5"], ["t", "2.125"], ["m3", "1000"]),
    );
    expect(rows[0]![4]).toMatchObject({ value: "Change" });
    expect(rows[0]![6]).toMatchObject({ value: "Unit" });
    expect(rows[1]![4]).toEqual({ value: 1.5, numberFormat: "#,##0.000" });
    expect(rows[1]![6]).toBe("t");
    expect(rows[2]![4]).toEqual({ value: 1000, numberFormat: "#,##0" });
  });

  it("names what was sold ahead of any credit as the product's line, awaiting credit", () => {
    const b = balance();
    const rows = ledgerRows(
      LedgerTable.of([
        line({
          account: "x|awaiting",
          kind: "delivery",
          quantity: "-5",
          running: "-5",
          awaiting: {
            ...b,
            site: "",
            characteristics: {
              ...b.characteristics,
              rawMaterial: "",
              countryOfOrigin: "",
              wasteResidue: "",
              annexIxPart: "",
            },
          },
        }),
        line({ kind: "backed", reference: "Fuel AG (sold ahead on 2025-01-05)" }),
      ]),
      [],
      q(),
    );
    expect(rows[1]![1]).toBe("Rapeseed oil (ISCC EU, EU RED compliant): sold ahead, awaiting credit");
    expect(rows[2]![2]).toBe("Sold ahead: backed by this credit");
  });
});

describe("account labels", () => {
  it("name the account by product and characteristics, not by the engine's key", () => {
    const b = balance();
    const rows = ledgerRows(LedgerTable.of([line({ account: b.account })]), [b], q());
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
    const entry = line({ source: { sheet: "Receipts", cell: "D5" } });
    const rows = ledgerRows(
      LedgerTable.of(Array.from({ length: LEDGER_LINK_LIMIT + 1 }, () => entry)),
      [],
      q(),
    );
    expect(rows[1]![6]).toBe("Receipts!D5");
    expect(ledgerRows(LedgerTable.of([entry]), [], q())[1]![6]).toEqual({
      value: "Receipts!D5",
      link: { sheet: "Receipts", cell: "D5" },
    });
  });
});
