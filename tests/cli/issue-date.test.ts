// (p-issue, brk8 #6) Through the real massbal declare on a real .xlsx: the Settings "Issue date of
// new declarations" never dates a declaration before its delivery's dispatch or before the receipt
// of an incoming SD it draws on. Such a delivery's declaration is held back with
// issue-date-too-early, naming the Settings cell and the date to set (said once at the Settings
// cell where it is too early for several, p-misc); the others are issued on the date given, which
// is never moved.
import {
  ISSUING_RECEIPT_HEADER,
  ISSUING_SETTINGS,
  day,
  issuingReceipt as receipt,
  type Rows,
} from "../../src/books";
import { declareBook, deliveryHeader, sale } from "./sd-books";
import { freshFolderPerTest } from "./run-massbal";
import { ACME_SITES } from "./books";

jest.setTimeout(180_000);

const folder = freshFolderPerTest();

/** The issuing trader's settings with the issue date `date` (its row is Settings!B6). */
const settingsOn = (date: string): Rows =>
  ISSUING_SETTINGS.map((row) => (row[0] === "Issue date of new declarations" ? [row[0], day(date)] : row));

it("holds back the declarations the Settings issue date would date too early, and only those", async () => {
  expect(settingsOn("2025-03-01")[5]).toEqual(["Issue date of new declarations", day("2025-03-01")]);
  const report = await declareBook(folder.path, {
    Receipts: [
      ISSUING_RECEIPT_HEADER,
      receipt("2025-01-05", "IN-1", 50, 30),
      receipt("2025-03-10", "IN-2", 50, 30),
    ],
    // row 2 before the date on IN-1; row 3 before the date, but drawing on IN-2 received 10 March;
    // row 4 dispatched after the date
    Deliveries: [
      deliveryHeader(),
      sale("2025-02-10", 30, null),
      sale("2025-02-20", 40, null),
      sale("2025-05-20", 10, null),
    ],
    Settings: settingsOn("2025-03-01"),
  });
  expect(report.declarations.map((x) => [x.status, x.date, x.quantity, x.inputs.map((i) => i.sd)])).toEqual([
    ["new", "2025-03-01", "30", ["IN-1"]],
    ["blocked", "2025-03-01", "40", ["IN-1", "IN-2"]],
    ["blocked", "2025-03-01", "10", ["IN-2"]],
  ]);
  // (p-misc) too early for two deliveries: said once, at the Settings cell, naming both
  const found = report.findings.filter((f) => f.code === "issue-date-too-early");
  expect(found.map((f) => [f.severity, f.sheet, f.cell])).toEqual([["error", "Settings", "B6"]]);
  expect(found[0]?.message).toContain(
    "set in Settings (Settings!B6), 2025-03-01, is before the dispatch of 2 deliveries",
  );
  expect(found[0]?.message).toContain("(Deliveries!A3, Deliveries!A4)");
  expect(found[0]?.message).toContain("Set the issue date in Settings to 2025-05-20 or later");
  expect(report.declarations.filter((x) => x.status === "blocked").map((x) => x.heldBy)).toEqual([
    [{ code: "issue-date-too-early", sheet: "Settings", cell: "B6" }],
    [{ code: "issue-date-too-early", sheet: "Settings", cell: "B6" }],
  ]);
});

