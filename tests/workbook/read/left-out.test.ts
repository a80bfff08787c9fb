// Rows of a sheet that gives credit, left out while reading (domain.md §4, last bullet): the
// balance they feed is incomplete (input-incomplete), a shortfall it shows is no negative-balance,
// and nothing is declared from it; the other accounts declare as before. Each trigger goes through
// a real .xlsx file built here, read by the xlsx adapter and declared by the app.
import { declareWorkbook } from "../../../src/app/index";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { books, D, DELIVERIES, delivery, later, type Sheets, type Spec, workbookOf } from "../left-out-books";

async function book(sheets: Sheets): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(Buffer.from(await workbookOf(sheets).xlsx.writeBuffer()), "Left out.xlsx");
}

async function declare(sheets: Sheets) {
  const out = await declareWorkbook(await book(sheets), { today: "2025-04-02", periodStart: "2025-01-01" });
  const balance = (product: string) => out.balances.find((b) => b.product === product);
  const declared = (product: string) =>
    out.declarations.filter((d) => d.product === product).map((d) => d.status);
  const codes = out.findings
    .filter((f) => f.severity === "error")
    .map((f) => `${f.code} ${f.sheet}!${f.cell}`);
  return { out, balance, declared, codes };
}

describe("a credit row left out while reading makes its account incomplete (domain.md §4)", () => {
  it("the books as they stand: UCO falls short only where a receipt is missing", async () => {
    const { balance, declared, codes } = await declare(books([later(50)]));
    expect(balance("UCO")).toMatchObject({ closing: "10", complete: true });
    expect(declared("UCO")).toEqual(["new"]);
    expect(declared("Tallow")).toEqual(["new"]);
    expect(codes).toEqual([]);
  });

  const errCell = { formula: "1/0", result: { error: "#DIV/0!" } };
  it.each<[string, Sheets, string]>([
    ['a quantity "1,234" that reads two ways', books([later("1,234")]), "ambiguous-number Receipts!F3"],
    [
      'a date "08/01/2025" that reads two ways',
      books([later(50, "08/01/2025")]),
      "ambiguous-date Receipts!A3",
    ],
    [
      "a formula without a saved value",
      books([later({ formula: "F2*2" })]),
      "formula-without-value Receipts!F3",
    ],
    ["an error cell as quantity", books([later(errCell)]), "cell-error Receipts!F3"],
    [
      'a unit "tons" (short, long or metric)',
      books([later(50, D("2025-01-09"), "tons")]),
      "invalid-unit Receipts!G3",
    ],
    ["a serial number typed as text in the date", books([later(50, "45666")]), "invalid-date Receipts!A3"],
    ["a blank quantity", books([later(null)]), "missing-value Receipts!F3"],
    ["a quantity below zero (refused by the engine)", books([later(-50)]), "invalid-quantity Receipts!F3"],
    ["receipts after a blank row", books([[], later(50)]), "rows-after-blank Receipts!A4"],
    [
      "receipts after the totals row that ends the data",
      books([[null, "Total", null, null, null, { formula: "SUM(F2:F2)", result: 60 }], [], later(50)]),
      "rows-after-blank Receipts!A5",
    ],
    [
      "the header in row 35, below the rows searched for it",
      books([later(50)], {}, [["UCO receipts 2025"], ...Array.from({ length: 33 }, () => [])]),
      "header-not-found Receipts!A1",
    ],
  ])("%s", async (_, sheets, refusal) => {
    const { balance, declared, codes } = await declare(sheets);
    expect(codes).toContain(refusal);
    // the shortfall may come from the missing receipt alone: no non-conformity, no declaration
    expect(codes.filter((c) => /^(negative-balance|overdraft) /.test(c))).toEqual([]);
    expect(balance("UCO")).toMatchObject({ complete: false });
    expect(declared("UCO")).not.toContain("new");
    // Tallow is on no sheet that lost a row: its balance stands and it declares
    expect(balance("Tallow")).toMatchObject({ closing: "5", complete: true });
    expect(declared("Tallow")).toEqual(["new"]);
  });
});

