// The words of headings that negate or complement a field's meaning ("Nicht nachhaltig", "Kein
// Abfall", "davon konventionell (t)", "Non conforme RED"), and of headings about compliance with a
// scheme: what the matcher must never read as the positive field (negated-headings.ts says why and
// what the reader does with such a column). Pure: words only.
import { YES, words } from "../engine/normalise";
import { QUANTITY_FIELDS } from "./field-spec";

/** Stems of certified and certificate (de, en, fr, es, nl, it): "zertifiziert", "certifié", "gecertificeerd". */
const CERTIFIED_STEMS: readonly string[] = ["zertifiz", "zertifikat", "certifi", "gecertific"];

/**
 * A "no" written as a number sign ("No. certificado", "No: 12", "Nº", "No of certificate", "no de
 * certificado"): read as "nr", never as a negation. Source: the Spanish and English abbreviation
 * of número/number, which a heading of a certificate's number puts before the word.
 */
const NUMBER_SIGN = /\bno\s*[.:#º°]|\bno(?=\s+(?:of|de|del|du|di|van)\b)/gi;

/**
 * The meanings a negation flips, each by the stems of its words (accent-folded, lower case), and,
 * where not every negation word flips it, the words that do (`by`).
 */
const MEANINGS: { meaning: string; stems: readonly string[]; by?: ReadonlySet<string> }[] = [
  {
    meaning: "sustainable",
    // not "certified": "No. certificado" is a number sign before the certificate
    stems: ["sustainab", "nachhaltig", "durabl", "duurza", "sostenib", "sustentav"],
  },
  {
    meaning: "waste or residue",
    stems: ["abfall", "reststoff", "waste", "residu", "dechet", "rifiut", "afval", "scarto"],
  },
  { meaning: "claim", stems: ["compliant", "complian", "konform", "conform", "iscc", "red"] },
  // (p-notcert) "nicht zertifiziert (t)", "ohne Zertifikat", "uncertified", "no certificado (t)": the
  // part that is not certified; a number sign before the word ("No. certificado") is no negation
  { meaning: "certified", stems: CERTIFIED_STEMS },
  // (brk11 x2) "Menge ohne SD (t)", "Qty without PoS", "quantité sans DD", "cantidad sin PoS",
  // "hoeveelheid zonder PoS", "quantità senza PoS", "Menge ohne Nachweis": the part no SD covers,
  // never the quantity an SD declares. "No SD" is the SD's number (header-words.ts), so a "no" or
  // "non" before it negates nothing.
  {
    meaning: "covered by a Sustainability Declaration",
    stems: ["sd", "sds", "pos", "dd", "nachweis", "nachhaltigkeitsnachweis", "nachhaltigkeitserklarung"],
    by: new Set("ohne without sans sin zonder senza kein keine keinen not nicht niet geen".split(" ")),
  },
];
/**
 * Words that negate the word after them. "nein" and a trailing "no" answer, they do not negate;
 * nor does "NE" (a Nachhaltigkeitserklärung). The words of "outside" a scheme (brk11 n1: "hors
 * ISCC", "außerhalb ISCC", "outside ISCC", "fuera de ISCC", "buiten ISCC", "fuori ISCC") negate too.
 */
const NEGATIONS = new Set(
  "nicht kein keine keiner keinen keines not non no niet geen zonder sin senza sans ohne without pas hors ausserhalb outside fuera buiten fuori".split(
    " ",
  ),
);
/** Words of a GHG value's heading, where "fossil" names the comparator, not the material. */
const GHG = new Set(
  "ghg thg gei ghe ges comparator komparator comparateur comparador comparatore emission emissions emissionen saving savings einsparung".split(
    " ",
  ),
);
/** Prefixes that negate the stem they stand before ("unsustainable", "nichtnachhaltig", "insostenible"). */
const PREFIXES = ["non", "nicht", "kein", "un", "in", "on", "niet"];
/** Words of the complement of sustainable material ("konventionell", "conventional", "fossil"). */
const COMPLEMENTS = ["konventionell", "convention", "convencional", "convenzional", "fossil"];
/** The fields a negated heading is never matched to: the positive ones, and the quantities. */
const POSITIVE = new Set([
  "sustainable",
  "sustainablePart",
  "sustainableInputQuantity",
  "wasteResidue",
  "claim",
  ...QUANTITY_FIELDS,
]);
/** Words of a heading about compliance with a scheme: a claim, never a GHG value. */
const COMPLIANCE = ["compliant", "complian", "konform", "conform"];

const stemOf = (w: string, stems: readonly string[]) => stems.find((s) => w.startsWith(s));
/** A stem as a whole word: the short ones ("red", "iscc") only as the word itself. */
const names = (w: string, stems: readonly string[]) =>
  stems.some((s) => (s.length <= 4 ? w === s : w.startsWith(s)));

/** What a heading negates: its meaning and the words that negate it ("nicht nachhaltig"); null when none. */
export interface Negation {
  /** "sustainable", "waste or residue" or "claim" */
  meaning: string;
  /** the heading's words that say "not" it, as written in folded form ("nicht nachhaltige", "konventionell") */
  words: string;
}

/**
 * Whether and what a heading negates: a negation word before a word of a meaning ("Nicht
 * nachhaltig", "Not waste/residue", "Non conforme RED", "No sostenible"), a prefix fused with one
 * ("unsustainable", "Nichtnachhaltig", "insostenible", "onduurzaam"), or a word of the complement
 * of sustainable material ("davon konventionell (t)", "Conventional input", "fossil"). A "no" after
 * the words ("Sustainable yes/no") or a number sign ("SD No") negates nothing.
 */
export function negationOf(heading: string): Negation | null {
  const w = words(heading.replace(NUMBER_SIGN, "nr "));
  // "Fossil fuel comparator gCO2eq/MJ", "Emissionen konventionell": a GHG value's heading
  if (w.some((x) => GHG.has(x) || x.startsWith("co2"))) return null;
  for (let i = 0; i < w.length; i++) {
    const word = w[i] as string;
    // "Yes/No sustainable", "Oui/Non durable": the answers, not a negation
    const answer = i > 0 && YES.has(w[i - 1] as string);
    // the word it negates, or one of the next three ("nicht EU-RED-konform")
    for (let k = 1; k <= 3 && NEGATIONS.has(word) && !answer; k++) {
      const next = w[i + k];
      const m =
        next === undefined
          ? undefined
          : MEANINGS.find((x) => names(next, x.stems) && (x.by === undefined || x.by.has(word)));
      if (m) return { meaning: m.meaning, words: w.slice(i, i + k + 1).join(" ") };
    }
    for (const p of PREFIXES) {
      if (!word.startsWith(p) || word.length <= p.length + 3) continue;
      const rest = word.slice(p.length);
      const m = MEANINGS.find((x) =>
        stemOf(
          rest,
          x.stems.filter((s) => s.length > 4),
        ),
      );
      if (m) return { meaning: m.meaning, words: word };
    }
    if (stemOf(word, COMPLEMENTS)) return { meaning: "sustainable", words: word };
  }
  return null;
}

/**
 * Whether the matcher must never read `heading` as the field `fieldId`: a negated heading as a
 * positive field or a quantity, a heading about compliance as a GHG value.
 */
export function refusedAs(fieldId: string, heading: string): boolean {
  if (fieldId.startsWith("ghg.") && words(heading).some((w) => stemOf(w, COMPLIANCE))) return true;
  return POSITIVE.has(fieldId) && negationOf(heading) !== null;
}

/** Whether a heading states a claim as yes or no: compliance with a scheme ("ISCC compliant", "EU RED konform"). */
export function claimHeading(heading: string): boolean {
  const w = words(heading);
  return w.some((x) => stemOf(x, COMPLIANCE)) || negationOf(heading)?.meaning === "claim";
}

/** The fields a heading of compliance is never recognised as: it answers a claim, not whether the row is sustainable. */
const NOT_COMPLIANCE = new Set(["sustainable", "sustainablePart"]);

/**
 * Whether recognition must never read `heading` as the field `fieldId`: refusedAs, and a heading
 * of compliance ("ISCC compliant (Y/N)", "EU RED konform", "conforme ISCC") as Sustainable or the
 * sustainable part (p-held): a "no" under it denies a claim, not that the delivery is sustainable
 * (iscc-rules.md §2, §5.2: EU RED compliant and ISCC compliant are the PoS's two claims), so it is
 * said as a claim kept as yes/no (negated-headings.ts claimYesNo) in every language alike. A user's
 * own mapping of it as Sustainable is theirs to make, and applies.
 */
export function unrecognisedAs(fieldId: string, heading: string): boolean {
  return refusedAs(fieldId, heading) || (NOT_COMPLIANCE.has(fieldId) && claimHeading(heading));
}
