// Headings that negate a field's meaning, in the workbook's languages (new-user test brk8 #1:
// "Nicht nachhaltig" = ja was declared as sustainable, "Kein Abfall" = ja became waste, "davon
// nicht nachhaltig (t)" the sustainable part, "Non conforme RED" = oui the default claim). Never
// the positive field: refused at the heading (workbook/negated-headings.ts), and the rows it
// speaks for are not declared, or the balances they feed incomplete.
import fc from "fast-check";
import { KINDS } from "../../../src/workbook/fields";
import { lexicalHits } from "../../../src/workbook/matcher";
import { negationOf } from "../../../src/workbook/negated-headings";
import { configSheetRows } from "../../../src/workbook/config";
import { readWorkbook } from "../../../src/workbook/read";
import type { CellValue } from "../../../src/workbook/port";
import { plain, serial, sheet } from "../fixtures";
import {
  CERTIFICATE_NUMBER_HEADINGS,
  EXCLUDED_PARTS,
  NOT_CERTIFIED_PARTS,
  NOT_COVERED_PARTS,
  OUTSIDE_SCHEME_PARTS,
  SD_NUMBER_HEADINGS,
  VIRGIN_PARTS,
} from "../negated-spellings";

const D = serial("2026-01-05");

/** Deliveries: 100 t and 40 t, `values` under `heading` in column F. */
function deliveries(heading: string, values: CellValue[]) {
  const rows: CellValue[][] = [["Date", "Customer", "Customer address", "Product", "Quantity (t)", heading]];
  values.forEach((v, i) =>
    rows.push([D + i, `C${i + 1} AG`, "Hafenstr. 1, Hamburg", "UCO", 100 - i * 60, v]),
  );
  return readWorkbook({ name: "books.xlsx", sheets: [sheet("Sales", rows)] });
}

/** Receipts: two of rapeseed oil with SD numbers and a claim unless `claim` is false, `values` under `heading` in the last column. */
function receipts(heading: string, values: CellValue[], claim = true) {
  const head = ["Date", "Supplier", "SD number", "Product", "Quantity (t)", "Raw material"];
  const rows: CellValue[][] = [[...head, ...(claim ? ["Claim"] : []), heading]];
  values.forEach((v, i) =>
    rows.push([
      D + i,
      "Good AG",
      `S-${i + 1}`,
      "Rapeseed oil",
      100 - i * 50,
      "Rapeseed",
      ...(claim ? ["EU RED compliant"] : []),
      v,
    ]),
  );
  return readWorkbook({ name: "books.xlsx", sheets: [sheet("Receipts", rows)] });
}

/** Production: 1000 t rapeseed in, 400 t oil out, 400 under `heading`. */
function production(heading: string) {
  const rows: CellValue[][] = [
    ["Date", "Input product", "Input quantity (t)", heading, "Output product", "Output quantity (t)"],
    [D, "Rapeseed", 1000, 400, "Rapeseed oil", 400],
  ];
  return readWorkbook({ name: "books.xlsx", sheets: [sheet("Production", rows)] });
}

const uncertain = (r: ReturnType<typeof readWorkbook>) =>
  r.findings.filter((f) => f.code === "mapping-uncertain");
const reasonOf = (f: { details?: unknown }) => (f.details as { reason?: string } | undefined)?.reason;

const NOT_SUSTAINABLE = [
  "Nicht nachhaltig",
  "Nichtnachhaltig",
  "Nicht-nachhaltig (ja/nein)",
  "Not sustainable",
  "Unsustainable",
  "Non-sustainable (Y/N)",
  "Non durable",
  "Non durable (oui/non)",
  "No sostenible",
  "Insostenible",
  "Niet duurzaam",
  "Onduurzaam",
  "Non sostenibile",
  "Konventionell",
  "Conventional",
  "Conventionnel",
  "Convencional",
  "Convenzionale",
  "Fossil",
];

