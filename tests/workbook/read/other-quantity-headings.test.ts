// Headings that name another quantity than the one that moved (a gross or tare weight, an ordered,
// planned or invoiced quantity), a unit heading that names GHG, and a validity date that says its
// end, as staff write them in en/de/fr/es/it/nl: through the matcher and through readWorkbook
// (heading-bars.ts). A gross weight is never the quantity; "Unité GES" never the quantity's unit;
// "Valide du" never Valid until (new user's test, items 3, 17, 16).
import fc from "fast-check";
import { kindSpec } from "../../../src/workbook/fields";
import { lexicalHits, MATCH_THRESHOLD } from "../../../src/workbook/matcher";
import { readWorkbook } from "../../../src/workbook/read";
import { OTHER_QUANTITY_WORDS } from "../../../src/workbook/header-word-lists";
import type { CellValue } from "../../../src/workbook/port";
import { serial, sheet, throughXlsx } from "../fixtures";

jest.setTimeout(60_000);

const D = serial("2025-01-08");
const KINDS = ["receipts", "deliveries", "stock", "transfers", "production"] as const;
const QUANTITIES = new Set(["quantity", "inQuantity", "outQuantity", "inputQuantity", "outputQuantity"]);

/** The fields a heading reads as, by its words, at or above the threshold, over all kinds. */
function readsAs(heading: string): string[] {
  return KINDS.flatMap((k) => {
    const spec = kindSpec(k)!;
    return lexicalHits(spec, heading)
      .filter((h) => h.score >= MATCH_THRESHOLD)
      .map((h) => spec.fields[h.field]!.id);
  });
}

/** Gross, tare, ordered, planned, contracted, invoiced quantities as weighbridges and ERPs head them. */
const OTHER_QUANTITIES = [
  // en
  ...[
    "Gross weight (kg)",
    "Gross (t)",
    "Tare (kg)",
    "Ordered (t)",
    "Order quantity (t)",
    "Planned quantity (t)",
  ],
  ...["Forecast (t)", "Contract quantity (t)", "Invoiced quantity (t)", "Gross qty [MT]"],
  // de
  ...[
    "Bruttogewicht (kg)",
    "Brutto (kg)",
    "Gewicht brutto (kg)",
    "Menge brutto (kg)",
    "Tara (kg)",
    "Leergewicht (kg)",
  ],
  ...["Vollgewicht (kg)", "Bestellmenge (t)", "Bestellte Menge (t)", "Planmenge (t)", "Kontraktmenge (t)"],
  ...["Vertragsmenge (t)", "Rechnungsmenge (t)", "Bruttomenge (t)"],
  // fr
  ...["Poids brut (kg)", "Quantité brute (t)", "Tare (kg)", "Quantité commandée (t)", "Quantité prévue (t)"],
  ...["Quantité facturée (t)", "Quantité contractuelle (t)"],
  // es
  ...[
    "Peso bruto (kg)",
    "Tara (kg)",
    "Cantidad pedida (t)",
    "Cantidad prevista (t)",
    "Cantidad facturada (t)",
  ],
  ...["Cantidad contratada (t)"],
  // it
  ...[
    "Peso lordo (kg)",
    "Tara (kg)",
    "Quantità ordinata (t)",
    "Quantità prevista (t)",
    "Quantità fatturata (t)",
  ],
  ...["Quantità contrattuale (t)"],
  // nl
  ...["Brutogewicht (kg)", "Bruto gewicht (kg)", "Tarra (kg)", "Besteld (t)", "Bestelde hoeveelheid (t)"],
  ...["Geplande hoeveelheid (t)", "Gefactureerde hoeveelheid (t)", "Bestelhoeveelheid (t)"],
];

describe("a heading that names another quantity is never a quantity", () => {
  it.each(OTHER_QUANTITIES)("%s", (heading) => {
    expect(readsAs(heading).filter((id) => QUANTITIES.has(id))).toEqual([]);
  });

  it("the net quantities beside them still are", () => {
    for (const h of [
      "Net weight (kg)",
      "Nettogewicht (kg)",
      "Poids net (kg)",
      "Peso neto (kg)",
      "Peso netto (kg)",
    ])
      expect(readsAs(h)).toContain("quantity");
  });

  it("property: any heading with a gross, tare or ordered word maps to no quantity", () => {
    const words = [...OTHER_QUANTITY_WORDS];
    const around = [
      "Quantity",
      "Menge",
      "Quantité",
      "Cantidad",
      "Quantità",
      "Hoeveelheid",
      "Weight",
      "Gewicht",
      "Peso",
      "Poids",
      "",
    ];
    const units = ["", " (t)", " (kg)", " [MT]", " in t"];
    fc.assert(
      fc.property(
        fc.constantFrom(...words),
        fc.constantFrom(...around),
        fc.boolean(),
        fc.constantFrom(...units),
        (word, base, before, unit) => {
          const heading = `${before ? `${word} ${base}` : `${base} ${word}`}`.trim() + unit;
          return readsAs(heading).every((id) => !QUANTITIES.has(id));
        },
      ),
      { numRuns: 400 },
    );
  });
});

const row = (sd: string, ...cells: CellValue[]): CellValue[] => [D, "Saipol", sd, "UCO", ...cells];

