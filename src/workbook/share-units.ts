// (p-noise, break test brk13) The scale of a share stated in words or as a range inside a
// heading's brackets: "Nachhaltiger Anteil [Prozent]", "Sustainable share (percent)", "Part
// durable (pourcentage)", "Anteil nachhaltig (0-100)" count in percent; "Anteil nachhaltig
// (0-1)", "Sustainable share (fraction)", "Part durable (fraction)", "Cuota sostenible
// (fracción)", "Aandeel duurzaam (fractie)", "Quota sostenibile (frazione)" count as a fraction
// of 1 (0.8 = 80 %). Before, such a heading had no unit: every plain number under it was refused
// as a quantity-or-share ("0-100" was even taken as a unit of quantity). Pure.
import { fold } from "./normalise";

/** Words for "percent" (de, en, fr, es, nl, it), accent-folded and lower case. */
const PERCENT_WORDS = new Set([
  "prozent",
  "prozentsatz",
  "percent",
  "per cent",
  "percentage",
  "pourcentage",
  "pour cent",
  "porcentaje",
  "por ciento",
  "procent",
  "percentuale",
  "per cento",
]);

/** Words for "a fraction of 1" (de, en, fr, es, nl, it), accent-folded and lower case. */
const FRACTION_WORDS = new Set([
  "bruchteil",
  "dezimalbruch",
  "fraction",
  "decimal fraction",
  "fraccion",
  "fractie",
  "frazione",
]);

/** "0-1", "0..1", "0 – 1", "0 bis 1", "0 to 1", "0,0-1,0": a range from 0 to 1 or to 100. */
const RANGE = /^0(?:[.,]0+)?\s*(?:-|–|—|\.\.|bis|to|a|à|tot|fino a)\s*(1|100)(?:[.,]0+)?\s*%?$/;

/**
 * The scale a bracketed heading text states for a share: "%" (percent words, "0-100"),
 * "fraction" (fraction words, "0-1"), or null where it states neither. `text` is the text inside
 * the brackets, as written.
 */
export function shareScaleOf(text: string): "%" | "fraction" | null {
  const t = fold(text)
    .replace(/^in\s+|^en\s+|^als\s+|^as\s+|^as a\s+|^in een\s+/, "")
    .replace(/\s+/g, " ")
    .trim();
  if (PERCENT_WORDS.has(t)) return "%";
  if (FRACTION_WORDS.has(t)) return "fraction";
  const range = RANGE.exec(t);
  if (range) return range[1] === "100" ? "%" : "fraction";
  return null;
}

/** (brk19 #3) Words of percent that say a heading's scale wherever they stand (de, en, fr, es, nl, it, pl). */
const PERCENT_ANYWHERE =
  /(?:^| )(?:prozent|prozentsatz|percent|percentage|pourcent|pourcentage|pour cent|porcentaje|por ciento|procent|procentowo|percentuale|per cento|per cent)(?: |$)/;

/**
 * Whether a heading says its values are in percent anywhere in it, not only in brackets: a "%"
 * or a word of percent ("Ausbeute in Prozent", "Yield percent", "Rendement en pourcent",
 * "Opbrengst procent", "Resa percentuale", "Wydajność procent"). A factor so headed reads 42 as 0.42.
 */
export function saysPercent(heading: string): boolean {
  const t = fold(heading).replace(/[^a-z%]+/g, " ");
  return heading.includes("%") || PERCENT_ANYWHERE.test(t.trim());
}