describe("a negated sustainable yes/no column on deliveries is never Sustainable", () => {
  it.each(NOT_SUSTAINABLE)("%s: refused at its heading, no delivery declared", (heading) => {
    const r = deliveries(heading, ["ja", "nein"]);
    expect(r.sheets[0]?.columns.sustainable).toBeUndefined();
    const f = uncertain(r);
    expect(f.map((x) => [x.severity, x.cell, reasonOf(x)])).toEqual([["error", "F1", "negated-heading"]]);
    expect(f[0]?.message).toContain("the opposite of sustainable");
    expect(f[0]?.message).toContain("no delivery of this sheet is declared");
    for (const d of r.ledger.deliveries) expect(d.unreadable).toContain("sustainable");
  });

  it("also when every answer is yes (all NOT sustainable): no answer is needed to refuse it", () => {
    const r = deliveries("Nicht nachhaltig", ["ja", "ja"]);
    for (const d of r.ledger.deliveries) expect(d.unreadable).toContain("sustainable");
  });

  it.each([
    ["Nachhaltig", "ja", "yes"],
    ["Sustainable", "yes", "yes"],
    ["Durable (oui/non)", "oui", "yes"],
    ["Sostenible", "sí", "yes"],
    ["Duurzaam", "ja", "yes"],
    ["Sostenibile", "si", "yes"],
  ])("the positive %s stays the Sustainable column", (heading, yes, read) => {
    const r = deliveries(heading, [yes, yes]);
    expect(r.sheets[0]?.columns.sustainable).toBe("F");
    expect(uncertain(r)).toEqual([]);
    expect(r.ledger.deliveries[0]?.sustainable).toBe(read);
  });
});

describe("a quantity of the part that is not sustainable is never the sustainable part", () => {
  it.each([
    "Nicht nachhaltige Menge (t)",
    "davon nicht nachhaltig (t)",
    "davon konventionell (t)",
    "Non-sustainable qty (t)",
    "Conventional (t)",
    "Quantité non durable (t)",
    "Cantidad no sostenible (t)",
    "Niet duurzaam (t)",
    "Quantità non sostenibile (t)",
  ])("deliveries %s: refused, no delivery declared", (heading) => {
    const r = deliveries(heading, [30, 10]);
    expect(r.sheets[0]?.columns.sustainablePart).toBeUndefined();
    expect(r.sheets[0]?.columns.quantity).toBe("E");
    expect(uncertain(r).map((x) => [x.severity, x.cell, reasonOf(x)])).toEqual([
      ["error", "F1", "negated-heading"],
    ]);
    for (const d of r.ledger.deliveries) expect(d.unreadable).toContain("sustainable");
  });

  it.each(["davon nachhaltig (t)", "Sustainable share (t)"])("the positive %s stays the part", (heading) => {
    expect(deliveries(heading, [30, 10]).sheets[0]?.columns.sustainablePart).toBe("F");
  });

  it.each([
    "davon nicht nachhaltig (t)",
    "Nicht nachhaltiger Einsatz (t)",
    "Einsatz konventionell (t)",
    "Non-sustainable input (t)",
    "Conventional input (t)",
    "Intrant non durable (t)",
    "Insumo no sostenible (t)",
    "Niet duurzame input (t)",
  ])("production %s: not the sustainable input; an error, and the balances incomplete", (heading) => {
    const r = production(heading);
    expect(r.sheets[0]?.columns.sustainableInputQuantity).toBeUndefined();
    expect(r.sheets[0]?.columns.inputQuantity).toBe("C");
    expect(uncertain(r).map((x) => [x.severity, x.cell, reasonOf(x)])).toEqual([
      ["error", "D1", "negated-heading"],
    ]);
    expect(r.ledger.incomplete?.map((i) => i.source)).toEqual([{ sheet: "Production", cell: "D1" }]);
  });

  it.each(["Nachhaltiger Einsatz (t)", "Sustainable input (t)"])(
    "production %s stays the sustainable input",
    (h) => {
      expect(production(h).sheets[0]?.columns.sustainableInputQuantity).toBe("D");
    },
  );
});

