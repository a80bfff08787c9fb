// (p-values, new-user test brk10 s11) "s. Anlage" in "Menge lt. SD (t)" on a receipt was neither
// read nor refused: the receipt was booked at its 10 t received, with no cap by its SD, and the
// check passed. Through the real massbal check on a real .xlsx: the text is refused at its cell
// with what to type, the receipt is not booked, the balance it feeds is incomplete, and the same
// holds for a combined ledger's SD column beside Eingang and Ausgang.
import { checkJson, freshFolderPerTest, massbal, writeBook } from "./run-massbal";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

interface Report {
  findings: { code: string; severity: string; sheet: string; cell: string; message: string }[];
  balances: { product: string; received: string; delivered: string; complete: boolean }[];
}

const SETTINGS = [
  ["Einstellung", "Wert"],
  ["Firmenname", "X"],
  ["Schema", "ISCC EU"],
];

const refusals = (r: Report) =>
  r.findings.filter((f) => f.code === "invalid-number").map((f) => [f.severity, f.sheet, f.cell]);

describe("text in the column of an SD's quantity is refused at its cell, never skipped", () => {
  it("receipts (brk10 s11): 's. Anlage' beside Menge (t) is refused, the receipt not booked", async () => {
    const file = await writeBook(folder.path, "s11.xlsx", {
      Einstellungen: SETTINGS,
      Eingang: [
        ["Datum", "Lieferant", "SD-Nr.", "Produkt", "Menge (t)", "Menge lt. SD (t)"],
        [d("2025-01-05"), "Fett AG", "SD-1", "UCO", 20, null],
        [d("2025-02-05"), "Fett AG", "SD-2", "UCO", 18, 20],
        [d("2025-03-05"), "Fett AG", "SD-3", "UCO", 10, "s. Anlage"],
      ],
      Verkauf: [
        ["Datum", "Kunde", "Produkt", "Menge (t)", "Nachhaltig"],
        [d("2025-03-20"), "Raff", "UCO", 10, "ja"],
      ],
    });
    const run = massbal(["check", file, "--json"], folder.path);
    const report = JSON.parse(run.stdout) as Report;
    expect(refusals(report)).toEqual([["error", "Eingang", "F4"]]);
    expect(report.findings.find((f) => f.cell === "F4")?.message).toContain(
      "type the quantity from the SD into this cell",
    );
    expect(report.balances.map((b) => [b.product, b.received, b.complete])).toEqual([["UCO", "38", false]]);
    expect(run.code).toBe(1);
  });

  it("a combined ledger with Eingang and Ausgang: 'k.A.' and 'siehe SD' refused on both sides", async () => {
    const file = await writeBook(folder.path, "buch.xlsx", {
      Einstellungen: SETTINGS,
      Buch: [
        ["Datum", "Partner", "SD-Nr.", "Produkt", "Eingang (t)", "Ausgang (t)", "Menge lt. SD (t)"],
        [d("2025-01-05"), "Fett AG", "SD-1", "UCO", 20, null, 20],
        [d("2025-01-06"), "Fett AG", "SD-2", "UCO", 15, null, "k.A."],
        [d("2025-02-05"), "Raff", null, "UCO", null, 10, "siehe SD"],
      ],
    });
    const report = checkJson<Report>(folder.path, file);
    expect(refusals(report)).toEqual([
      ["error", "Buch", "G3"],
      ["error", "Buch", "G4"],
    ]);
    expect(report.balances.map((b) => [b.received, b.delivered, b.complete])).toEqual([["20", "0", false]]);
  });
});