// (p-misc) a declaration of an output product is never dated before the production that made it:
// the output's credit and the GHG values it declares are the production row's (domain.md §5)
describe("an output declared before the production that made it", () => {
  const production = (date: string): Rows => [
    [
      "Date",
      "Input product",
      "Input quantity (t)",
      "Output product",
      "Output quantity (t)",
      "GHG total",
      "GHG unit",
    ],
    [day(date), "Rapeseed oil", 50, "Biodiesel", 45, 25, "g CO2eq/MJ"],
  ];
  /** Biodiesel made on `made`, 20 t of it dispatched before the Settings issue date (1 March). */
  const run = (made: string) =>
    declareBook(folder.path, {
      Receipts: [ISSUING_RECEIPT_HEADER, receipt("2025-01-05", "IN-1", 50, 30)],
      Production: production(made),
      Deliveries: [
        deliveryHeader(),
        sale("2025-02-20", 20, null).map((c) => (c === "Rapeseed oil" ? "Biodiesel" : c)),
      ],
      Settings: settingsOn("2025-03-01"),
    });

  it("made after the issue date: held back, naming the production", async () => {
    const report = await run("2025-03-10");
    expect(report.declarations.map((x) => [x.status, x.date, x.quantity])).toEqual([
      ["blocked", "2025-03-01", "20"],
    ]);
    const found = report.findings.filter((f) => f.code === "issue-date-too-early");
    expect(found.map((f) => [f.severity, f.sheet, f.cell])).toEqual([["error", "Deliveries", "A2"]]);
    expect(found[0]?.message).toContain(
      "before the production on 2025-03-10 (Production!A2) that made the material it declares",
    );
    expect(found[0]?.message).toContain("Set the issue date in Settings to 2025-03-10 or later");
  });

  it("made before the issue date: issued on it", async () => {
    const report = await run("2025-02-15");
    expect(report.findings.filter((f) => f.code === "issue-date-too-early")).toEqual([]);
    expect(report.declarations.map((x) => [x.status, x.date, x.quantity])).toEqual([
      ["new", "2025-03-01", "20"],
    ]);
  });
});

// (p-opening) a multi-site transfer books the credit into the receiving site's ledger on its date
// (iscc-rules.md §6.2): a declaration from Venlo is never dated before the transfer that brought
// the credit there, though the batch keeps its receipt's date (5 January) for FIFO
describe("a declaration from credit transferred after its issue date", () => {
  const PLUS_SETTINGS: Rows = [...settingsOn("2025-03-01"), ["Scheme", "ISCC PLUS"]];
  const withSite = (row: Rows[number], site: string): Rows[number] => [...row, "bio-circular", site];
  const run = (moved: string, sold: [string, number][] = [["2025-02-20", 20]]) =>
    declareBook(folder.path, {
      Sites: ACME_SITES,
      Receipts: [
        [...ISSUING_RECEIPT_HEADER, "Claim", "Site"],
        withSite(receipt("2025-01-05", "IN-1", 50, 30), "Hamburg"),
      ],
      Transfers: [
        ["Date", "From site", "To site", "Product", "Quantity (t)", "Raw material", "Claim"],
        [day(moved), "Hamburg", "Venlo", "Rapeseed oil", 30, "Rapeseed", "bio-circular"],
      ],
      Deliveries: [
        [...deliveryHeader(), "Claim", "Site"],
        ...sold.map(([d, t]) => withSite(sale(d, t, null), "Venlo")),
      ],
      Settings: PLUS_SETTINGS,
    });

  it("moved after the issue date: held back, naming the transfer", async () => {
    const report = await run("2025-03-10");
    const found = report.findings.filter((f) => f.code === "issue-date-too-early");
    expect(found.map((f) => [f.severity, f.sheet, f.cell])).toEqual([["error", "Deliveries", "A2"]]);
    expect(found[0]?.message).toContain(
      "before the transfer on 2025-03-10 (Transfers!A2) that brought the credit it draws on to this site",
    );
    expect(report.declarations.map((x) => [x.status, x.quantity])).toEqual([["blocked", "20"]]);
  });

  // brk10: said once at the Settings cell for several deliveries, the wording named the receipt
  // and the production behind them but not the transfer the check compares too
  it("moved after the issue date, two deliveries: said once at Settings, naming transfers", async () => {
    const report = await run("2025-03-10", [
      ["2025-02-20", 15],
      ["2025-02-25", 15],
    ]);
    const found = report.findings.filter((f) => f.code === "issue-date-too-early");
    expect(found.map((f) => [f.severity, f.sheet, f.cell])).toEqual([["error", "Settings", "B6"]]);
    expect(found[0]?.message).toContain(
      "is before the dispatch of 2 deliveries or the receipt, production or transfer of material they draw on",
    );
    expect(found[0]?.message).toContain("Set the issue date in Settings to 2025-03-10 or later");
    expect(report.declarations.map((x) => [x.status, x.quantity])).toEqual([
      ["blocked", "15"],
      ["blocked", "15"],
    ]);
  });

  it("moved before the issue date: no such finding", async () => {
    const report = await run("2025-02-10");
    expect(report.findings.filter((f) => f.code === "issue-date-too-early")).toEqual([]);
  });
});
