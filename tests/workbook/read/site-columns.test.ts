// A Terminal, Depot or Warehouse heading, through real .xlsx files (exceljs): alone it is read as
// the Site (a terminal may be a certified site of its own); beside a column headed Site itself,
// that column is the site whichever comes first, and the other is never left out silently where
// it names another place on some row (a warning at its heading). A tank farm ("Tanklager") is a
// place inside a site, never the site.
import { RECEIPT_COLUMNS } from "../../../src/books";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet, throughXlsx } from "../fixtures";

const receipt = (i: number, extra: CellValue[]): CellValue[] => [
  serial("2025-01-08"),
  "Saipol",
  "EU-ISCC-Cert-DE100-1",
  `SD-${i}`,
  "UCO",
  100,
  "Used cooking oil",
  "DE",
  "EU RED compliant",
  ...extra,
];

it.each([
  // headings after the receipt's own, each row's cells under them, the sites read, the warnings (cell: value)
  [["Terminal"], [["Oiltanking Amsterdam"], ["Hamburg"]], ["Oiltanking Amsterdam", "Hamburg"], []],
  [["Depot"], [["Duisburg"]], ["Duisburg"], []],
  [["Warehouse"], [["Rotterdam"]], ["Rotterdam"], []],
  [["Tanklager"], [["T-12"]], [undefined], []],
  [["Standort", "Tanklager"], [["Hamburg", "T-12"]], ["Hamburg"], []],
  // both: the Site column keeps the accounts, whichever comes first
  [
    ["Site", "Terminal"],
    [
      ["Hamburg", "Hamburg"],
      ["Hamburg", "Oiltanking Amsterdam"],
    ],
    ["Hamburg", "Hamburg"],
    ["K1"],
  ],
  [
    ["Terminal", "Site"],
    [
      ["Hamburg", "Hamburg"],
      ["Oiltanking Amsterdam", "Hamburg"],
    ],
    ["Hamburg", "Hamburg"],
    ["J1"],
  ],
  [["Depot", "Standort"], [["Duisburg", "Hamburg"]], ["Hamburg"], ["J1"]],
  // the other names the same place, or none: nothing to say
  [
    ["Werk", "Warehouse"],
    [
      ["Hamburg", "hamburg"],
      ["Hamburg", null],
    ],
    ["Hamburg", "Hamburg"],
    [],
  ],
] as [string[], CellValue[][], (string | undefined)[], string[]][])(
  "headings %j, cells %j: sites %j, warnings at %j",
  async (headings, cells, sites, warned) => {
    const book = await throughXlsx(
      sheet("Receipts", [
        [...RECEIPT_COLUMNS, "Claim", ...headings],
        ...cells.map((extra, i) => receipt(i + 1, extra)),
      ]),
    );
    const { ledger, findings } = readWorkbook(book);
    expect(ledger.receipts.map((r) => r.site)).toEqual(sites);
    const warnings = findings.filter((f) => f.code === "mapping-uncertain");
    expect(warnings.map((f) => f.cell)).toEqual(warned);
    for (const w of warnings) expect(w.message).toContain("does not read");
  },
);
