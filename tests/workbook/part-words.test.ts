// (p-parts, brk11) The headings of a row's sustainable part, as a table of part words × meaning
// words in six languages (src/workbook/part-words.ts), on a deliveries and a receipts sheet beside
// "Quantity (t)": each is the sustainable part, never a second quantity and never left unread.
// The real spellings first: each was left unread (so the whole quantity was declared or credited)
// or refused as a second quantity before.
import { PART_MEANINGS, PART_NOUNS } from "../../src/workbook/part-words";
import { partSheet } from "./part-sheets";

const REAL = [
  "Nachhaltigkeitsanteil (%)",
  "Nachhaltigkeitsanteil",
  "Sustainability share",
  "Anteil zertifiziert",
  "Anteil nachhaltig (%)",
  "davon ISCC (t)",
  "ISCC-Anteil (%)",
  "Bio-Anteil (%)",
  "ISCC-Menge (t)",
  "Menge zertifiziert (t)",
  "Certified part (t)",
  "Sustainable part (t)",
  "waarvan gecertificeerd (t)",
  "di cui certificata (t)",
  "de los cuales certificado (t)",
  "dont certifié (t)",
  "Part certifiée (%)",
];

const read = (kind: "Sales" | "Receipts", heading: string) => partSheet(kind, heading);

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const TABLE: string[] = Object.entries(PART_NOUNS).flatMap(([lang, nouns]) =>
  nouns.flatMap((n) =>
    [...(PART_MEANINGS[lang] ?? []), "ISCC", "bio"].flatMap((m) => [
      `${cap(n)} ${m} (t)`,
      `${cap(m)} ${n} (t)`,
    ]),
  ),
);

describe.each(["Sales", "Receipts"] as const)("on a %s sheet", (kind) => {
  it.each(REAL)("%s is the sustainable part", (heading) => {
    const r = read(kind, heading);
    expect([r.sheets[0]?.columns.quantity, r.sheets[0]?.columns.sustainablePart]).toEqual(["E", "F"]);
  });

  it("every part word with every meaning word, in both orders, is the sustainable part", () => {
    const wrong = TABLE.filter((h) => read(kind, h).sheets[0]?.columns.sustainablePart !== "F");
    expect(wrong).toEqual([]);
  });
});