describe("a quantity of the part that is not certified or not compliant is never read, nor ignored (p-notcert)", () => {
  it.each(NOT_CERTIFIED_PARTS)("deliveries %s: refused at its heading, no delivery declared", (heading) => {
    const r = deliveries(heading, [30, 10]);
    expect(r.sheets[0]?.columns.sustainable).toBeUndefined();
    expect(r.sheets[0]?.columns.sustainablePart).toBeUndefined();
    expect(r.sheets[0]?.columns.quantity).toBe("E");
    expect(uncertain(r).map((x) => [x.severity, x.cell, reasonOf(x)])).toEqual([
      ["error", "F1", "negated-heading"],
    ]);
    for (const d of r.ledger.deliveries) expect(d.unreadable).toContain("sustainable");
  });

  it.each(NOT_CERTIFIED_PARTS)("receipts %s: refused at its heading, the balances incomplete", (heading) => {
    const r = receipts(heading, [30, 10]);
    expect(uncertain(r).map((x) => [x.severity, x.cell, reasonOf(x)])).toEqual([
      ["error", "H1", "negated-heading"],
    ]);
    expect(r.ledger.incomplete?.map((i) => i.source)).toEqual([{ sheet: "Receipts", cell: "H1" }]);
  });

  // brk11: the part outside a scheme ("hors ISCC") and the part no SD covers ("Menge ohne SD")
  it.each([...OUTSIDE_SCHEME_PARTS, ...NOT_COVERED_PARTS, ...EXCLUDED_PARTS, ...VIRGIN_PARTS])(
    "deliveries %s: refused at its heading, never a quantity, no delivery declared",
    (heading) => {
      const r = deliveries(heading, [30, 10]);
      expect(Object.values(r.sheets[0]?.columns ?? {})).not.toContain("F");
      expect(uncertain(r).map((x) => [x.severity, x.cell, reasonOf(x)])).toEqual([
        ["error", "F1", "negated-heading"],
      ]);
      for (const d of r.ledger.deliveries) expect(d.unreadable).toContain("sustainable");
    },
  );

  it.each([...OUTSIDE_SCHEME_PARTS, ...NOT_COVERED_PARTS, ...EXCLUDED_PARTS, ...VIRGIN_PARTS])(
    "receipts %s: refused at its heading, the balances incomplete",
    (heading) => {
      const r = receipts(heading, [30, 10]);
      expect(uncertain(r).map((x) => [x.severity, x.cell, reasonOf(x)])).toEqual([
        ["error", "H1", "negated-heading"],
      ]);
      expect(r.ledger.incomplete?.map((i) => i.source)).toEqual([{ sheet: "Receipts", cell: "H1" }]);
    },
  );

  it.each(SD_NUMBER_HEADINGS)("%s is an SD's number, no negation of it", (heading) => {
    expect(negationOf(heading)).toBeNull();
  });

  it.each(CERTIFICATE_NUMBER_HEADINGS)("%s stays the supplier's certificate", (heading) => {
    expect(negationOf(heading)).toBeNull();
    const r = receipts(heading, ["EU-ISCC-Cert-DE100-10001", "EU-ISCC-Cert-DE100-10002"]);
    expect(r.sheets[0]?.columns.supplierCertificate).toBe("H");
    expect(uncertain(r)).toEqual([]);
  });
});

describe("a negated waste/residue column on receipts is never Waste/residue", () => {
  it.each([
    "Kein Abfall/Reststoff",
    "Not waste/residue",
    "Non déchet/résidu",
    "No residuo",
    "Geen afval",
    "Non rifiuto",
  ])("%s = ja: refused at its heading, the balances incomplete", (heading) => {
    const r = receipts(heading, ["ja", "nein"]);
    expect(r.sheets[0]?.columns.wasteResidue).toBeUndefined();
    expect(uncertain(r).map((x) => [x.severity, x.cell, reasonOf(x)])).toEqual([
      ["error", "H1", "negated-heading"],
    ]);
    expect(uncertain(r)[0]?.message).toContain("the opposite of waste or residue");
    expect(r.ledger.incomplete?.map((i) => i.source)).toEqual([{ sheet: "Receipts", cell: "H1" }]);
  });

  it.each(["Abfall/Reststoff", "Waste/residue", "Déchet/résidu", "Residuo"])("the positive %s stays", (h) => {
    const r = receipts(h, ["ja", "nein"]);
    expect(r.sheets[0]?.columns.wasteResidue).toBe("H");
    expect(uncertain(r)).toEqual([]);
  });
});

describe("a negated column on a combined ledger", () => {
  it("Kein Abfall: said once, the deliveries not declared and the balances incomplete", () => {
    const rows: CellValue[][] = [
      ["Datum", "Art", "Produkt", "Menge (t)", "Nachweis-Nr.", "Kein Abfall"],
      [D, "Eingang", "UCO", 100, "IN-1", "ja"],
      [D, "Ausgang", "UCO", 60, "", "ja"],
    ];
    const r = readWorkbook({ name: "books.xlsx", sheets: [sheet("Buch", rows)] });
    expect(uncertain(r).map((x) => [x.severity, x.cell, reasonOf(x)])).toEqual([
      ["error", "F1", "negated-heading"],
    ]);
    expect(r.ledger.deliveries[0]?.unreadable).toContain("sustainable");
    expect(r.ledger.incomplete?.map((i) => i.source)).toEqual([{ sheet: "Buch", cell: "F1" }]);
  });
});

