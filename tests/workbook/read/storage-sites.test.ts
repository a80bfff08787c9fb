// A storage column ("Lagerort", "Storage location") on a sheet with no Site column, through a real
// .xlsx: where it names different places by name they may be sites whose balances would be booked
// into one account, so it is an error at its heading; tank numbers of one site are not.
import ExcelJS from "exceljs";
import { readWorkbook } from "../../../src/workbook/read";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { DATE_HEADER } from "./date-rows";

async function read(heading: string, places: [string, string]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Receipts");
  ws.addRow([...DATE_HEADER, heading]);
  places.forEach((place, i) => {
    ws.addRow([
      new Date(Date.UTC(2025, 0, 8 + i)),
      "Agrar Handel Nord GmbH",
      `A${i}`,
      "Rapeseed oil",
      50,
      "EU RED compliant",
      "DE",
      place,
    ]);
    ws.getCell(i + 2, 1).numFmt = "dd.mm.yyyy";
  });
  const file = await XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()), "Sites.xlsx");
  return readWorkbook(await file.readSnapshot());
}

const STORAGE_HEADINGS = [
  "Lagerort",
  "Lager",
  "Standort Lager",
  "Storage location",
  "Opslaglocatie",
  "Lieu de stockage",
];

describe("a storage column naming two places beside no Site column", () => {
  it.each(STORAGE_HEADINGS)("refuses %p holding Hamburg and Rotterdam at its heading", async (heading) => {
    const { findings, sheets, ledger } = await read(heading, ["Hamburg", "Rotterdam"]);
    expect(sheets[0]?.columns.site).toBeUndefined();
    expect(
      findings.map((f) => `${f.severity} ${f.code} ${f.cell} ${(f.details as { reason?: string }).reason}`),
    ).toEqual(["error mapping-uncertain H1 storage-places"]);
    // still booked into one account, but its balances are incomplete: nothing is declared from them
    expect(ledger.receipts).toHaveLength(2);
    expect(ledger.incomplete).toEqual([
      { kinds: ["receipts"], products: ["Rapeseed oil"], source: { sheet: "Receipts", cell: "H1" } },
    ]);
    expect(findings[0]?.message).toContain("no Sustainability Declaration is issued");
  });

  it.each(STORAGE_HEADINGS)("says nothing of %p holding tank numbers of one site", async (heading) => {
    const { findings, ledger } = await read(heading, ["Tank 4", "T7"]);
    expect(findings).toEqual([]);
    expect(ledger.receipts).toHaveLength(2);
    expect(ledger.incomplete ?? []).toEqual([]);
  });
});

describe("a site heading", () => {
  it.each(["Location", "Plant", "Werk", "Standort", "Ubicación", "Locatie", "Site"])(
    "reads %p as the Site, one account per place",
    async (heading) => {
      const { findings, sheets, ledger } = await read(heading, ["Hamburg", "Rotterdam"]);
      expect(sheets[0]?.columns.site).toBe("H");
      expect(ledger.receipts.map((r) => r.site)).toEqual(["Hamburg", "Rotterdam"]);
      expect(findings).toEqual([]);
    },
  );
});
