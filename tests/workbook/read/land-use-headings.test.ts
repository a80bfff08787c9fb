// Land use change as a heading has two meanings (p-heads, new user's test #1): the GHG value el,
// an emission from land use change, and the yes/no criterion "land converted after 2008" the
// add-in does not read. Only a heading that names an emission, a GHG or its unit is el; a heading
// that names land use change alone is the criterion (unread-meaning), in every language the
// headings are written in. A column answered yes or no is never an emission, whatever its heading.
import { kindSpec } from "../../../src/workbook/fields";
import { lexicalHits, valueEvidence } from "../../../src/workbook/matcher";
import { unreadMeaningOf } from "../../../src/workbook/unread-meaning";
import type { ColumnProfile } from "../../../src/workbook/column-profile";

/** The field ids a receipts heading may be by its words, best first. */
const fieldsOf = (heading: string): string[] => {
  const spec = kindSpec("receipts");
  if (!spec) throw new Error("no receipts kind");
  return lexicalHits(spec, heading).map((h) => spec.fields[h.field]?.id ?? "");
};

// the criterion: land converted after 2008 (RED II Art. 29(3)-(5))
const CRITERIA = [
  "Land use change (after 2008)",
  "Land use change",
  "Land use change since 2008 (yes/no)",
  "LUC",
  "Landnutzungsänderung",
  "Landnutzungsänderung nach 2008",
  "Landnutzungsaenderung (ja/nein)",
  "Changement d'affectation des sols",
  "Changement d'affectation des sols après 2008",
  "cambio de uso del suelo",
  "Cambio de uso de la tierra (después de 2008)",
  "Landgebruiksverandering",
  "Verandering van landgebruik na 2008",
  "Cambiamento di uso del suolo",
];

// the emission el: named as an emission, a GHG, its symbol or its unit
const EMISSIONS = [
  "el",
  "e_l",
  "E_l (g CO2eq/MJ)",
  "GHG el",
  "THG el",
  "GHG el (land use change)",
  "Land use change emissions",
  "LUC emissions (gCO2eq/MJ)",
  "Land use change (gCO2eq/MJ)",
  "Emissionen aus Landnutzungsänderung",
  "THG-Emissionen Landnutzungsänderung (g CO2eq/MJ)",
  "Émissions GES – changement d'affectation des sols",
  "Emisiones por cambio de uso del suelo",
  "Emissies door landgebruiksverandering",
  "Emissioni da cambiamento di uso del suolo",
];

describe("a land use change heading on a receipts sheet", () => {
  it.each(CRITERIA)("%p is the criterion: no GHG field, the unread meaning", (heading) => {
    expect(fieldsOf(heading).filter((id) => id.startsWith("ghg."))).toEqual([]);
    expect(unreadMeaningOf(heading)).toBe("land use change");
  });

  it.each(EMISSIONS)("%p is the GHG value el", (heading) => {
    expect(fieldsOf(heading)[0]).toBe("ghg.el");
    expect(unreadMeaningOf(heading)).toBeNull();
  });
});

describe("a column answered yes or no", () => {
  const profile = (n: number, yesno: number): ColumnProfile => ({
    n,
    date: 0,
    number: 1 - yesno,
    period: 0,
    unit: 0,
    country: 0,
    certificate: 0,
    text: yesno,
    yesno,
    placeholder: 0,
    tick: 0,
  });
  const spec = kindSpec("receipts");
  const el = spec?.fields.find((f) => f.id === "ghg.el");

  it.each([1, 2, 4, 30])("with %p rows counts against a number field", (n) => {
    expect(el && valueEvidence(el, profile(n, 1))).toBeLessThanOrEqual(-0.8);
  });

  it("numbers with the odd yes do not", () => {
    expect(el && valueEvidence(el, profile(30, 0.1))).toBeGreaterThanOrEqual(0);
  });
});
