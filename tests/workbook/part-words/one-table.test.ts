// (p-blank) One table of part headings (src/workbook/part-words.ts): field-words.ts kept a second
// list (SUSTAINABLE_PART) beside it, overlapping, and 25 of its headings were the list's alone.
// The list is gone and its words are the table's; this proves the headings read are the same or
// more: every heading of both sources as they were (frozen below, the table generated as it was)
// is among PART_HEADINGS, and each heading added names one of the words added to the table. Then
// real headings in six languages, and a property over the table, read as the sustainable part on
// receipts and on deliveries.
import fc from "fast-check";
import { PART_HEADINGS, PART_MEANINGS, PART_NOUNS } from "../../../src/workbook/part-words";
import { partSheet } from "../part-sheets";

/** field-words.ts SUSTAINABLE_PART as it was (a25a46e). */
const OLD_LIST = [
  "!sustainable quantity",
  "!nachhaltige menge",
  "!quantity sustainable",
  "!menge nachhaltig",
  "!sustainable amount",
  "!sustainable part",
  "!sustainable portion",
  "!sustainable share",
  "!share sustainable",
  "!nachhaltiger anteil",
  "!anteil nachhaltig",
  "!thereof sustainable",
  "!of which sustainable",
  "!davon nachhaltig",
  "!certified quantity",
  "!zertifizierte menge",
  "!certified share",
  "!zertifizierter anteil",
  "!share of sustainable material",
  "!sustainable volume",
  "!nachhaltiges volumen",
  "!quantite durable",
  "!dont durable",
  "!volume durable",
  "!part durable",
  "!proportion durable",
  "!pourcentage durable",
  "!quantite certifiee",
  "!part certifiee",
  "!cantidad sostenible",
  "!de los cuales sostenible",
  "!de las cuales sostenible",
  "!del cual sostenible",
  "!volumen sostenible",
  "!parte sostenible",
  "!porcentaje sostenible",
  "!cuota sostenible",
  "!cantidad certificada",
  "!duurzame hoeveelheid",
  "!hoeveelheid duurzaam",
  "!waarvan duurzaam",
  "!duurzaam volume",
  "!duurzaam aandeel",
  "!aandeel duurzaam",
  "!gecertificeerde hoeveelheid",
  "!quantita sostenibile",
  "!di cui sostenibile",
  "!volume sostenibile",
  "!quota sostenibile",
  "!parte sostenibile",
  "!percentuale sostenibile",
  "!quantita certificata",
  "!nachhaltiger teil",
  "!teil nachhaltig",
  "!zertifizierter teil",
  "!teil zertifiziert",
  "!anteil zertifiziert",
  "!davon teil nachhaltig",
  "!davon teil zertifiziert",
  "!certified part",
  "!part certified",
  "!certified portion",
  "!portion certified",
  "!sustainable proportion",
  "!certified proportion",
  "!partie durable",
  "!portion durable",
  "!partie certifiee",
  "!portion certifiee",
  "!quote part durable",
  "!porcion sostenible",
  "!parte certificada",
  "!porcion certificada",
  "!proporcion sostenible",
  "!cuota certificada",
  "!duurzaam deel",
  "!deel duurzaam",
  "!duurzaam gedeelte",
  "!gecertificeerd deel",
  "!aandeel gecertificeerd",
  "!gecertificeerd aandeel",
  "!porzione sostenibile",
  "!parte certificata",
  "!quota certificata",
  "!porzione certificata",
  "!proporzione sostenibile",
];

/** part-words.ts as it was (a25a46e): its nouns, meanings and compounds, generated as it did. */
const OLD_NOUNS: Record<string, string[]> = {
  de: ["anteil", "davon", "menge", "teilmenge", "quote"],
  en: ["share", "part", "portion", "of which", "thereof", "quantity", "amount", "percentage"],
  fr: ["part", "dont", "quantite", "proportion", "pourcentage", "volume"],
  es: [
    "parte",
    "de los cuales",
    "de las cuales",
    "del cual",
    "cuota",
    "porcentaje",
    "cantidad",
    "proporcion",
  ],
  nl: ["aandeel", "waarvan", "hoeveelheid", "deel", "percentage"],
  it: ["quota", "di cui", "parte", "percentuale", "quantita"],
};
const OLD_COMPOUNDS = (
  "nachhaltigkeitsanteil|nachhaltigkeit anteil|nachhaltigkeitsquote|zertifizierungsanteil|iscc anteil|iscc menge|bioanteil|bio anteil|" +
  "sustainability share|sustainability part|sustainability portion|sustainability percentage|certification share|" +
  "part de durabilite|parte de sostenibilidad|duurzaamheidsaandeel|duurzaamheid aandeel|quota di sostenibilita"
).split("|");
const OLD_TABLE = [
  ...Object.entries(OLD_NOUNS).flatMap(([lang, nouns]) =>
    nouns.flatMap((n) =>
      [...(PART_MEANINGS[lang] ?? []).filter((m) => m !== "nachhaltiges"), "iscc", "bio"].flatMap((m) => [
        `!${n} ${m}`,
        `!${m} ${n}`,
      ]),
    ),
  ),
  ...OLD_COMPOUNDS.map((c) => `!${c}`),
];