describe("other sheets that give credit, and deliveries left out", () => {
  const PRODUCTION = ["Date", "Input product", "Input quantity (t)", "Output product", "Output quantity (t)"];
  const LEDGER = ["Date", "Type", "Counterparty", "Certificate", "SD No.", "Product", "In (t)", "Out (t)"];
  const hvoSold = [DELIVERIES, delivery(D("2025-03-01"), 40, "HVO")];

  it.each<[string, Partial<Sheets>, string, string]>([
    [
      "a production row whose output is a formula without a saved value",
      {
        Production: [PRODUCTION, [D("2025-01-10"), "UCO", 50, "HVO", { formula: "C2*0.8" }]],
        "HVO sales": hvoSold,
      },
      "formula-without-value Production!E2",
      "HVO",
    ],
    [
      "a ledger receipt whose In reads two ways",
      { Ledger: [LEDGER, [D("2025-01-12"), "Receipt", "Collect GmbH", null, "L-1", "UCO", "1,234", null]] },
      "ambiguous-number Ledger!G2",
      "UCO",
    ],
    [
      "a ledger row without a type, its In unreadable and its Out booked",
      {
        Ledger: [LEDGER, [D("2025-01-12"), null, "Collect GmbH", null, "L-1", "UCO", "1,234", 1]],
      },
      "ambiguous-number Ledger!G2",
      "UCO",
    ],
  ])("%s", async (_, extra, refusal, product) => {
    const { balance, declared, codes } = await declare(books([], extra));
    expect(codes).toContain(refusal);
    expect(codes.filter((c) => /^(negative-balance|overdraft) /.test(c))).toEqual([]);
    expect(balance(product)).toMatchObject({ complete: false });
    expect(declared(product)).not.toContain("new");
    expect(balance("Tallow")).toMatchObject({ closing: "5", complete: true });
    expect(declared("Tallow")).toEqual(["new"]);
  });

  // A production sheet whose output product column is not found may feed any product: not only
  // the input products typed on it (breaker, stop 25: the oil it made stayed complete, and its
  // sale a negative balance). "Zielprodukt" is no heading of the output product ("Ausbringung
  // Produkt", which this test had used, is read as one since p-units2).
  it("a production sheet without its output product column: every balance incomplete", async () => {
    const heading = ["Datum", "Einsatzprodukt", "Einsatzmenge (t)", "Zielprodukt", "Ausbringungsmenge (t)"];
    const { balance, declared, codes } = await declare(
      books([], {
        Produktion: [heading, [D("2025-01-10"), "UCO", 50, "HVO", 40]],
        "HVO sales": hvoSold,
      }),
    );
    expect(codes).toContain("header-not-found Produktion!A1");
    expect(codes.filter((c) => /^(negative-balance|overdraft) /.test(c))).toEqual([]);
    for (const product of ["HVO", "UCO", "Tallow"]) {
      expect(balance(product)).toMatchObject({ complete: false });
      expect(declared(product)).not.toContain("new");
    }
  });

  // A delivery left out is a debit missing: the balance is overstated, so it is incomplete and
  // nothing is declared from it (the credit it shows may belong to that delivery); a shortfall
  // cannot come from a missing debit, so a negative balance stays a non-conformity.
  it("a delivery whose quantity reads two ways: the balance is incomplete and declares nothing", async () => {
    const { balance, declared, codes } = await declare(
      books([later(50)], {
        Deliveries: [
          DELIVERIES,
          delivery(D("2025-02-20"), 100),
          delivery(D("2025-02-21"), 5, "Tallow"),
          delivery(D("2025-02-22"), "1,234"),
        ],
      }),
    );
    expect(codes).toContain("ambiguous-number Deliveries!E4");
    expect(balance("UCO")).toMatchObject({ closing: "10", complete: false });
    expect(declared("UCO")).not.toContain("new");
    expect(declared("Tallow")).toEqual(["new"]);
  });

  it("a delivery left out leaves a shortfall a non-conformity", async () => {
    const { balance, codes } = await declare(
      books([], {
        Deliveries: [DELIVERIES, delivery(D("2025-02-20"), 100), delivery(D("2025-02-22"), "1,234")],
      }),
    );
    expect(balance("UCO")).toMatchObject({ closing: "-40", complete: false });
    expect(codes).toContain("negative-balance Deliveries!E2");
  });
});

// A receipt's claim that cannot be read (blank in a claim column, unclear, a yes, a question)
// leaves its credit unknown: the account is incomplete. A denied claim is read: the material is
// not sustainable, its credit is truly none, and the shortfall it leaves is a non-conformity.
describe("a receipt's claim: unread leaves the account incomplete, denied does not", () => {
  const withClaim = (claim: Spec) => {
    const row = later(50);
    row[7] = claim;
    return books([row]);
  };
  it.each<[string, Spec]>([
    ["blank", null],
    ["sustainable, naming no claim", "sustainable"],
    ["nachhaltig", "nachhaltig"],
    ["a yes", "yes"],
    ["to be confirmed", "tbd"],
    ["a question", "EU RED?"],
    ["durable", "durable"],
  ])("%s: incomplete, no negative-balance, nothing declared", async (_, claim) => {
    const { balance, declared, codes } = await declare(withClaim(claim));
    expect(codes.some((c) => / Receipts!H3$/.test(c))).toBe(true);
    expect(codes.filter((c) => /^(negative-balance|overdraft) /.test(c))).toEqual([]);
    expect(balance("UCO")).toMatchObject({ closing: "-40", complete: false });
    expect(declared("UCO")).not.toContain("new");
    expect(balance("Tallow")).toMatchObject({ closing: "5", complete: true });
    expect(declared("Tallow")).toEqual(["new"]);
  });

  // other values whose refusal costs a receipt its credit: the credit is unknown, not none
  it.each<[string, number, Spec, string]>([
    ["a GHG total with a footnote", 10, "10,5²", "K3"],
    ["a GHG total typed as a saving", 10, "85 %", "K3"],
    ["a country that is none", 9, "Atlantis", "J3"],
    ["a waste or residue answer in doubt", 11, "yes?", "L3"],
  ])("%s: incomplete, no negative-balance", async (_, col, value, cell) => {
    const row = later(50);
    row[col] = value;
    const { balance, codes } = await declare(books([row]));
    expect(codes.some((c) => c.endsWith(` Receipts!${cell}`))).toBe(true);
    expect(codes.filter((c) => /^(negative-balance|overdraft) /.test(c))).toEqual([]);
    expect(balance("UCO")).toMatchObject({ closing: "-40", complete: false });
    expect(balance("Tallow")).toMatchObject({ closing: "5", complete: true });
  });

  it.each<[string]>([
    ["not EU RED compliant"],
    ["nicht ISCC-konform"],
    ["non conforme"],
    ["Not ISCC compliant"],
  ])("%s: read as a denial, the shortfall is a negative balance of a complete account", async (claim) => {
    const { balance, codes } = await declare(withClaim(claim));
    expect(codes).toContain("invalid-value Receipts!H3");
    expect(codes).toContain("negative-balance Deliveries!E2");
    expect(balance("UCO")).toMatchObject({ closing: "-40", complete: true });
  });
});
