import {
  CONFIG_SHEET,
  configSheetRows,
  emptyConfig,
  parseConfigSheet,
  readConfig,
} from "../../src/workbook/config";
import type { MbConfig } from "../../src/workbook/types";
import { plain, sheet, throughXlsx } from "./fixtures";

const full: MbConfig = {
  mappings: [
    { sheet: "Eingänge", field: "quantity", column: "D" },
    { sheet: "Eingänge", field: "site", column: "" },
    { sheet: "Tabelle1", field: "date", column: "AA", kind: "deliveries" },
  ],
  settings: {
    companyName: "=Acme GmbH",
    periodMonths: 3,
    periodStart: "2025-01-01",
    scheme: "ISCC PLUS",
    mode: "continuous",
    ghgPooling: "worst-value",
    stockTolerance: "0.005",
    plusCapCarryForward: true,
    sdPrefix: "ACME",
  },
  marks: [
    { sheet: "Eingänge", cell: "D12", fill: "#00B050", note: "checked by Anna" },
    { sheet: "Eingänge", cell: "E3", fill: null, note: null },
  ],
  generated: ["MB Summary", "MB Findings"],
};

describe("MB Config", () => {
  it("round-trips through a very hidden sheet of a real file", async () => {
    const snapshot = await throughXlsx(
      sheet(CONFIG_SHEET, plain(configSheetRows(full)), { visibility: "veryHidden" }),
    );
    expect(snapshot.sheets[0]!.visibility).toBe("veryHidden");
    expect(readConfig(snapshot)).toEqual(full);
  });

  it("is an empty config when the workbook has none", () => {
    expect(readConfig({ name: "x", sheets: [] })).toEqual(emptyConfig());
  });

  it("reads a table a person can follow: a title, headings, one tagged row per entry", () => {
    const rows = plain(configSheetRows(full));
    expect(rows[0]![0]).toBe("MB Config");
    expect(rows[1]).toEqual([
      "Entry",
      "Sheet / setting",
      "Field / value / cell",
      "Column / fill",
      "Kind / note",
      "Header",
    ]);
    expect(rows).toContainEqual(["mapping", "Tabelle1", "date", "AA", "deliveries"]);
    expect(rows).toContainEqual(["setting", "periodMonths", 3]);
    expect(rows).toContainEqual(["mark", "Eingänge", "D12", "#00B050", "checked by Anna"]);
    expect(rows).toContainEqual(["generated", "MB Summary"]);
  });

  it("survives a user's edits: moved rows, other case, junk, bad cells and Excel's own date conversion", () => {
    const config = readConfig({
      name: "x",
      sheets: [
        {
          name: CONFIG_SHEET,
          visibility: "visible",
          values: [
            ["Generated", "MB Ledger"],
            ["my own note about this sheet"],
            [],
            ["MAPPING", " Receipts ", "quantity", "c", "RECEIPTS"],
            ["mapping", "Receipts", "date", "not a column"],
            ["mapping", "Receipts"],
            ["mark", "Receipts", "B2", "green", ""],
            ["mark", "Receipts", "nowhere", "#FF0000", "x"],
            ["setting", "periodStart", 45658],
            ["setting", "periodMonths", "twelve"],
            ["setting", "scheme", "ISCC Global"],
            ["setting", "unknownSetting", "x"],
            ["setting", "plusCapCarryForward", "no"],
            ["mapping", "Receipts", "site", { error: "#REF!" }],
            ["generated", "MB Ledger"],
          ],
        },
      ],
    });
    expect(config).toEqual({
      mappings: [
        { sheet: "Receipts", field: "quantity", column: "C", kind: "receipts" },
        { sheet: "Receipts", field: "site", column: "" },
      ],
      settings: { periodStart: "2025-01-01", plusCapCarryForward: false },
      marks: [{ sheet: "Receipts", cell: "B2", fill: null, note: null }],
      generated: ["MB Ledger"],
    });
  });
});

describe("closed settings in MB Config", () => {
  // each closed setting with the words it takes, and spellings near them that are not its words
  const CASES: [string, string[], string[]][] = [
    ["operatorType", ["farm", "first-gathering-point", "other"], ["Farm", "first gathering point", "farmer"]],
    ["scheme", ["ISCC EU", "ISCC PLUS"], ["ISCC", "iscc eu", "ISCC-EU", "REDcert"]],
    ["mode", ["end-of-period", "continuous"], ["end of period", "Continuous", "daily"]],
    ["ghgPooling", ["per-batch", "worst-value"], ["per batch", "worst", "average"]],
    ["decimalSeparator", ["comma", "point"], [",", "Comma", "dot"]],
    ["dateOrder", ["dmy", "mdy"], ["DMY", "ymd", "d.m.y"]],
  ];
  const read = (key: string, value: string) =>
    parseConfigSheet(sheet(CONFIG_SHEET, [["setting", key, value]])).settings as Record<string, unknown>;

  it.each(CASES)("%s takes exactly its words", (key, words, others) => {
    for (const w of words) expect([w, read(key, w)[key]]).toEqual([w, w]);
    for (const w of others) expect([w, read(key, w)[key]]).toEqual([w, undefined]);
  });
});
