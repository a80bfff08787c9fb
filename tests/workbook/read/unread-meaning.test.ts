// Columns of sustainability meaning the add-in does not read ("Low ILUC risk", "Land use change",
// "Chain of custody", in English, German, French and Spanish), through a real .xlsx built by
// exceljs (workbook/unread-meaning.ts): never ignored without a word; where their values differ
// within one account, or land use change is not a plain no, that account's balance is incomplete
// (credit unknown), never pooled into one declaration (brk7 item 7).
import ExcelJS from "exceljs";
import { runEngine } from "../../../src/engine/index";
import { readWorkbook } from "../../../src/workbook/read";
import { unreadMeaningOf } from "../../../src/workbook/unread-meaning";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { RECEIPT_HEAD } from "../part-sheets";

/** Two receipts of Rapeseed oil with `values` in a column headed `heading`, and a sale of 150 t: the findings at the heading, whether the account is complete. */
async function run(heading: string, values: [string, string]) {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Settings").addRows([
    ["Company name", "Acme Oils GmbH"],
    ["Scheme", "ISCC EU"],
  ]);
  const rec = wb.addWorksheet("Receipts");
  rec.addRow([...RECEIPT_HEAD, heading]);
  values.forEach((v, i) =>
    rec.addRow([
      new Date(Date.UTC(2025, 0, 5 + i)),
      "Good AG",
      `S-${i + 1}`,
      "Rapeseed oil",
      100,
      "Rapeseed",
      "EU RED compliant",
      20,
      v,
    ]),
  );
  const sales = wb.addWorksheet("Sales");
  sales.addRow(["Date", "Customer", "Product", "Quantity (t)", "Sustainable"]);
  sales.addRow([new Date(Date.UTC(2025, 1, 1)), "Buyer SA", "Rapeseed oil", 150, "yes"]);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  const read = readWorkbook(await (await XlsxWorkbook.fromBuffer(buffer, "Meaning.xlsx")).readSnapshot());
  const result = runEngine(read.ledger, { findings: read.findings });
  const at = result.findings.filter((f) => f.sheet === "Receipts" && f.cell === "I1");
  return {
    at: at.map((f) => [f.code, f.severity]),
    message: at[0]?.message ?? "",
    complete: result.balances.filter((b) => b.product === "Rapeseed oil").every((b) => b.complete),
  };
}

describe("headings of sustainability meaning", () => {
  it.each([
    ["Low ILUC risk", "low ILUC risk"],
    ["Geringes ILUC-Risiko", "low ILUC risk"],
    ["Faible risque CASI", "low ILUC risk"],
    ["Bajo riesgo ILUC", "low ILUC risk"],
    ["Land use change (after 2008)", "land use change"],
    ["Landnutzungsänderung", "land use change"],
    ["Changement d'affectation des sols", "land use change"],
    ["Cambio de uso de la tierra", "land use change"],
    ["Chain of custody", "chain of custody"],
    ["Chain of Custody / Rückverfolgbarkeit", "chain of custody"],
    ["Massenbilanz", "chain of custody"],
    ["Chaîne de contrôle", "chain of custody"],
    ["Cadena de custodia", "chain of custody"],
    ["GHG el (land use change)", null],
    ["Remarks", null],
    ["Customer", null],
  ])("%p carries %p", (heading, meaning) => expect(unreadMeaningOf(heading)).toBe(meaning));
});

describe("a column of sustainability meaning on a receipts sheet", () => {
  it.each([
    ["Low ILUC risk", ["yes", "no"]],
    ["Geringes ILUC-Risiko", ["ja", "nein"]],
    ["Faible risque CASI", ["oui", ""]],
    ["Cambio de uso de la tierra", ["no", "sí"]],
    ["Changement d'affectation des sols", ["non", "inconnu"]],
  ] as [string, [string, string]][])(
    "%p with %p: an error at the heading, the account incomplete",
    async (heading, values) => {
      const r = await run(heading, values);
      expect(r.at).toEqual([["mapping-uncertain", "error"]]);
      expect(r.message).toContain(`the column headed "${heading}" states the material's`);
      expect(r.message).toContain("the balances of those products are incomplete");
      expect(r.complete).toBe(false);
    },
  );

  it.each([
    ["Low ILUC risk", ["no", "no"]],
    ["Cambio de uso de la tierra (después de 2008)", ["no", "no"]],
    ["Chain of custody", ["Mass balance", "Physical segregation"]],
  ] as [string, [string, string]][])(
    "%p with %p: a warning at the heading, the balance complete",
    async (heading, values) => {
      const r = await run(heading, values);
      expect(r.at).toEqual([["mapping-uncertain", "warning"]]);
      expect(r.message).toContain("which the add-in does not read");
      expect(r.complete).toBe(true);
    },
  );

  it("a chain of custody column saying mass balance throughout needs no word", async () => {
    const r = await run("Chain of custody", ["Mass balance", "Massenbilanz"]);
    expect([r.at, r.complete]).toEqual([[], true]);
  });
});
