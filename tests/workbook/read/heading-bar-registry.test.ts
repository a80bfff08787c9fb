// (p-bars, issue 15) The one registry of heading bars (workbook/heading-bar-table.ts) is what the
// matcher, the user's mappings and the headings offered to map all do: for every row, a heading
// of its meaning in the workbook's languages is barred from each of its fields, refused there
// whoever maps it when the row refuses, and never recognised as it.
import { BARS, type HeadingBar } from "../../../src/workbook/heading-bar-table";
import { barredFrom, barsOf, refusedAs, unrecognisedAs } from "../../../src/workbook/heading-bars";
import { applyCorrections, learnedHeaders } from "../../../src/workbook/corrections";
import { KINDS } from "../../../src/workbook/fields";
import { Grid } from "../../../src/workbook/grid";
import { lexicalHits } from "../../../src/workbook/matcher";
import type { ColumnMatch } from "../../../src/workbook/recognition";
import { sheet } from "../fixtures";

/** Headings of each row's meaning, by the row's bar and meaning (de, en, fr, es, nl, it where they differ). */
const EXAMPLES: Record<string, string[]> = {
  "negated sustainable": ["Nicht nachhaltig", "Not sustainable", "Non durable", "nachhaltig: nein (t)"],
  "negated waste or residue": ["Kein Abfall", "Not waste/residue", "No residuo", "Geen afval"],
  "negated claim": [
    "Non conforme RED",
    "Nicht EU-RED-konform",
    "Non-ISCC (t)",
    "ISCC: nein (t)",
    "exkl. ISCC (t)",
    "excl. ISCC (t)",
    "sin ISCC (t)",
    "exclusief ISCC (t)",
    "escl. ISCC (t)",
  ],
  "negated certified": ["nicht zertifiziert (t)", "Uncertified qty (t)", "non certificato (t)"],
  "negated covered by a Sustainability Declaration": [
    "Menge ohne SD (t)",
    "Qty without PoS (t)",
    "quantité sans DD (t)",
    "hoeveelheid zonder PoS (t)",
    "Non-SD (t)",
    "Menge exkl. SD (t)",
    "hors DD (t)",
    "escl. PoS (t)",
  ],
  "negated recycled": [
    "Anteil Neuware (%)",
    "virgin share (%)",
    "part vierge (%)",
    "cuota virgen (%)",
    "aandeel nieuw materiaal (%)",
    "quota vergine (%)",
    "nicht recycelt (t)",
  ],
  "compliance compliance": ["ISCC compliant", "EU RED konform", "Conforme RED", "Niet RED-conform"],
  "yes-no a yes/no question": [
    "SD ausgestellt (ja/nein)",
    "Zertifikat (Y/N)",
    "Certificate j/n",
    "DD émise (oui/non)",
  ],
  "scheme-name a scheme's name": ["ISCC", "ISCC EU (Y/N)", "REDcert ja/nein", "ISCC PLUS (oui/non)", "RSB?"],
  "proof-status a proof's status": [
    "SD erhalten",
    "PoS received",
    "SD verschickt",
    "DD envoyée",
    "SD wysłane",
    "SD Status",
  ],
  "other-quantity another quantity": ["Peso bruto (kg)", "Tara (t)", "Bestellmenge", "Menge atro"],
  // (brk22) a stock before the count, in words that alone say something else ("vor Ort", "materia prima")
  "other-quantity a stock before the count": [
    "Bestand vor Inventur (t)",
    "Stock before count (t)",
    "Stock avant inventaire (t)",
    "Giacenza prima dell'inventario (t)",
    "Existencias antes del inventario (t)",
    "Voorraad voor telling (t)",
    "Stan przed inwentaryzacją (t)",
  ],
  "ghg-unit GHG": ["Unité GES", "Einheit THG", "Unidad GEI", "Eenheid BKG"],
  // (brk22) a GHG term named in de/en/fr/it/es/nl/pl: never E nor another term; a saving or eee no GHG value
  "ghg-term GHG eec": [
    "Emissions from cultivation",
    "Émissions de culture",
    "Emisje z upraw",
    "Emissies uit teelt",
  ],
  "ghg-term GHG el": ["Emissions from land use change", "Emisje ze zmiany użytkowania gruntów"],
  "ghg-term GHG ep": [
    "Emissions from processing",
    "Émissions de transformation",
    "Emissioni da trasformazione",
  ],
  "ghg-term GHG etd": ["Émissions de transport", "Emisiones de transporte", "Emisje z transportu"],
  "ghg-term GHG eu": ["Emissions from the fuel in use", "Emissioni dal combustibile in uso"],
  "ghg-term GHG esca": [
    "Emission savings from soil carbon accumulation",
    "Ahorro de emisiones por acumulación de carbono en el suelo",
  ],
  "ghg-term GHG eccs": [
    "Einsparung durch CO2-Abscheidung und geologische Speicherung",
    "Besparing door koolstofafvang en geologische opslag",
  ],
  "ghg-term GHG eccr": [
    "Emission savings from carbon capture and replacement",
    "Risparmio di emissioni da cattura e sostituzione del carbonio",
  ],
  "ghg-term a GHG saving": [
    "GHG saving (%)",
    "THG-Einsparung",
    "Économie d'émissions",
    "Risparmio GHG (%)",
    "Ahorro de GEI (%)",
    "BKG-besparing (%)",
    "Oszczędność emisji (%)",
    "Redukcja emisji",
  ],
  "ghg-term GHG eee": [
    "Économie d'émissions électricité excédentaire",
    "e ee",
    "Emissiebesparing door overtollige elektriciteit",
  ],
  "no-ghg-value no GHG value": [
    "CO2-Preis (EUR)",
    "THG-Quote",
    "Emissionszertifikat",
    "Derechos de emisión",
    "Cena CO2",
  ],
  "other-end until": ["Valide au", "Válido hasta", "gültig bis", "Geldig tot"],
  "other-end from": ["Valide du", "Válido desde", "gültig ab", "Geldig van"],
  // (h-transfer3) the day of a move, in seven languages
  "a-day the day of a move": [
    "Shipped on",
    "Received on",
    "Versendet am",
    "Reçu le",
    "Ricevuto il",
    "Enviado el",
    "Ontvangen op",
    "Wysłano dnia",
    "Versanddatum",
  ],
};

