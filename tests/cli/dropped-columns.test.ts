// (p-cols) Columns the reader dropped or picked without a word, through the real massbal check on
// real .xlsx files: an Italian register's "Carico (t)" / "Scarico (t)" (read as receipts of its
// net weight before), German "Eing (t)" / "Ausg (t)" (no Quantity column before), and a second
// "Datum" on receipts whose other date was dropped whatever it said.
import { checkJson, freshFolderPerTest, writeBook } from "./run-massbal";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

interface Report {
  sheets: { name: string; kind: string; columns: Record<string, string> }[];
  findings: { code: string; severity: string; sheet: string; cell: string; message: string }[];
  balances: { received: string; delivered: string; complete: boolean }[];
}

const SETTINGS = [
  ["Impostazione", "Valore"],
  ["Firmenname", "X"],
  ["Schema", "ISCC EU"],
];

describe("columns once dropped or picked silently, through massbal", () => {
  it("an Italian register's Carico and Scarico are its In and Out; its net weight is held to them", async () => {
    const file = await writeBook(folder.path, "registro.xlsx", {
      Impostazioni: SETTINGS,
      Registro: [
        ["Data", "Controparte", "N. SD", "Prodotto", "Carico (t)", "Scarico (t)", "Peso netto (t)"],
        [d("2025-01-05"), "Fett AG", "SD-1", "UCO", 20, null, 20],
        [d("2025-01-06"), "Fett AG", "SD-2", "UCO", 15, null, 14.2],
        [d("2025-02-05"), "Raff SpA", null, "UCO", null, 10, 10],
      ],
    });
    const report = checkJson<Report>(folder.path, file);
    const sheet = report.sheets.find((s) => s.name === "Registro");
    expect(sheet).toMatchObject({ kind: "ledger", columns: { inQuantity: "E", outQuantity: "F" } });
    expect(sheet?.columns.quantity).toBeUndefined();
    expect(
      report.findings
        .filter((f) => f.sheet === "Registro" && f.severity === "error")
        .map((f) => [f.code, f.cell]),
    ).toEqual([["quantity-columns-disagree", "G3"]]);
    expect(report.balances.map((b) => [b.received, b.delivered, b.complete])).toEqual([["20", "10", false]]);
  });

  it("a German ledger's Eing (t) and Ausg (t), without the full stop, are its In and Out", async () => {
    const file = await writeBook(folder.path, "buch.xlsx", {
      Einstellungen: SETTINGS,
      Buch: [
        ["Datum", "Partner", "SD-Nr.", "Produkt", "Eing (t)", "Ausg (t)"],
        [d("2025-01-05"), "Fett AG", "SD-1", "UCO", 20, null],
        [d("2025-02-05"), "Raff", null, "UCO", null, 10],
      ],
    });
    const report = checkJson<Report>(folder.path, file);
    expect(report.sheets.find((s) => s.name === "Buch")?.columns).toMatchObject({
      inQuantity: "E",
      outQuantity: "F",
    });
    expect(report.findings.filter((f) => f.code === "header-not-found")).toEqual([]);
    expect(report.balances.map((b) => [b.received, b.delivered])).toEqual([["20", "10"]]);
  });

  it("a second Datum on receipts: a row whose dates differ is refused at its cell, the heading said", async () => {
    const file = await writeBook(folder.path, "eingang.xlsx", {
      Einstellungen: SETTINGS,
      Eingang: [
        ["Datum", "Lieferant", "SD-Nr.", "Produkt", "Menge (t)", "Datum"],
        [d("2025-03-28"), "Fett AG", "SD-1", "UCO", 20, d("2025-03-28")],
        // unloaded in the next quarter: which date books it is not the add-in's to choose
        [d("2025-03-30"), "Fett AG", "SD-2", "UCO", 15, d("2025-04-02")],
      ],
    });
    const report = checkJson<Report>(folder.path, file);
    const said = report.findings
      .filter((f) => f.sheet === "Eingang")
      .map((f) => [f.code, f.severity, f.cell]);
    expect(said).toEqual([
      ["invalid-value", "error", "F3"],
      ["mapping-uncertain", "warning", "F1"],
    ]);
    expect(report.findings.find((f) => f.cell === "F3")?.message).toContain(
      '2025-03-30 in "Datum" (column A)',
    );
    expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["20", false]]);
  });
});
