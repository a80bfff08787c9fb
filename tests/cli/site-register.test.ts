// Sites the books do not list, through massbal on a real .xlsx (issue 15 break-test #12,
// engine/intake/site-register.ts): receipts whose site is blank, "HH" or "Werk Bremen" beside a
// Sites sheet of Hamburg and Bremen are refused at their Site cell, never accounts of their own;
// the real sites are incomplete, so no negative balance is built on the rows left out.
import { day, RECEIPT_COLUMNS } from "../../src/books";
import { ACME_SITES } from "./books";
import { receiptRow } from "./receipt-rows";
import { checkJson, freshFolderPerTest, writeBook } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; severity: string; sheet: string | null; cell: string | null; message: string }[];
  balances: { site: string; received: string; delivered: string; complete: boolean }[];
}

/** Five 50 t receipts at `sites`; sales of 150 t at Hamburg and 50 t at Bremen; with a Sites sheet or not. */
async function write(sites: (string | null)[], sitesSheet: boolean): Promise<string> {
  return writeBook(folder.path, "sites.xlsx", {
    Settings: [
      ["Setting", "Value"],
      ["Company name", "X"],
      ["Scheme", "ISCC EU"],
      ["First period start", day("2025-01-01")],
    ],
    ...(sitesSheet
      ? {
          Sites: [
            ["Site", "Company", "Country", "Certificate"],
            ["Hamburg", "X", "DE", "EU-ISCC-Cert-DE100-1"],
            ["Bremen", "X", "DE", "EU-ISCC-Cert-DE100-2"],
          ],
        }
      : {}),
    Receipts: [
      [...RECEIPT_COLUMNS, "Site", "Claim", "Waste/residue"],
      ...sites.map((site, i) =>
        receiptRow(day(`2025-01-0${i + 5}`), `A${i + 1}`, 50, [site, "EU RED compliant", "yes"]),
      ),
    ],
    Sales: [
      ["Date", "Site", "Customer", "Product", "Quantity (t)", "Sustainable"],
      [day("2025-02-10"), "Hamburg", "C", "UCO", 150, "yes"],
      [day("2025-02-10"), "Bremen", "C", "UCO", 50, "yes"],
    ],
  });
}

const errors = (r: Report, code: string) =>
  r.findings.filter((f) => f.code === code && f.severity === "error").map((f) => `${f.sheet}!${f.cell}`);

describe("massbal: a site the books do not list", () => {
  it("with a Sites sheet: blank, HH and Werk Bremen refused at their cells; hamburg is Hamburg; no false negative balance", async () => {
    const r = checkJson<Report>(
      folder.path,
      await write(["Hamburg", null, "hamburg ", "HH", "Werk Bremen"], true),
    );
    expect(errors(r, "site-not-listed")).toEqual(["Receipts!I3", "Receipts!I5", "Receipts!I6"]);
    expect(r.findings.find((f) => f.cell === "I5")?.message).toContain(
      'the site "HH" is not on the sites sheet',
    );
    expect(errors(r, "negative-balance")).toEqual([]);
    expect(r.balances.map((b) => [b.site, b.received, b.complete]).sort()).toEqual([
      ["Bremen", "0", false],
      ["Hamburg", "100", false],
    ]);
  });

  it("without a Sites sheet: a blank site beside named ones is refused; each named site keeps its account", async () => {
    const r = checkJson<Report>(folder.path, await write(["Hamburg", null, "Hamburg", "Bremen"], false));
    expect(errors(r, "site-not-listed")).toEqual(["Receipts!I3"]);
    expect(errors(r, "negative-balance")).toEqual([]);
    expect(r.balances.map((b) => [b.site, b.received, b.complete]).sort()).toEqual([
      ["Bremen", "50", false],
      ["Hamburg", "100", false],
    ]);
  });

  it("every site on the Sites sheet: nothing refused, the books balance", async () => {
    const r = checkJson<Report>(folder.path, await write(["Hamburg", "Hamburg", "hamburg ", "Bremen"], true));
    expect(errors(r, "site-not-listed")).toEqual([]);
    expect(errors(r, "negative-balance")).toEqual([]);
    expect(r.balances.every((b) => b.complete)).toBe(true);
  });

  it("a site spelt otherwise by its rows is shown as the Sites sheet spells it (p-misc)", async () => {
    const r = checkJson<Report>(folder.path, await write(["HAMBURG", "hamburg", "Hamburg", "bremen"], true));
    expect(errors(r, "site-not-listed")).toEqual([]);
    expect(r.balances.map((b) => [b.site, b.received]).sort()).toEqual([
      ["Bremen", "50"],
      ["Hamburg", "150"],
    ]);
  });
});