const ALL_FIELDS = [...new Set(KINDS.flatMap((k) => k.fields.map((f) => f.id)))];
/** The field ids a row bars, its "ghg.*" spelled out. */
const fieldsOf = (row: HeadingBar) =>
  ALL_FIELDS.filter((id) =>
    row.fields.some((f) => f === id || (f.endsWith(".*") && id.startsWith(f.slice(0, -1)))),
  );
const cases = BARS.flatMap((row) =>
  (EXAMPLES[`${row.bar} ${row.meaning}`] ?? []).flatMap((h) =>
    fieldsOf(row).map((id) => [row, h, id] as const),
  ),
);

describe("the registry of heading bars", () => {
  it("has examples for every row, and every row bars fields that exist", () => {
    for (const row of BARS) {
      expect(EXAMPLES[`${row.bar} ${row.meaning}`]?.length).toBeGreaterThan(0);
      expect(fieldsOf(row).length).toBeGreaterThan(0);
      expect(row.stems !== undefined || row.names !== undefined).toBe(true);
      // a negated meaning is said at its heading: with which reason, and how
      if (row.flip === "negated")
        expect([row.does, row.reason, typeof row.label]).toEqual(["refuse", "negated-heading", "string"]);
    }
  });

  it.each(cases.map(([row, h, id]) => [row.bar, h, id, row] as const))(
    "%s: %s is barred from %s as the row says",
    (_, heading, id, row) => {
      expect(barsOf(id, heading)).toContain(row);
      expect(unrecognisedAs(id, heading)).toBe(true);
      if (row.does === "refuse") expect(refusedAs(id, heading)).toBe(true);
      else expect(barredFrom(id, heading)).toBe(row.bar);
      // recognition never reads it as the field, on any sheet kind
      for (const spec of KINDS) {
        const i = spec.fields.findIndex((f) => f.id === id);
        expect(lexicalHits(spec, heading).map((x) => x.field)).not.toContain(i);
      }
    },
  );

  it.each(cases.filter(([row]) => row.does === "refuse").map(([row, h, id]) => [h, id, row.bar] as const))(
    "%s mapped by the user as %s: set aside, never applied nor remembered (%s)",
    (heading, id) => {
      const spec = KINDS.find((k) => k.fields.some((f) => f.id === id));
      if (!spec) throw new Error(`no kind has ${id}`);
      const grid = new Grid(sheet("Sheet", [["Date", heading]]));
      const columns = new Map<string, ColumnMatch>();
      const setAside: { col: number; field: string }[] = [];
      const mapping = { sheet: "Sheet", field: id, column: "B", header: heading };
      applyCorrections(grid, spec, 0, 2, [mapping], columns, setAside);
      expect(columns.has(id)).toBe(false);
      expect(setAside).toEqual([{ col: 1, field: id }]);
      expect(learnedHeaders([mapping]).size).toBe(0);
    },
  );
});
