// (p-bars, new-user test brk10 d4) A heading that gives its meaning word the value "no" is the
// negated meaning: "nachhaltig: nein (t)" was read as THE sustainable part, a quantity of material
// that is not sustainable declared as sustainable. de/en/fr/es/nl/it: refused at its heading
// (reason negated-heading); the same heading with "yes" stays the sustainable part, and a yes/no
// pair ("Nachhaltig ja/nein") or a number sign ("Certificate no") negates nothing.
import fc from "fast-check";
import { KINDS } from "../../../src/workbook/fields";
import { lexicalHits } from "../../../src/workbook/matcher";
import { negationOf } from "../../../src/workbook/negated-headings";
import { readWorkbook } from "../../../src/workbook/read";
import type { CellValue } from "../../../src/workbook/port";
import { serial, sheet } from "../fixtures";
import { CERTIFICATE_NUMBER_HEADINGS, NO_VALUE_PARTS, YES_VALUE_PARTS } from "../negated-spellings";

const D = serial("2026-01-05");

/** Deliveries of 40 t and 20 t, 30 t and 10 t of them under `heading` in column F. */
function deliveries(heading: string) {
  const rows: CellValue[][] = [
    ["Date", "Customer", "Customer address", "Product", "Quantity (t)", heading],
    [D, "C1 AG", "Hafenstr. 1, Hamburg", "UCO", 40, 30],
    [D + 1, "C2 AG", "Hafenstr. 1, Hamburg", "UCO", 20, 10],
  ];
  return readWorkbook({ name: "books.xlsx", sheets: [sheet("Sales", rows)] });
}

const reasonOf = (f: { details?: unknown }) => (f.details as { reason?: string } | undefined)?.reason;

describe("a meaning word with the value no is the part that is NOT it", () => {
  it.each(NO_VALUE_PARTS)("%s: refused at its heading, no delivery declared", (heading) => {
    const r = deliveries(heading);
    expect(r.sheets[0]?.columns.sustainable).toBeUndefined();
    expect(r.sheets[0]?.columns.sustainablePart).toBeUndefined();
    expect(r.sheets[0]?.columns.quantity).toBe("E");
    const said = r.findings.filter((f) => f.code === "mapping-uncertain");
    expect(said.map((f) => [f.severity, f.cell, reasonOf(f)])).toEqual([["error", "F1", "negated-heading"]]);
    expect(said[0]?.message).toContain("the opposite of");
    for (const d of r.ledger.deliveries) expect(d.unreadable).toContain("sustainable");
  });

  it.each(YES_VALUE_PARTS)("%s stays the sustainable part", (heading) => {
    const r = deliveries(heading);
    expect(negationOf(heading)).toBeNull();
    expect(r.sheets[0]?.columns.sustainable).toBe("F");
    expect(r.findings.filter((f) => f.code === "mapping-uncertain")).toEqual([]);
    expect(r.ledger.deliveries.map((d) => d.sustainable)).toEqual(["30", "10"]);
  });

  it.each([
    "Nachhaltig ja/nein",
    "Nachhaltig (nein/ja)",
    "Sustainable (yes/no)",
    "Durable (oui/non)",
    "Sostenible (sí/no)",
    "Duurzaam ja/nee",
    "Sostenibile (sì/no)",
    "ISCC No",
    "ISCC-No",
    ...CERTIFICATE_NUMBER_HEADINGS,
  ])("%s negates nothing: the answers, or a number sign", (heading) => {
    expect(negationOf(heading)).toBeNull();
  });
});

/** A word of each meaning a negation flips, in the workbook's languages. */
const MEANING_WORDS = [
  ...["nachhaltig", "sustainable", "durable", "sostenible", "duurzaam", "sostenibile", "nachhaltige Menge"],
  ...["Abfall", "waste", "déchet", "residuo", "afval", "rifiuto"],
  ...["ISCC", "RED-konform", "compliant", "conforme"],
  ...["zertifiziert", "certified", "certifié", "certificado", "gecertificeerd", "certificato"],
];
const NO_WORDS = ["nein", "no", "non", "nee", "NEIN", "No"];
const YES_WORDS = ["ja", "yes", "oui", "sí", "si", "sì", "JA", "Yes"];
const SEPARATORS = [": ", " : ", " – ", " - ", "? ", " = ", ":"];
/** The fields a heading that says "not" is never: the positive ones and the GHG values (as negated-headings.test.ts). */
const POSITIVE = new Set(
  "sustainable sustainablePart sustainableInputQuantity wasteResidue claim".split(" "),
);
/** Whether any sheet kind reads heading `h` as a positive field or a GHG value. */
const readsPositive = (h: string) =>
  KINDS.some((spec) =>
    lexicalHits(spec, h).some((hit) => {
      const id = spec.fields[hit.field]?.id ?? "";
      return POSITIVE.has(id) || id.startsWith("ghg.");
    }),
  );

/** A heading of a meaning word, a separator and `values`' word, with a prefix and a unit, in any case. */
const valueHeading = (values: string[]) =>
  fc
    .tuple(
      fc.constantFrom("", "davon ", "Menge ", "Qty "),
      fc.constantFrom(...MEANING_WORDS),
      fc.constantFrom(...SEPARATORS),
      fc.constantFrom(...values),
      fc.constantFrom("", " (t)", " (kg)", " [t]", " (%)"),
      fc.boolean(),
    )
    .map(([pre, word, sep, value, unit, upper]) => {
      const h = `${pre}${word}${sep}${value}${unit}`;
      return upper ? h.toUpperCase() : h;
    });

describe("property: a heading that gives a meaning the value no is never mapped to a positive meaning", () => {
  it("negates, and no sheet kind reads it as a positive field or a GHG value", () => {
    fc.assert(
      fc.property(valueHeading(NO_WORDS), (h) => negationOf(h) !== null && !readsPositive(h)),
      { numRuns: 400 },
    );
  });

  it("the value yes never flips the meaning, nor does a yes/no pair", () => {
    const pair = fc
      .tuple(fc.constantFrom(...YES_WORDS), fc.constantFrom("/", " / ", ", "), fc.constantFrom(...NO_WORDS))
      .chain(([yes, sep, no]) => fc.constantFrom(`${yes}${sep}${no}`, `${no}${sep}${yes}`));
    fc.assert(
      fc.property(
        fc.oneof(
          valueHeading(YES_WORDS),
          pair.chain((p) => valueHeading([p])),
        ),
        (h) => negationOf(h) === null,
      ),
      { numRuns: 400 },
    );
  });
});
