// A combined ledger with a type column AND separate In and Out quantity columns (new-user test:
// such a sheet was read as nothing, silently). Read when the type and the column agree, refused at
// the row's cell when they contradict, and never zero rows without a word at the sheet.
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet, throughXlsx } from "../fixtures";
import { cellAt } from "../../../src/engine/source-cells";

/** Headings of one language: date, type, partner, certificate, SD no., product, In, Out, sustainable. */
const HEADINGS = {
  de: [
    "Datum",
    "Vorgang",
    "Partner",
    "Zertifikat",
    "NE-Nr.",
    "Produkt",
    "Eingang (t)",
    "Ausgang (t)",
    "Nachhaltig",
  ],
  en: [
    "Date",
    "Type",
    "Counterparty",
    "Certificate",
    "SD No.",
    "Product",
    "In (t)",
    "Out (t)",
    "Sustainable",
  ],
  fr: [
    "Date",
    "Type",
    "Partenaire",
    "Certificat",
    "N° PdD",
    "Produit",
    "Entrée (t)",
    "Sortie (t)",
    "Durable",
  ],
};

// The type words people write for a receipt and a sale, with the headings they come with.
const SPELLINGS: [keyof typeof HEADINGS, string, string][] = [
  ["de", "Einkauf", "Verkauf"],
  ["de", "Eingang", "Ausgang"],
  ["de", "Zugang", "Abgang"],
  ["en", "Receipt", "Sale"],
  ["en", "Purchase", "Outgoing delivery"],
  ["en", "In", "Out"],
  ["fr", "Entrée", "Sortie"],
  ["fr", "Achat", "Vente"],
];

const YES = { de: "ja", en: "yes", fr: "oui" };

function row(
  date: string,
  type: string,
  sd: string,
  qIn: CellValue,
  qOut: CellValue,
  lang: keyof typeof HEADINGS,
) {
  const cert = "EU-ISCC-Cert-DE105-11111";
  return [serial(date), type, "Partner GmbH", cert, sd, "Rapsöl", qIn, qOut, YES[lang]];
}

async function journal(lang: keyof typeof HEADINGS, rows: CellValue[][]) {
  return readWorkbook(await throughXlsx(sheet("Journal", [HEADINGS[lang], ...rows])));
}

describe("a ledger with a type column and separate In and Out columns", () => {
  it.each(SPELLINGS)(
    "%s %s/%s: receipts under In, sales under Out are read",
    async (lang, inWord, outWord) => {
      const { ledger, findings, sheets } = await journal(lang, [
        row("2025-01-02", inWord, "SD-1", 100, null, lang),
        row("2025-01-05", outWord, "SD-2", null, 40, lang),
        row("2025-01-07", outWord, "SD-3", "-", 25.5, lang),
      ]);
      expect(sheets[0]).toMatchObject({
        kind: "ledger",
        rows: 3,
        columns: { direction: "B", inQuantity: "G", outQuantity: "H" },
      });
      expect(findings.filter((f) => f.severity === "error")).toEqual([]);
      expect(ledger.receipts.map((r) => [r.quantity, r.unit, cellAt(r.source, "quantity")])).toEqual([
        ["100", "t", "G2"],
      ]);
      expect(ledger.deliveries.map((d) => [d.quantity, d.unit, cellAt(d.source, "quantity")])).toEqual([
        ["40", "t", "H3"],
        ["25.5", "t", "H4"],
      ]);
    },
  );

  it.each(SPELLINGS)(
    "%s %s/%s: a quantity under the other column is refused at its cell",
    async (lang, inWord, outWord) => {
      const { ledger, findings } = await journal(lang, [
        row("2025-01-02", inWord, "SD-1", null, 100, lang),
        row("2025-01-05", outWord, "SD-2", 40, null, lang),
        row("2025-01-06", outWord, "SD-3", 10, 10, lang),
        row("2025-01-07", inWord, "SD-4", 7, null, lang),
      ]);
      expect(findings.map((f) => [f.code, f.cell, (f.details as { reason?: string }).reason])).toEqual([
        ["invalid-value", "H2", "side-conflict"],
        ["invalid-value", "G3", "side-conflict"],
        ["invalid-value", "G4", "side-conflict"],
      ]);
      expect(findings[0]?.message).toMatch(/says a receipt \(in\).*move the quantity or correct the type/);
      expect(findings[1]?.message).toMatch(/says a delivery \(out\)/);
      // only the row that agrees is booked
      expect(ledger.receipts.map((r) => r.quantity)).toEqual(["7"]);
      expect(ledger.deliveries).toEqual([]);
    },
  );

  it("a row with a type and no quantity is refused at its quantity cell", async () => {
    const { ledger, findings } = await journal("en", [
      row("2025-01-02", "Receipt", "SD-1", null, null, "en"),
      row("2025-01-03", "Receipt", "SD-2", 5, null, "en"),
    ]);
    expect(findings.map((f) => [f.code, f.cell])).toEqual([["missing-value", "G2"]]);
    expect(ledger.receipts).toHaveLength(1);
  });

  it("says at the sheet when it has rows and none could be read", async () => {
    const { ledger, findings } = await journal("de", [
      row("2025-01-02", "Einkauf", "SD-1", null, 100, "de"),
      row("2025-01-05", "Verkauf", "SD-2", 40, null, "de"),
    ]);
    expect(ledger.receipts.length + ledger.deliveries.length).toBe(0);
    const sheetFinding = findings.find((f) => f.code === "no-rows-read");
    expect(sheetFinding).toMatchObject({ severity: "error", sheet: "Journal", cell: "A1" });
    expect(sheetFinding?.message).toMatch(/none of its 2 rows/);
  });

  it("without a type column, In and Out alone still tell the side", async () => {
    const headings = HEADINGS.de.filter((h) => h !== "Vorgang");
    const rows = [
      row("2025-01-02", "", "SD-1", 100, null, "de"),
      row("2025-01-05", "", "SD-2", null, 40, "de"),
    ].map((r) => r.filter((_, i) => i !== 1));
    const { ledger, findings } = readWorkbook(await throughXlsx(sheet("Journal", [headings, ...rows])));
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(ledger.receipts.map((r) => r.quantity)).toEqual(["100"]);
    expect(ledger.deliveries.map((d) => d.quantity)).toEqual(["40"]);
  });
});