describe("a claim kept as yes/no is refused, never the default claim", () => {
  it.each([
    ["EU RED konform", "ja", "nein"],
    ["EU RED compliant", "yes", "no"],
    ["Nicht EU-RED-konform", "ja", "nein"],
    ["Not EU RED compliant", "yes", "no"],
    ["ISCC compliant", "yes", "no"],
    ["Non conforme RED", "oui", "non"],
    ["Conforme RED", "oui", "non"],
    ["No conforme RED", "sí", "no"],
    ["Niet RED-conform", "ja", "nee"],
    ["Conforme RED (sì/no)", "sì", "no"],
  ])("%s (%s/%s): an error at its heading, the receipts give no credit", (heading, yes, no) => {
    const r = receipts(heading, [yes, no], false);
    const cols = r.sheets[0]?.columns ?? {};
    expect(Object.keys(cols).filter((k) => k.startsWith("ghg.") || k === "claim")).toEqual([]);
    expect(uncertain(r).map((x) => [x.severity, x.cell, reasonOf(x)])).toEqual([
      ["error", "G1", "claim-yes-no"],
    ]);
    expect(uncertain(r)[0]?.message).toContain('Add a column headed "Claim"');
    for (const x of r.ledger.receipts) expect(x.unreadable).toContain("claim");
  });
});

describe("a claim kept as yes/no on deliveries is refused, never the default claim (p-misc)", () => {
  it.each([
    // ("ISCC compliant" alone is the Sustainable column, a PoS's own yes/no: its "no" is not declared)
    ["EU RED konform", "ja", "nein"],
    ["Not EU RED compliant", "no", "yes"],
    ["Non conforme RED", "non", "oui"],
    ["No conforme RED", "sí", "no"],
    ["Niet RED-conform", "nee", "ja"],
    ["Conforme RED (sì/no)", "sì", "no"],
  ])(
    "%s (%s/%s): an error at its heading, no delivery declared, the balances incomplete",
    (heading, yes, no) => {
      const r = deliveries(heading, [yes, no]);
      expect(uncertain(r).map((x) => [x.severity, x.cell, reasonOf(x)])).toEqual([
        ["error", "F1", "claim-yes-no"],
      ]);
      for (const x of r.ledger.deliveries) expect(x.unreadable).toContain("claim");
      expect(r.ledger.incomplete?.map((i) => [i.kinds, i.source])).toEqual([
        [["deliveries"], { sheet: "Sales", cell: "F1" }],
      ]);
    },
  );
});

describe("a mapping the user made of a negated heading is set aside (p-misc)", () => {
  /** Deliveries with `heading` in F (ja, nein) and MB Config mapping F as `field`, made on `on`. */
  function mapped(heading: string, field: string, on = "Sales") {
    const rows: CellValue[][] = [
      ["Date", "Customer", "Customer address", "Product", "Quantity (t)", heading],
    ];
    ["ja", "nein"].forEach((v, i) =>
      rows.push([D + i, `C${i + 1} AG`, "Hafenstr. 1", "UCO", 100 - i * 60, v]),
    );
    const mappings = [{ sheet: on, field, column: "F", header: heading }];
    const mb = plain(configSheetRows({ mappings, settings: {}, marks: [], generated: [] }));
    return readWorkbook({ name: "books.xlsx", sheets: [sheet("Sales", rows), sheet("MB Config", mb)] });
  }

  it.each(NOT_SUSTAINABLE.flatMap((h) => ["sustainable", "sustainablePart"].map((f) => [h, f])))(
    "%s mapped as %s: not applied, an error at its heading that says so",
    (heading, field) => {
      const r = mapped(heading, field);
      expect(r.sheets[0]?.columns[field]).toBeUndefined();
      const said = uncertain(r);
      expect(said.map((x) => [x.severity, x.cell, reasonOf(x)])).toEqual([
        ["error", "F1", "negated-heading"],
      ]);
      expect(said[0]?.message).toContain("that mapping is not used");
      for (const x of r.ledger.deliveries) expect(x.unreadable).toContain("sustainable");
    },
  );

  it.each(NOT_SUSTAINABLE)("%s remembered from another sheet: never applied", (heading) => {
    const r = mapped(heading, "sustainable", "Sales 2024");
    expect(r.sheets[0]?.columns.sustainable).toBeUndefined();
    expect(uncertain(r).map((x) => [x.severity, x.cell, reasonOf(x)])).toEqual([
      ["error", "F1", "negated-heading"],
    ]);
  });

  it("a negated quantity mapped as the only Quantity: the sheet is not read, and the mapping is said", () => {
    const rows: CellValue[][] = [
      ["Date", "Customer", "Customer address", "Product", "Menge konventionell (t)"],
      [D, "C1 AG", "Hafenstr. 1", "UCO", 40],
    ];
    const mappings = [{ sheet: "Sales", field: "quantity", column: "E", header: "Menge konventionell (t)" }];
    const mb = plain(configSheetRows({ mappings, settings: {}, marks: [], generated: [] }));
    const r = readWorkbook({ name: "books.xlsx", sheets: [sheet("Sales", rows), sheet("MB Config", mb)] });
    expect(r.sheets[0]?.columns.quantity).toBeUndefined();
    expect(r.findings.map((x) => [x.code, x.cell, reasonOf(x) ?? ""])).toEqual([
      ["header-not-found", "A1", ""],
      ["mapping-uncertain", "E1", "negated-heading"],
    ]);
    expect(r.findings[1]?.message).toContain("It is mapped as Quantity");
  });

  it.each(["Nachhaltig", "Sustainable", "Durable", "Sostenible", "Duurzaam", "Sostenibile"])(
    "the positive %s mapped as Sustainable is applied",
    (heading) => {
      expect(mapped(heading, "sustainable").sheets[0]?.columns.sustainable).toBe("F");
    },
  );
});