describe("weighbridge receipts through readWorkbook", () => {
  it.each([
    ["Peso bruto (kg)", "Tara (kg)"],
    ["Brutogewicht (kg)", "Tarra (kg)"],
    ["Peso lordo (kg)", "Tara (kg)"],
    ["Bruttogewicht (kg)", "Tara (kg)"],
    ["Gross weight (kg)", "Tare (kg)"],
    ["Poids brut (kg)", "Tare (kg)"],
    ["Quantité commandée (t)", "Remarque"],
    ["Cantidad pedida (t)", "Nota"],
  ])("%s alone: no quantity, refused at the heading naming it", async (gross, tare) => {
    const rows = [["Date", "Supplier", "SD number", "Product", gross, tare], row("SD-1", 25000, 15000)];
    const { ledger, findings } = readWorkbook(await throughXlsx(sheet("Receipts", rows)));
    expect(ledger.receipts).toEqual([]);
    const f = findings.find((x) => x.code === "header-not-found");
    expect(f?.severity).toBe("error");
    expect(f?.message).toContain(`"${gross}"`);
    expect(f?.message).toContain("net quantity");
    expect(f?.message).not.toMatch(/map the column for Quantity/);
  });

  it.each([
    ["Poids brut (kg)", "Tare (kg)", "Poids net (kg)"],
    ["Peso bruto (kg)", "Tara (kg)", "Peso neto (kg)"],
    ["Brutogewicht (kg)", "Tarra (kg)", "Nettogewicht (kg)"],
    ["Peso lordo (kg)", "Tara (kg)", "Peso netto (kg)"],
    ["Quantité commandée (t)", "Remarque", "Quantité livrée (t)"],
    ["Cantidad pedida (t)", "Nota", "Cantidad recibida (t)"],
  ])("%s beside %s and %s: the net one is read, the others are no rival", async (gross, tare, net) => {
    const rows = [
      ["Date", "Supplier", "SD number", "Product", gross, tare, net],
      row("SD-1", 25000, 15000, 10000),
    ];
    const { ledger, findings } = readWorkbook(await throughXlsx(sheet("Receipts", rows)));
    expect(ledger.receipts.map((r) => r.quantity)).toEqual(["10000"]);
    expect(
      findings.filter((f) => f.code.startsWith("quantity-columns") || f.code === "second-quantity-column"),
    ).toEqual([]);
  });
});

describe("a unit heading that names GHG is the GHG unit, never the quantity's", () => {
  const spec = kindSpec("receipts")!;
  const idOf = (h: string) => spec.fields[lexicalHits(spec, h)[0]?.field ?? -1]?.id;
  it.each([
    "Unité GES",
    "Unité des GES",
    "Unidad GEI",
    "Unità GHG",
    "Unità gas serra",
    "Eenheid BKG",
    "Eenheid broeikasgas",
    "Einheit THG",
    "GHG unit",
    "THG-Einheit",
  ])("%s", (h) => {
    expect(idOf(h)).toBe("ghg.unit");
    expect(readsAs(h)).not.toContain("unit");
  });

  it("through readWorkbook: the receipt is read in t, its GHG in g CO2eq/MJ", async () => {
    const rows = [
      ["Date", "Fournisseur", "N° DD", "Produit", "Quantité (t)", "GES total", "Unité GES"],
      row("SD-1", 24.5, 12.3, "g CO2eq/MJ"),
    ];
    const { ledger, findings } = readWorkbook(await throughXlsx(sheet("Réceptions", rows)));
    expect(findings.filter((f) => f.code === "invalid-unit")).toEqual([]);
    expect(ledger.receipts.map((r) => [r.quantity, r.unit])).toEqual([["24.5", "t"]]);
  });
});

describe("a validity's first and last day by the word before it", () => {
  const spec = kindSpec("certificates")!;
  const best = (h: string) => spec.fields[lexicalHits(spec, h)[0]?.field ?? -1]?.id;
  it.each([
    ["Valide du", "Valide au"],
    ["Valable à partir du", "Valable jusqu'au"],
    ["Valide depuis", "Valide jusqu'au"],
    ["Válido desde", "Válido hasta"],
    ["Valido dal", "Valido al"],
    ["Geldig van", "Geldig tot"],
    ["Gültig ab", "Gültig bis"],
    ["Valid from", "Valid until"],
  ])("%s is Valid from, %s Valid until", (from, until) => {
    expect(best(from)).toBe("validFrom");
    expect(best(until)).toBe("validUntil");
    expect(lexicalHits(spec, from).map((h) => spec.fields[h.field]!.id)).not.toContain("validUntil");
    expect(lexicalHits(spec, until).map((h) => spec.fields[h.field]!.id)).not.toContain("validFrom");
  });

  it("through readWorkbook: a French register's dates are not swapped", async () => {
    const rows = [
      ["N° certificat", "Titulaire", "Valide du", "Valide au", "Statut"],
      ["EU-ISCC-Cert-FR100-1", "Saipol", serial("2024-01-01"), serial("2026-12-31"), "valide"],
    ];
    const { ledger, findings } = readWorkbook(await throughXlsx(sheet("Certificats", rows)));
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(ledger.certificates.map((c) => [c.validFrom, c.validUntil])).toEqual([
      ["2024-01-01", "2026-12-31"],
    ]);
  });
});