/** The words added to the table, each heading added names one (brk19 0a: Polish nouns and meanings). */
const ADDED =
  /\b(volume|volumen|teil|proportion|partie|portion|quote part|porcion|gedeelte|porzione|proporzione|nachhaltiges|share of sustainable material|w tym|udzial|ilosc|czesc|wolumen|zrownowazon[a-z]*|certyfikowan[a-z]*)\b/;

describe("the headings read are the same or more", () => {
  const now = new Set(PART_HEADINGS);
  it.each(OLD_LIST)("%s (field-words.ts's list) is in the table", (h) => expect(now.has(h)).toBe(true));
  it("every heading of the table as it was is in it still", () => {
    expect(OLD_TABLE.filter((h) => !now.has(h))).toEqual([]);
  });
  it("every heading added names a word added to the table", () => {
    const before = new Set([...OLD_LIST, ...OLD_TABLE]);
    const added = PART_HEADINGS.filter((h) => !before.has(h));
    expect(added.length).toBeGreaterThan(0);
    expect(added.filter((h) => !ADDED.test(h))).toEqual([]);
  });
});

/** Real part headings in six languages, as keepers write them. */
const REAL = [
  "Nachhaltige Menge (t)",
  "davon nachhaltig (t)",
  "Nachhaltiges Volumen (m³)",
  "Nachhaltiger Teil (t)",
  "Teil zertifiziert (%)",
  "davon Teil nachhaltig (t)",
  "Zertifizierte Menge (t)",
  "Anteil zertifiziert (%)",
  "ISCC-Menge (t)",
  "Sustainable quantity (t)",
  "Of which sustainable (t)",
  "Share of sustainable material (%)",
  "Sustainable volume (m3)",
  "Certified proportion (%)",
  "Sustainable proportion (%)",
  "Certified portion (t)",
  "Thereof sustainable (t)",
  "Quantité durable (t)",
  "dont durable (t)",
  "Partie certifiée (t)",
  "Portion durable (%)",
  "Quote-part durable (%)",
  "Volume durable (m3)",
  "Pourcentage durable",
  "Cantidad sostenible (t)",
  "de los cuales sostenible (t)",
  "Porción sostenible (t)",
  "Porción certificada (%)",
  "Volumen sostenible (m3)",
  "Cuota certificada (%)",
  "Duurzame hoeveelheid (t)",
  "waarvan duurzaam (t)",
  "Duurzaam gedeelte (t)",
  "Gecertificeerd deel (t)",
  "Duurzaam volume (m3)",
  "Aandeel gecertificeerd (%)",
  "Quantità sostenibile (t)",
  "di cui sostenibile (t)",
  "Porzione certificata (t)",
  "Proporzione sostenibile (%)",
  "Volume sostenibile (m3)",
  "Quota certificata (%)",
];

/** The columns of quantity and part of a deliveries or receipts sheet with `heading` beside the quantity. */
function mapped(kind: "Sales" | "Receipts", heading: string) {
  const columns = partSheet(kind, heading).sheets[0]?.columns;
  return [columns?.quantity, columns?.sustainablePart];
}

describe.each(["Sales", "Receipts"] as const)("on a %s sheet", (kind) => {
  it.each(REAL)("%s is the sustainable part", (heading) => {
    expect(mapped(kind, heading)).toEqual(["E", "F"]);
  });

  it("property: any part word with any meaning word of its language, either order, any case, a unit or none", () => {
    const lang = fc.constantFrom(...Object.keys(PART_NOUNS));
    const heading = lang.chain((l) =>
      fc.tuple(
        fc.constantFrom(...(PART_NOUNS[l] ?? [])),
        fc.constantFrom(...(PART_MEANINGS[l] ?? []), "ISCC", "bio"),
        fc.boolean(),
        fc.constantFrom("", " (t)", " (%)", " [t]"),
        fc.constantFrom(
          (w: string) => w,
          (w: string) => w.toUpperCase(),
          (w: string) => w[0]?.toUpperCase() + w.slice(1),
        ),
      ),
    );
    fc.assert(
      fc.property(heading, ([noun, meaning, nounFirst, unit, write]) => {
        const h = write(nounFirst ? `${noun} ${meaning}` : `${meaning} ${noun}`) + unit;
        expect(mapped(kind, h)).toEqual(["E", "F"]);
      }),
      { numRuns: 60 },
    );
  });
});
