// h-transfer3: a difference column beside both the quantity sent and the quantity received is read
// as the transfer's `difference` (the engine checks it against the two, intake/transfer-difference.ts),
// in seven languages; before, it was passed over with no word. Must not change: a difference with no
// received column beside (read as before: a 0 is nothing lost, else refused), a loss column.
import { readWorkbook } from "../../../src/workbook/read";
import type { CellValue } from "../../../src/workbook/port";
import { serial, sheet } from "../fixtures";

const read = (heads: string[], tail: CellValue[]) =>
  readWorkbook({
    name: "T.xlsx",
    sheets: [sheet("Transfers", [["Date", "From site", "To site", "Product", ...heads], [serial("2025-02-01"), "Hamburg", "Venlo", "UCO", ...tail]])], // prettier-ignore
  });

// [language, sent, received, difference]
// prettier-ignore
const TABLE: [string, string, string, string][] = [
  ["en", "Sent (t)", "Received (t)", "Difference (t)"],
  ["de", "Versandmenge (t)", "Empfangsmenge (t)", "Differenz (t)"],
  ["de", "Menge versandt (t)", "Menge empfangen (t)", "Mengendifferenz"],
  ["fr", "Quantité envoyée (t)", "Quantité reçue (t)", "Écart (t)"],
  ["it", "Quantità spedita (t)", "Quantità ricevuta (t)", "Differenza (t)"],
  ["es", "Cantidad enviada (t)", "Cantidad recibida (t)", "Diferencia (t)"],
  ["nl", "Hoeveelheid verzonden (t)", "Hoeveelheid ontvangen (t)", "Verschil (t)"],
  ["pl", "Ilość wysłana (t)", "Ilość otrzymana (t)", "Różnica (t)"],
];

describe("a difference beside the quantities sent and received", () => {
  it.each(TABLE)("%s: %p | %p | %p: the difference read beside both", async (_, sent, received, diff) => {
    const r = await read([sent, received, diff], [10, 9.5, 0.5]);
    expect(r.ledger.transfers).toMatchObject([{ quantity: "10", received: "9.5", difference: "0.5" }]);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  // must not change: a difference with no received column: its sign unsaid, a 0 is nothing lost
  it("Quantity (t) | Differenz (t) = 0: no difference field, nothing refused", async () => {
    const r = await read(["Quantity (t)", "Differenz (t)"], [10, 0]);
    expect(r.ledger.transfers).toHaveLength(1);
    expect(r.ledger.transfers[0]).not.toHaveProperty("difference");
  });

  it("a loss beside both stays the loss (Schwund), not a difference", async () => {
    const r = await read(["Versandmenge (t)", "Empfangsmenge (t)", "Schwund (t)"], [10, 9.5, 0.5]);
    expect(r.ledger.transfers).toMatchObject([{ quantity: "10", received: "9.5", loss: "0.5" }]);
  });
});
