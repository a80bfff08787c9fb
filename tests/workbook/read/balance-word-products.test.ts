// A product whose name is a balance word ("Saldo", "Bestand", "Übertrag"), typed on every row of
// its column, is a name (opening-rows.ts namesThroughout): a row of that sheet left out (a
// possible total line) leaves that product's balances incomplete like any other's. brk10: the
// sheet's product list dropped every balance word, so a production sheet's output "Saldo" kept a
// complete balance while a row that may have produced it was not read.
import { readWorkbook } from "../../../src/workbook/read";
import { BALANCE_CELL } from "../../../src/workbook/total-words";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { D, type Sheets, workbookOf } from "../left-out-books";

async function read(sheets: Sheets) {
  const file = await XlsxWorkbook.fromBuffer(
    Buffer.from(await workbookOf(sheets).xlsx.writeBuffer()),
    "Names.xlsx",
  );
  return readWorkbook(await file.readSnapshot());
}

const HEAD = ["Date", "Input product", "Input quantity (t)", "Output product", "Output quantity (t)"];

// product names that are balance words, de/en/fr/es/nl/it
const NAMES = ["Saldo", "Bestand", "Übertrag", "Vortrag", "Stock", "Riporto", "Beginsaldo", "Solde initial"];

describe("a product named by a balance word on every row of its column", () => {
  it.each(NAMES)("%p: a row left out holds back its balances", async (name) => {
    // not vacuous: each is a word a product cell is otherwise refused for
    expect(BALANCE_CELL.test(name)).toBe(true);
    const { ledger, findings } = await read({
      Production: [
        HEAD,
        [D("2025-01-10"), "UCO", 30, name, 27],
        [D("2025-01-20"), "UCO", 30, name, 27],
        // a quantity alone that is no sum of the rows above: a total or a booking, not read
        [null, null, 25, null, 22],
      ],
    });
    expect(ledger.production.map((p) => p.outputProduct)).toEqual([name, name]);
    expect(findings.map((f) => `${f.code} ${f.cell}`)).toEqual(["possible-totals-row C4"]);
    expect(ledger.incomplete?.map((i) => [i.source.cell, i.products])).toEqual([["C4", ["UCO", name]]]);
  });

  it("a balance word beside other products is no name: refused, holding back the sheet's products", async () => {
    const { ledger } = await read({
      Production: [
        HEAD,
        [D("2025-01-10"), "UCO", 30, "HVO", 27],
        [D("2025-01-20"), "UCO", 30, "Saldovortrag", 27],
      ],
    });
    expect(ledger.incomplete?.map((i) => [i.source.cell, i.products])).toEqual([["D3", ["UCO", "HVO"]]]);
  });
});
