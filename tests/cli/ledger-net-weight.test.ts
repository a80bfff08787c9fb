// (p-values) "Nettogewicht (t)" beside "Eingang (t)" and "Ausgang (t)" on one combined ledger was
// mapped as the ledger's Quantity with no finding: a row with In and Out booked its In or Out and
// left the net weight unread, whatever it said. Through the real massbal check on a real .xlsx: the
// heading is said (naming Eingang and Ausgang as what is booked), and a row whose net weight is
// another amount is refused at its cell, so the balance it feeds is incomplete.
import { checkJson, freshFolderPerTest, writeBook } from "./run-massbal";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

interface Report {
  sheets: { name: string; columns: Record<string, string> }[];
  findings: { code: string; severity: string; sheet: string; cell: string; message: string }[];
  balances: { received: string; delivered: string; complete: boolean }[];
}

describe("a combined ledger's net weight beside Eingang and Ausgang", () => {
  it("books Eingang and Ausgang, says the net weight's heading, refuses a row where it differs", async () => {
    const file = await writeBook(folder.path, "buch.xlsx", {
      Einstellungen: [
        ["Einstellung", "Wert"],
        ["Firmenname", "X"],
        ["Schema", "ISCC EU"],
      ],
      Buch: [
        ["Datum", "Partner", "SD-Nr.", "Produkt", "Eingang (t)", "Ausgang (t)", "Nettogewicht (t)"],
        [d("2025-01-05"), "Fett AG", "SD-1", "UCO", 20, null, 20],
        [d("2025-01-06"), "Fett AG", "SD-2", "UCO", 15, null, 14.2],
        [d("2025-02-05"), "Raff", null, "UCO", null, 10, 10],
      ],
    });
    const report = checkJson<Report>(folder.path, file);
    expect(report.sheets.find((s) => s.name === "Buch")?.columns).toMatchObject({
      inQuantity: "E",
      outQuantity: "F",
    });
    expect(report.sheets.find((s) => s.name === "Buch")?.columns.quantity).toBeUndefined();
    expect(
      report.findings
        .filter((f) => f.code === "quantity-columns-disagree" || f.code === "second-quantity-column")
        .map((f) => [f.code, f.severity, f.cell]),
    ).toEqual([
      ["quantity-columns-disagree", "error", "G3"],
      ["second-quantity-column", "warning", "G1"],
    ]);
    expect(report.findings.find((f) => f.cell === "G1")?.message).toContain(
      'from "Eingang (t)" or "Ausgang (t)", whichever is filled',
    );
    expect(report.balances.map((b) => [b.received, b.delivered, b.complete])).toEqual([["20", "10", false]]);
  });
});
