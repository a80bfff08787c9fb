// Excel set to manual calculation, through the Office.js adapter (brk28 S3): a formula's value is
// its last result, not known to be current, so the formula cells the books read are refused at
// their cells, as in a file saved in manual calculation; typed values are read as always.
import { createFakeExcel } from "../../../src/demo/fake-excel";
import { OfficeJsWorkbook } from "../../../src/workbook/officejs/officejs-workbook";
import { readWorkbook } from "../../../src/workbook/read";

type Mode = "Automatic" | "AutomaticExceptTables" | "Manual";

/** Receipts whose second quantity is the formula =4500/1000 (4.5), in Excel calculating `mode`. */
async function books(mode: Mode) {
  const fake = createFakeExcel({
    calculationMode: mode,
    sheets: [
      {
        name: "Receipts",
        visibility: "visible",
        values: [
          ["Date", "Product", "Quantity (t)", "Supplier", "SD number"],
          ["2025-03-05", "UCO", 10.5, "Saipol", "IN-1"],
          ["2025-03-06", "UCO", null, "Cargill", "IN-2"],
        ],
      },
    ],
  });
  await fake.run(async (context) => {
    context.workbook.worksheets.getItem("Receipts").getRange("C3").values = [["=4500/1000"]];
    await context.sync();
  });
  const port = new OfficeJsWorkbook({ run: fake.run, requirements: fake.requirements });
  return readWorkbook(await port.readSnapshot());
}

describe("Excel in manual calculation, through Office.js", () => {
  it("refuses the formula's value at its cell and reads the typed ones", async () => {
    const { ledger, findings } = await books("Manual");
    expect(ledger.receipts.map((r) => [r.sdNumber, r.quantity])).toEqual([["IN-1", "10.5"]]);
    expect(findings.map((f) => [f.code, f.cell, "reason" in f.details ? f.details.reason : null])).toEqual([
      ["formula-without-value", "C3", "manual-calculation"],
    ]);
    expect(findings[0]!.message).toContain(
      "Quantity is a formula (=4500/1000) in a workbook set to manual calculation",
    );
  });

  // must not change: Excel calculating by itself gives current values
  it.each(["Automatic", "AutomaticExceptTables"] as const)(
    "reads the formula's value in %s",
    async (mode) => {
      const { ledger, findings } = await books(mode);
      expect(ledger.receipts.map((r) => [r.sdNumber, r.quantity])).toEqual([
        ["IN-1", "10.5"],
        ["IN-2", "4.5"],
      ]);
      expect(findings).toEqual([]);
    },
  );
});
