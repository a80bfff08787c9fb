import { firstOverdrafts, productPositions } from "../../../src/app/positions";
import { Quantities, type ReportContext } from "../../../src/app/sheets/layout";
import { ACCOUNTS_TITLE, PRODUCTS_TITLE, SUMMARY_TITLE, summarySheet } from "../../../src/app/sheets/summary";
import { LedgerTable } from "../../../src/engine/book/ledger-table";
import type { Balance, LedgerEntry } from "../../../src/engine/result";
import type { OutValue } from "../../../src/workbook/port";
import { balance } from "../fixtures";

const context: ReportContext = {
  company: "Öl & Saaten GmbH",
  ownCertificate: "EU-ISCC-Cert-DE105-1",
  scheme: "ISCC EU",
  periods: [{ start: "2025-01-01", end: "2025-03-31" }],
  workbook: "Books 2025.xlsx",
  runAt: "2025-04-01 10:22",
  product: "Mass Balance for Excel 0.1.0",
};

const text = (v: OutValue | undefined) =>
  v !== null && v !== undefined && typeof v === "object" ? v.value : v;

function sheet(balances: Balance[], entries: LedgerEntry[] = []) {
  const ledger = LedgerTable.of(entries);
  const overdrafts = firstOverdrafts(ledger, context.periods);
  const values: [string, string][] = balances.flatMap((b) => [
    [b.unit, b.received],
    [b.unit, b.closing],
  ]);
  const made = summarySheet({
    balances,
    overdrafts,
    products: productPositions(balances, ledger, overdrafts),
    context,
    quantities: new Quantities(values),
  });
  const at = (title: string) => made.rows.findIndex((r) => text(r[0]) === title);
  /** a table as label → column values, from the header row below `title` */
  const table = (title: string) => {
    const head = (made.rows[at(title) + 1] ?? []).map((c) => String(text(c)));
    const body = made.rows.slice(at(title) + 2).filter((r) => r.length > 1);
    return { head, col: (label: string) => body.map((r) => r[head.indexOf(label)]) };
  };
  return { ...made, at, table };
}

describe("MB Summary", () => {
  it("opens with a title block that says whose books, which periods, from where, when and by what", () => {
    const { rows } = sheet([balance()]);
    expect(text(rows[0]![0])).toBe(SUMMARY_TITLE);
    expect(rows.slice(1, 8).map((r) => [text(r[0]), r[1]])).toEqual([
      ["Company", "Öl & Saaten GmbH"],
      ["Own certificate", "EU-ISCC-Cert-DE105-1"],
      ["Scheme", "ISCC EU"],
      ["Periods covered", "2025-01-01 to 2025-03-31"],
      ["Source workbook", "Books 2025.xlsx"],
      ["Checked on", "2025-04-01 10:22 (local time)"],
      ["Product version", "Mass Balance for Excel 0.1.0"],
    ]);
  });

  it("puts the unit in the headers and shows every quantity of a unit with the same decimals", () => {
    const { table } = sheet([balance(), balance({ closing: "5", received: "100", firstOverdraft: null })]);
    const accounts = table(ACCOUNTS_TITLE);
    expect(accounts.head).toContain("Received (t)");
    expect(accounts.head).not.toContain("Unit");
    expect(accounts.col("Received (t)")).toEqual([
      { value: 100.5, numberFormat: "#,##0.0" },
      { value: 100, numberFormat: "#,##0.0" },
    ]);
    // a negative closing balance is red
    expect(accounts.col("Closing (t)")).toEqual([
      { value: -19.5, numberFormat: "#,##0.0", fill: "#FFC7CE" },
      { value: 5, numberFormat: "#,##0.0" },
    ]);
  });

  it("keeps a Unit column where accounts have different units", () => {
    const { table } = sheet([balance(), balance({ unit: "m3", account: "other" })]);
    const accounts = table(ACCOUNTS_TITLE);
    expect(accounts.head).toContain("Received");
    expect(accounts.col("Unit")).toEqual(["t", "m3"]);
  });

  it("shows physical stock once per product and period, not on each account of it", () => {
    const { table } = sheet([
      balance({ physicalStock: "4.9" }),
      balance({
        account: "B",
        characteristics: { ...balance().characteristics, countryOfOrigin: "FR" },
        physicalStock: "4.9",
      }),
    ]);
    expect(table(ACCOUNTS_TITLE).head.some((h) => /physical/i.test(h))).toBe(false);
    const products = table(PRODUCTS_TITLE);
    expect(products.col("Product")).toEqual(["Rapeseed oil"]);
    expect(products.col("Physical stock counted (t)")).toEqual([{ value: 4.9, numberFormat: "#,##0.0" }]);
  });

  it("leaves out a characteristic no account has, and freezes the key columns up to Product", () => {
    const b = balance({ site: "", characteristics: { ...balance().characteristics, annexIxPart: "" } });
    const { table, options, at } = sheet([b]);
    expect(table(ACCOUNTS_TITLE).head.slice(0, 3)).toEqual(["Scheme", "Product", "Raw material"]);
    expect(table(ACCOUNTS_TITLE).head).not.toContain("Annex IX part");
    expect(options.freezeColumns).toBe(2);
    const headerRow = at(ACCOUNTS_TITLE) + 2;
    expect(options.freezeRows).toBe(headerRow);
    expect(options.autoFilter).toMatch(new RegExp(`^A${headerRow}:[A-Z]+${headerRow + 1}$`));
    expect(options.print).toMatchObject({
      orientation: "landscape",
      paper: "A4",
      fitTo: { wide: 1, tall: 0 },
      titleRows: { first: headerRow, last: headerRow },
      header: { left: "Öl & Saaten GmbH", center: "{sheet}", right: "Period 2025-01-01 to 2025-03-31" },
      footer: { right: "Page {page} of {pages}" },
    });
  });

  it("shows the first overdraft and its balance as MB Ledger has them, for an account and for credit sold ahead", () => {
    const b = balance();
    const ledger: LedgerEntry[] = [
      {
        date: "2025-01-10",
        account: "x|awaiting",
        kind: "delivery",
        reference: "C",
        quantity: "-8",
        running: "-8",
        unit: "t",
        awaiting: b,
      },
      {
        date: "2025-02-10",
        account: b.account,
        kind: "delivery",
        reference: "D",
        quantity: "-120",
        running: "-19.5",
        unit: "t",
      },
      {
        date: "2025-02-11",
        account: b.account,
        kind: "delivery",
        reference: "E",
        quantity: "-1",
        running: "-20.5",
        unit: "t",
      },
    ];
    const { table } = sheet([b], ledger);
    const accounts = table(ACCOUNTS_TITLE);
    expect(accounts.col("First overdraft")).toEqual([{ value: 45698, numberFormat: "yyyy-mm-dd" }]);
    expect(accounts.col("Balance at first overdraft (t)")).toEqual([
      { value: -19.5, numberFormat: "#,##0.0", fill: "#FFC7CE" },
    ]);
    const products = table(PRODUCTS_TITLE);
    expect(products.col("Sold ahead of credit, first on")).toEqual([
      { value: 45667, numberFormat: "yyyy-mm-dd" },
    ]);
    expect(products.col("Sold ahead of credit, balance then (t)")).toEqual([
      { value: -8, numberFormat: "#,##0.0", fill: "#FFC7CE" },
    ]);
  });
});