// (p-misc) a sheet with no Site column beside books that name sites: one error at its header
// (add a Site column), not one per row; its rows are left out, never booked to a guessed site
describe("massbal: a sales sheet with no Site column", () => {
  async function columnless(sites: (string | null)[][] | null): Promise<Report> {
    const file = await writeBook(folder.path, "columnless.xlsx", {
      Settings: [
        ["Setting", "Value"],
        ["Company name", "X"],
        ["Scheme", "ISCC EU"],
        ["First period start", day("2025-01-01")],
      ],
      ...(sites ? { Sites: sites } : {}),
      Receipts: [
        [...RECEIPT_COLUMNS, "Site", "Claim", "Waste/residue"],
        receiptRow(day("2025-01-05"), "A1", 500, ["Hamburg", "EU RED compliant", "yes"]),
      ],
      Sales: [
        ["Date", "Customer", "Product", "Quantity (t)", "Sustainable"],
        ...Array.from({ length: 40 }, (_, i) => [
          day(`2025-02-${String(1 + (i % 28)).padStart(2, "0")}`),
          "C",
          "UCO",
          5,
          "yes",
        ]),
      ],
    });
    return checkJson<Report>(folder.path, file);
  }

  it.each([
    [
      "a Sites sheet of two",
      [
        ["Site", "Company", "Country"],
        ["Hamburg", "X", "DE"],
        ["Bremen", "X", "DE"],
      ],
    ],
    [
      "a Sites sheet of one (never taken as the sheet's site)",
      [
        ["Site", "Company", "Country"],
        ["Hamburg", "X", "DE"],
      ],
    ],
    ["no Sites sheet, receipts naming Hamburg", null],
  ])("with %s: one error at the sheet's header, its 40 rows left out", async (_, sites) => {
    const r = await columnless(sites);
    expect(errors(r, "site-not-listed")).toEqual(["Sales!A1"]);
    const message = r.findings.find((f) => f.code === "site-not-listed")?.message ?? "";
    expect(message).toContain("this sheet has no Site column");
    expect(message).toContain("its 40 rows were left out");
    expect(message).toContain("add a Site column");
    expect(r.balances.map((b) => [b.site, b.received, b.delivered, b.complete])).toEqual([
      ["Hamburg", "500", "0", false],
    ]);
    expect(errors(r, "negative-balance")).toEqual([]);
  });
});

describe("massbal: a transfer between sites whose company the Sites sheet does not state (#15)", () => {
  /** The Sites sheet of books.ts ACME_SITES with its Company column left out, or Venlo's company blank. */
  async function transfer(sites: (string | null)[][]): Promise<Report> {
    const file = await writeBook(folder.path, "transfer.xlsx", {
      Settings: [
        ["Setting", "Value"],
        ["Scheme", "ISCC PLUS"],
      ],
      Sites: sites,
      Receipts: [
        ["Date", "Supplier", "SD number", "Product", "Quantity (t)", "Raw material", "Claim", "Site"],
        [day("2025-01-05"), "Good AG", "S-1", "UCO", 5, "Used cooking oil", "bio-circular", "Hamburg"],
      ],
      Transfers: [
        ["Date", "From site", "To site", "Product", "Quantity (t)", "Raw material", "Claim"],
        [day("2025-02-01"), "Hamburg", "Venlo", "UCO", 5, "Used cooking oil", "bio-circular"],
      ],
    });
    return checkJson<Report>(folder.path, file);
  }
  const refusal = (r: Report) => r.findings.find((f) => f.code === "transfer-not-allowed")?.message ?? "";

  it("no Company column: the refusal says the company is not stated and to add the column", async () => {
    const r = await transfer(ACME_SITES.map((row) => row.filter((_, i) => i !== 1)));
    expect(refusal(r)).toContain("it has no Company column");
    expect(refusal(r)).toContain("add a Company column");
    expect(refusal(r)).not.toContain("do not belong");
    expect(r.balances.every((b) => !b.complete)).toBe(true);
  });

  it("a blank Company cell: the refusal names the site and says to fill it in", async () => {
    const r = await transfer(
      ACME_SITES.map((row, i) => (i === 2 ? row.map((c, j) => (j === 1 ? null : c)) : row)),
    );
    expect(refusal(r)).toContain("does not state the company of site Venlo (its Company cell is blank)");
    expect(refusal(r)).not.toContain("do not belong");
  });
});
