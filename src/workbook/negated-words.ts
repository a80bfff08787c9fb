// How a negation flips the meaning of a heading's words ("Nicht nachhaltig", "Kein Abfall",
// "unsustainable", "davon konventionell (t)", "Non conforme RED", "nachhaltig: nein (t)"): the
// meanings and their words are the rows of the registry of heading bars (heading-bar-table.ts,
// flip "negated"); what a negated heading is barred from is said there, and what the reader does
// with such a column in negated-headings.ts. Pure: words only.
import { foldedText, YES, words } from "../engine/normalise";
import { BARS, COMPLIANCE_STEMS, type HeadingBar } from "./heading-bar-table";
import { headerWords } from "./header-words";

/**
 * A "no" written as a number sign ("No. certificado", "No: 12", "Nº", "No of certificate", "no de
 * certificado"): read as "nr", never as a negation. Source: the Spanish and English abbreviation
 * of número/number, which a heading of a certificate's number puts before the word.
 */
const NUMBER_SIGN = /\bno\s*[.:#º°]|\bno(?=\s+(?:of|de|del|du|di|van)\b)/gi;

/** The meanings a negation flips, each by the stems of its words (accent-folded, lower case), in the registry's order. */
const MEANINGS: readonly HeadingBar[] = BARS.filter((b) => b.flip === "negated");
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
/**
 * (brk12 #4) Words that exclude what follows, abbreviated or not: de "exkl.", "exklusive",
 * "ausgenommen"; en "excl.", "excluding"; fr "hors" (above), "excl."; es "sin" (above), "excl.",
 * "excluido"; nl "excl.", "exclusief"; it "escl.", "escluso": "excl. ISCC (t)" is the part that is
 * not ISCC, never the ISCC part.
 */
const EXCLUSIONS = new Set(
  "exkl exklusive ausgenommen excl excluding excluded exclusief escl escluso esclusa esclusi excluido excluida excluidos".split(
    " ",
  ),
);
const negates = (w: string) => NEGATIONS.has(w) || EXCLUSIONS.has(w);
/**
 * The "no" a heading gives its meaning word as a value ("nachhaltig: nein (t)", "Sustainable: no",
 * "durable : non", "sostenible: no", "duurzaam: nee", "sostenibile: no"), de/en/fr/es/nl/it:
 * the part that is NOT sustainable, never the sustainable part (p-bars, brk10). Beside a "yes"
 * ("ja/nein", "yes/no", "oui/non", "sí/no") it names the answers, and negates nothing.
 */
const NO_VALUES = new Set(["nein", "no", "non", "nee"]);
/** A "no" that is also a number's sign ("Certificate no", "ISCC-No"): a value only after a separator. */
const NUMBER_LIKE = new Set(["no"]);
/** What stands between a heading's word and its value: "nachhaltig: nein", "nachhaltig – nein", "ISCC = no". */
const VALUE_SEPARATOR = /[:=?\u2013\u2014]|\s-\s/;

/** Words of a GHG value's heading, where "fossil" names the comparator, not the material. */
const GHG = new Set(
  "ghg thg gei ghe ges comparator komparator comparateur comparador comparatore emission emissions emissionen saving savings einsparung".split(
    " ",
  ),
);
/** The most words a complement spans ("nieuw materiaal": 2). */
const COMPLEMENT_WORDS = Math.max(
  ...MEANINGS.flatMap((m) => m.complements ?? []).map((c) => c.split(" ").length),
);
/** Prefixes that negate the stem they stand before ("unsustainable", "nichtnachhaltig", "insostenible"). */
const PREFIXES = ["non", "nicht", "kein", "un", "in", "on", "niet"];
const stemOf = (w: string, stems: readonly string[]) => stems.find((s) => w.startsWith(s));
/** A stem as a whole word: the short ones ("red", "iscc") only as the word itself. */
const names = (w: string, stems: readonly string[]) =>
  stems.some((s) => (s.length <= 4 ? w === s : w.startsWith(s)));

/** Whether negation word `word` flips meaning `m` in `heading` (its `by`, and `byWithUnit` where the heading states a unit). */
function flips(m: HeadingBar, word: string, heading: string): boolean {
  if (m.by === undefined || m.by.has(word)) return true;
  return (m.byWithUnit?.has(word) ?? false) && headerWords(heading).unit !== null;
}

/** Whether a heading has a word of `stems` as written (a stem of four letters or fewer as the whole word). */
export function hasStem(heading: string, stems: readonly string[]): boolean {
  return words(heading).some((w) => names(w, stems));
}

/** What a heading negates: its meaning and the words that negate it ("nicht nachhaltig"); null when none. */
export interface Negation {
  /** the meaning negated: "sustainable", "waste or residue", "claim" or "certified" (heading-bar-table.ts) */
  meaning: string;
  /** the heading's words that say "not" it, as written in folded form ("nicht nachhaltige", "konventionell") */
  words: string;
}

/**
 * Whether and what a heading negates: a negation word before a word of a meaning ("Nicht
 * nachhaltig", "Not waste/residue", "Non conforme RED", "No sostenible"), a prefix fused with one
 * ("unsustainable", "Nichtnachhaltig", "insostenible", "onduurzaam"), or a word of the complement
 * of sustainable material ("davon konventionell (t)", "Conventional input", "fossil"), or a "no"
 * given as the value of a word of a meaning ("nachhaltig: nein (t)", "Sustainable: no (t)",
 * "durable : non"). A "no" of a yes/no pair ("Sustainable yes/no") or a number sign ("SD No")
 * negates nothing.
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
    for (let k = 1; k <= 3 && negates(word) && !answer; k++) {
      const next = w[i + k];
      const m =
        next === undefined
          ? undefined
          : MEANINGS.find((x) => names(next, x.stems ?? []) && flips(x, word, heading));
      if (m) return { meaning: m.meaning, words: w.slice(i, i + k + 1).join(" ") };
    }
    for (const p of PREFIXES) {
      if (!word.startsWith(p) || word.length <= p.length + 3) continue;
      const rest = word.slice(p.length);
      const m = MEANINGS.find((x) =>
        stemOf(
          rest,
          (x.stems ?? []).filter((s) => s.length > 4),
        ),
      );
      if (m) return { meaning: m.meaning, words: word };
    }
    // a word of the complement of the meaning ("konventionell", "conventional", "fossil"), or its words ("nieuw materiaal"),
    // begins the words from here on: the few a complement can span (not them all, each word over: a long text stays fast)
    const rest = w.slice(i, i + COMPLEMENT_WORDS).join(" ");
    const c = MEANINGS.find((x) => stemOf(rest, x.complements ?? []));
    const said = c && stemOf(rest, c.complements ?? []);
    if (c && said) return { meaning: c.meaning, words: w.slice(i, i + said.split(" ").length).join(" ") };
  }
  return valueNegation(heading);
}

/**
 * A meaning word with "no" as its value ("nachhaltig: nein (t)", "Sustainable: no (t)", "ISCC:
 * nein", "nachhaltig – nein", "nachhaltige Menge: nein"): its negation; null when the "no" is one
 * of a yes/no pair ("Nachhaltig ja/nein", "Sustainable (yes/no)") or a number sign ("Certificate
 * no"). The meaning word is one of the three before the "no" after a separator, else right before it.
 */
function valueNegation(heading: string): Negation | null {
  // the heading's folded words, each with what stands before it (a separator or a space)
  const folded = foldedText(heading.replace(NUMBER_SIGN, "nr "));
  const found = [...folded.matchAll(/[a-z0-9]+/g)];
  const at = (k: number) => found[k]?.[0] ?? "";
  for (let i = 1; i < found.length; i++) {
    const value = at(i);
    if (!NO_VALUES.has(value) || YES.has(at(i - 1)) || YES.has(at(i + 1))) continue;
    const end = (found[i - 1]?.index ?? 0) + at(i - 1).length;
    const separated = VALUE_SEPARATOR.test(folded.slice(end, found[i]?.index));
    if (!separated && NUMBER_LIKE.has(value)) continue;
    for (let k = i - 1; k >= Math.max(0, separated ? i - 3 : i - 1); k--) {
      const m = MEANINGS.find((x) => names(at(k), x.stems ?? []));
      if (m) return { meaning: m.meaning, words: `${at(k)} ${value}` };
    }
  }
  return null;
}

/** Whether a heading states a claim as yes or no: compliance with a scheme ("ISCC compliant", "EU RED konform"). */
export function claimHeading(heading: string): boolean {
  return hasStem(heading, COMPLIANCE_STEMS) || negationOf(heading)?.meaning === "claim";
}
