// (p-remarks2) A Status that says another document of the row is pending or missing ("Rechnung
// ausstehend", "pending (invoice)", "SD erhalten und Rechnung ausstehend"): before, its word of
// pending was read as the line's status, and the row refused (unconfirmed) although its SD was
// there; now it says nothing of the line (status-read.ts, proof-missing.ts otherDocumentsLeftOut).
// A word of pending that speaks of the line ("pending", "pending delivery", "Lieferung und
// Rechnung ausstehend") and a proof missing ("SD: entfällt" on a receipt) still refuse.
import type { Finding } from "../../../src/engine/result";
import { statusOf } from "../../../src/workbook/status-read";
import { readReceipts } from "./status-book";

/** Another document pending or missing, by language. */
const OTHER: Record<string, string[]> = {
  de: [
    "ausstehend (Rechnung)",
    "ausstehend: Rechnung",
    "SD erhalten, Rechnung ausstehend",
    "SD erhalten und Rechnung ausstehend",
  ],
  en: ["pending (invoice)", "pending: invoice", "PoS received, invoice pending", "PoS ok - invoice pending"],
  fr: ["en attente (facture)", "DD reçue, facture en attente"],
  es: ["pendiente (factura)", "PoS recibido, factura pendiente", "PoS recibido y factura pendiente"],
  it: ["in attesa (fattura)", "SD ricevuta, fattura in attesa"],
  nl: ["SD ontvangen, factuur openstaand", "SD ontvangen en factuur openstaand"],
};

const flat = Object.entries(OTHER).flatMap(([lang, list]) => list.map((t) => [lang, t] as const));

const errors = (findings: Finding[]) =>
  findings.filter((f) => f.code === "row-unconfirmed" && f.severity === "error").map((f) => f.cell);

it.each(flat)("%s %j under Status: another document pending, the receipt booked", async (_, text) => {
  // was: "unconfirmed", the receipt refused at its Status cell
  expect(statusOf(text)).toBeNull();
  const got = await readReceipts("Status", [text, "delivered"]);
  expect(errors(got.findings)).toEqual([]);
  expect(got.ledger.receipts.map((r) => r.quantity)).toEqual(["10", "20"]);
});

it.each(["pending", "pending delivery", "ausstehend", "en attente", "pendiente"])(
  "%j under Status speaks of the line: refused",
  async (text) => {
    expect(statusOf(text)).toBe("unconfirmed");
    expect(errors((await readReceipts("Status", [text, "delivered"])).findings)).toEqual(["F2"]);
  },
);

it.each(["SD: entfällt", "SD entfällt", "PoS: entfällt"])(
  "%j under Status on a receipt: no proof, refused at its cell",
  async (text) => {
    expect(errors((await readReceipts("Status", [text, "delivered"])).findings)).toEqual(["F2"]);
  },
);
