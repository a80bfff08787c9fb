// An Excel without ExcelApi 1.9 cannot read fills (getRowProperties, getCellProperties): a sheet
// whose colour legend gives fills a meaning ("rot = storniert", or a meaning alone on a line, as a
// legend shown by a fill is) cannot be told apart row by row, so none of its rows is booked and one
// error at the legend says what to do; a sheet with no legend is read on, the notice said
// (workbook/colour-legend.ts colourCheck, officejs/read-snapshot.ts). Through the fake Excel.
import { createFakeExcel } from "../../../../src/demo/fake-excel";
import { OfficeJsWorkbook } from "../../../../src/workbook/officejs/officejs-workbook";
import type { CellValue } from "../../../../src/workbook/port";
import { readWorkbook } from "../../../../src/workbook/read";
import { RED_ROW, redReceipts } from "./red-receipts";

/**
 * Receipts 10, 11, 12 t, the second filled red (A3:E3), `beside` right of the header, then the rows
 * `below` (`fills`: A1 → colour), read by an Excel of `apiVersion`.
 */
async function read(
  apiVersion: string,
  below: CellValue[][],
  fills: Record<string, string>,
  beside: CellValue[] = [],
) {
  const values = redReceipts(below, beside);
  const fake = createFakeExcel(
    { sheets: [{ name: "Receipts", visibility: "visible", values, fills: { ...RED_ROW, ...fills } }] },
    { apiVersion },
  );
  const notices: string[] = [];
  const snapshot = await new OfficeJsWorkbook({
    run: fake.run,
    requirements: fake.requirements,
  }).readSnapshot({ onNotice: (n) => notices.push(n) });
  const { ledger, findings } = readWorkbook(snapshot);
  const errors = findings.filter((f) => f.severity === "error");
  return {
    notices,
    booked: ledger.receipts.map((r) => r.quantity),
    incomplete: ledger.incomplete ?? [],
    said: errors.map((f) => `${f.code} ${(f.details as { reason?: string }).reason} ${f.cell}`),
    messages: errors.map((f) => f.message),
  };
}

/** Sheets with a legend: what is below the table, its fills (the swatch, where 1.9 reads it), beside the header. */
const LEGENDS: [string, CellValue[][], Record<string, string>, CellValue[], string][] = [
  ["a legend in words below the table", [[], ["Legende: rot = storniert, grün = geprüft"]], {}, [], "A6"],
  ["a legend in words right of the header", [], {}, [null, "rot = storniert"], "G1"],
  [
    "a meaning alone on its own line (a swatch beside it)",
    [[], [null, "= storniert"]],
    { A6: "#FF0000" },
    [],
    "B6",
  ],
  [
    "a legend heading and a filled meaning below it, in French",
    [[], ["Légende :"], ["annulé"]],
    { A7: "#FF0000" },
    [],
    "A7",
  ],
];

describe("Office.js without ExcelApi 1.9: fills unread", () => {
  it.each(LEGENDS)(
    "%s: no row booked, one error at the legend, the balances incomplete",
    async (_, below, fills, beside, at) => {
      const { booked, said, messages, notices, incomplete } = await read("1.8", below, fills, beside);
      expect(booked).toEqual([]);
      expect(said).toEqual([`row-unconfirmed colours-unread ${at}`]);
      expect(messages[0]).toContain("this Excel cannot read cell fills");
      expect(messages[0]).toContain("massbal on the saved file");
      expect(incomplete.map((i) => i.source.cell)).toEqual([at, at, at]);
      expect(notices).toEqual([expect.stringContaining("A sheet with a colour legend")]);
    },
  );

  it.each(LEGENDS)(
    "%s, with ExcelApi 1.9: only the red row refused, by its colour",
    async (_, below, fills, beside) => {
      const { booked, said } = await read("1.9", below, fills, beside);
      expect(booked).toEqual(["10", "12"]);
      expect(said).toEqual(["row-unconfirmed colour-legend A3"]);
    },
  );

  it("no legend on the sheet: every row booked (its colour unknown), the notice said", async () => {
    const { booked, said, notices } = await read("1.8", [[], ["Geprüft von: M. Weber"]], {});
    expect(booked).toEqual(["10", "11", "12"]);
    expect(said).toEqual([]);
    expect(notices).toEqual([expect.stringContaining("cannot tell hidden, struck-through or filled rows")]);
  });

  // (p-legend2) a legend of only done colours refuses a row of another colour: unseen, none is booked
  it("a legend that only says a colour is done ('grün = geprüft'): a row of another colour may be refused, none booked", async () => {
    const { booked, said } = await read("1.8", [[], ["Legende: grün = geprüft"]], {});
    expect(booked).toEqual([]);
    expect(said).toEqual(["row-unconfirmed colours-unread A6"]);
  });
});
