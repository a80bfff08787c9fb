// (brk19 0a) A production row's sustainable input under every heading receipts and deliveries read
// as the sustainable part (part-words.ts's one table), in seven languages: "of which sustainable
// (t)", "Certified quantity (t)", "ISCC (t)", "Nachhaltige Menge (t)" and their kin were mapped to
// nothing on a production sheet, so each row's whole input gave credit. Best reading first, as the
// recogniser takes it; the production sheet's other headings keep their fields.
import { kindSpec } from "../../../src/workbook/fields";
import { lexicalHits, MATCH_THRESHOLD } from "../../../src/workbook/matcher";

/** The field a heading is read as, where its best reading is sure enough to be mapped. */
const fieldOf = (heading: string): string | undefined => {
  const spec = kindSpec("production");
  const hit = spec ? lexicalHits(spec, heading)[0] : undefined;
  return hit && hit.score >= MATCH_THRESHOLD ? spec?.fields[hit.field]?.id : undefined;
};

describe("a production heading of the sustainable part of the input", () => {
  it.each([
    // en
    "of which sustainable (t)",
    "Of which sustainable (t)",
    "thereof sustainable (t)",
    "of which certified (t)",
    "Certified quantity (t)",
    "Sustainable share (%)",
    "Certified part (t)",
    "Sustainable (t)",
    "ISCC (t)",
    "Bio (t)",
    // de
    "davon ISCC (t)",
    "davon zertifiziert (t)",
    "Nachhaltige Menge (t)",
    "Nachhaltig (t)",
    "Anteil zertifiziert (%)",
    "Nachhaltigkeitsanteil (%)",
    "Zertifizierte Menge (t)",
    // fr
    "dont certifié (t)",
    "dont durable (t)",
    "Quantité durable (t)",
    "Part certifiée (%)",
    // it
    "di cui certificato (t)",
    "di cui sostenibile (t)",
    "Quantità sostenibile (t)",
    // es
    "de los cuales certificado (t)",
    "Cantidad sostenible (t)",
    // nl
    "waarvan gecertificeerd (t)",
    "Duurzame hoeveelheid (t)",
    // pl
    "w tym certyfikowane (t)",
    "w tym zrównoważone (t)",
    "Ilość certyfikowana (t)",
  ])("%p is the sustainable input", (heading) => expect(fieldOf(heading)).toBe("sustainableInputQuantity"));
});

describe("the production sheet's other headings do not change", () => {
  it.each([
    ["Input quantity (t)", "inputQuantity"],
    ["Einsatzmenge (t)", "inputQuantity"],
    ["Output quantity (t)", "outputQuantity"],
    ["Ausbringung (t)", "outputQuantity"],
    ["Input product", "inputProduct"],
    ["Output product", "outputProduct"],
    ["Yield (%)", "factor"],
    ["Conversion factor", "factor"],
    ["Sustainable input (t)", "sustainableInputQuantity"],
    ["davon nachhaltig (t)", "sustainableInputQuantity"],
    ["Nachhaltige Einsatzmenge (t)", "sustainableInputQuantity"],
    ["Batch", "batchId"],
    ["GHG total", "ghg.total"],
  ])("%p is %p", (heading, field) => expect(fieldOf(heading)).toBe(field));
});
