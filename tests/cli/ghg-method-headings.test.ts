// Through the real massbal declare on a real .xlsx (p-ghgmethod): a column stating the GHG method
// beside the GHG total, headed in Polish, Spanish, Italian or German ("Metoda GHG", "Método GEI",
// "Metodo GHG", "Berechnungsart THG", "Art des THG-Werts"), was read as a second GHG total: each
// receipt lost its GHG value and its credit, a negative balance was said that was none, and the
// balance read complete. Now the column is the method, the receipts give their credit and the
// declarations carry the total, E 10 g CO2eq/MJ. A second GHG column that cannot be read still
// costs the receipt its credit, but the balance then reads incomplete, never short.
import path from "node:path";
import { books, D, delivery, DELIVERIES, receipt, RECEIPTS, workbookOf } from "../workbook/left-out-books";
import { declareJson, freshFolderPerTest } from "./run-massbal";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; severity: string; place: string; message: string }[];
  balances: { product: string; received: string; closing: string; complete: boolean }[];
  declarations: { product: string; status: string; ghgTotal: string | null; quantity: string }[];
}

/** 60 t of UCO and 10 t of Tallow received (GHG total 10) with `value` under `heading`; 50 t and 5 t delivered. */
async function run(file: string, heading: string, value: string): Promise<Report> {
  const head = [...RECEIPTS, heading];
  const uco = [...receipt(D("2025-01-08"), "S-1", 60), value];
  const tallow = [...receipt(D("2025-01-05"), "T-1", 10, "Tallow"), value];
  const sheets = books([], {
    Receipts: [head, uco],
    "Tallow receipts": [head, tallow],
    Deliveries: [DELIVERIES, delivery(D("2025-02-20"), 50), delivery(D("2025-02-21"), 5, "Tallow")],
  });
  await workbookOf(sheets).xlsx.writeFile(path.join(folder.path, file));
  return declareJson<Report>(folder.path, file);
}

describe("massbal declare: a GHG method column beside the GHG total", () => {
  it.each([
    ["Metoda GHG", "wartość rzeczywista"],
    ["Método GEI", "valor real"],
    ["Metodo GHG", "valore standard"],
    ["Berechnungsart THG", "Tatsächlicher Wert"],
    ["Art des THG-Werts", "Standardwert"],
  ])("'%s' (%s): the receipts give their credit, the declarations carry E 10", async (heading, value) => {
    const report = await run("method.xlsx", heading, value);
    expect(report.findings.filter((f) => f.severity !== "info").map((f) => `${f.code} ${f.place}`)).toEqual(
      [],
    );
    const declared = report.declarations.map((d) => [d.product, d.status, d.quantity, d.ghgTotal]);
    expect(declared.sort()).toEqual([
      ["Tallow", "new", "5", "10"],
      ["UCO", "new", "50", "10"],
    ]);
    const balances = report.balances.map((b) => [b.product, b.received, b.closing, b.complete]);
    expect(balances.sort()).toEqual([
      ["Tallow", "10", "5", true],
      ["UCO", "60", "10", true],
    ]);
  });
});

describe("massbal declare: a second GHG total column whose cell is no number", () => {
  it("'THG Standardwert' 'abc': refused at its cell, the balance incomplete, no negative balance said", async () => {
    const report = await run("second.xlsx", "THG Standardwert (g CO2eq/MJ)", "abc");
    const errors = report.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => `${f.code} ${f.place}`)).toEqual([
      "invalid-number Receipts!N2",
      "invalid-number 'Tallow receipts'!N2",
    ]);
    expect(errors[0]?.message).toContain('"abc" in THG Standardwert (g CO2eq/MJ) is not a number');
    expect(errors[0]?.message).toContain("the balances it feeds are incomplete");
    expect(report.balances.map((b) => [b.product, b.received, b.complete]).sort()).toEqual([
      ["Tallow", "0", false],
      ["UCO", "0", false],
    ]);
    expect(report.declarations.filter((d) => d.status === "new")).toEqual([]);
  });
});