describe("which headings negate", () => {
  it.each([
    ...NOT_SUSTAINABLE,
    "Kein Abfall",
    "Keine Reststoffe",
    "Not waste",
    "Sans déchet",
    "Senza rifiuti",
    "Sin residuo",
    "Non ISCC",
    "Nicht ISCC",
  ])("%s negates", (h) => {
    expect(negationOf(h)).not.toBeNull();
  });

  it.each([
    "Sustainable",
    "Sustainable yes/no",
    "Yes/No sustainable",
    "Oui/Non durable",
    "Nachhaltig ja/nein",
    "SD No",
    "No. certificado",
    "N° certificat",
    "Delivery No",
    "Waste/residue",
    "Abfall/Reststoff",
    "Non-EU origin",
    "Informationen",
    "Red diesel",
    "Customer",
    "Unit",
    "Incoterm",
    "Fossil fuel comparator gCO2eq/MJ",
    "GHG fossil comparator",
    "NE nachhaltig",
  ])("%s does not", (h) => {
    expect(negationOf(h)).toBeNull();
  });
});

/** The words of the positive fields a negation flips, in the workbook's languages. */
const POSITIVE_WORDS = [
  "sustainable",
  "nachhaltig",
  "nachhaltige Menge",
  "durable",
  "sostenible",
  "sostenibile",
  "duurzaam",
  "sustainable part",
  "sustainable input",
  "nachhaltiger Einsatz",
  "waste",
  "Abfall",
  "Reststoff",
  "residue",
  "residuo",
  "déchet",
  "afval",
  "RED compliant",
  "ISCC compliant",
  "conforme RED",
  "EU RED konform",
];
const NEGATION_WORDS = ["nicht", "kein", "keine", "not", "non", "no", "niet", "geen", "sin", "senza", "sans"];
const POSITIVE_FIELDS = new Set([
  "sustainable",
  "sustainablePart",
  "sustainableInputQuantity",
  "wasteResidue",
  "claim",
]);

describe("property: no heading with a negation word maps to a positive field", () => {
  it("on any sheet kind, with any casing, prefix word and unit", () => {
    const heading = fc
      .tuple(
        fc.constantFrom("", "davon ", "Menge ", "Qty ", "Quantité "),
        fc.constantFrom(...NEGATION_WORDS),
        fc.constantFrom(" ", "-", " "),
        fc.constantFrom(...POSITIVE_WORDS),
        fc.constantFrom("", " (t)", " (ja/nein)", " (%)", " (yes/no)"),
        fc.boolean(),
      )
      .map(([pre, not, sep, word, unit, upper]) => {
        const h = `${pre}${not}${sep}${word}${unit}`;
        return upper ? h.toUpperCase() : h;
      });
    fc.assert(
      fc.property(heading, (h) => {
        for (const spec of KINDS) {
          for (const hit of lexicalHits(spec, h)) {
            const id = spec.fields[hit.field]?.id ?? "";
            if (POSITIVE_FIELDS.has(id) || id.startsWith("ghg.")) return false;
          }
        }
        return true;
      }),
      { numRuns: 400 },
    );
  });
});
