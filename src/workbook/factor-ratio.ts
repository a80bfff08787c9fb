// (brk24 §4) A conversion factor or yield written as a ratio ("1:0,42", "2.38:1") or per mille
// ("Ausbeute (‰)" 420, "420 ‰"). A ratio is read only where its heading says which side is which:
// a factor or yield is output per input and its ratio is written input:output, as "Verhältnis
// Input:Output" says; "Output:Input" says the other way. "Umrechnungsverhältnis" or "Conversion
// ratio" alone states no order, so its ratio is refused at its cell, never guessed. The factor is
// the exact quotient (the rule of engine/factor-units.ts), or refused with the decimal to write.
// Per mille is the value / 1000, exactly. Pure.
import Decimal from "decimal.js";
import type { FieldRead, RatioHeading } from "./cell-read";

export type { RatioHeading };
import type { RatioReason } from "../engine/catalogue/details-cells";
import { INEXACT_PLACES } from "../engine/factor-units";
import { fold } from "./normalise";
import { shiftPoint } from "./values";

/** Words of a ratio (de, en, fr, it, es, nl, pl), folded; "ł" kept as fold keeps it. */
const RATIO_WORDS =
  /(?:verhaltnis|(?:^| )ratio(?: |$)|rapport|rapporto|relacion|verhouding|stosunek|proporcja|proporcion|proporzione)/;
/** A side named as the input (de, en, fr, it, es, nl, pl), folded. */
const INPUT =
  "input|in|einsatz|eingang|rohstoff|rohware|entree|intrant|matiere premiere|entrada|materia prima|ingresso|invoer|grondstof|wsad|surowiec";
/** A side named as the output (de, en, fr, it, es, nl, pl), folded. */
const OUTPUT =
  "output|out|ausbeute|ausbringung|produkt|ausgang|sortie|produit|salida|producto|uscita|prodotto|uitvoer|product|opbrengst|wyjscie|uzysk";
const IN_OUT = new RegExp(`(?:^|[^a-z])(?:${INPUT})\\s*:\\s*(?:${OUTPUT})(?:[^a-z]|$)`);
const OUT_IN = new RegExp(`(?:^|[^a-z])(?:${OUTPUT})\\s*:\\s*(?:${INPUT})(?:[^a-z]|$)`);

/** What a factor's heading says of ratios written in its cells. */
export function ratioHeadingOf(header: string): RatioHeading {
  const t = fold(header).replace(/\s+/g, " ").trim();
  if (IN_OUT.test(t)) return { order: "in:out", ratio: true };
  if (OUT_IN.test(t)) return { order: "out:in", ratio: true };
  if (RATIO_WORDS.test(t)) return { order: null, ratio: true };
  // a factor or a yield (Ausbeute, rendement, resa, wydajność) is output per input
  return { order: "in:out", ratio: false };
}

/** Words of per mille (de, en, fr, it, es, nl, pl), folded. */
const PER_MILLE_WORDS = /(?:^| )(?:promille|per mille|pro mille|pour mille|per mil|por mil|promil)(?: |$)/;

/** Whether a factor's heading says its values are per mille ("Ausbeute (‰)", "Ausbeute in Promille"). */
export function saysPerMille(header: string): boolean {
  return header.includes("‰") || PER_MILLE_WORDS.test(fold(header).replace(/[^a-z]+/g, " "));
}

/** "1:0,42", "2.38 : 1": two numbers with one colon, nothing else. */
const RATIO_CELL = /^\s*([^:\s][^:]*?)\s*:\s*([^:\s][^:]*?)\s*$/;

/**
 * A factor cell written as a ratio or per mille, read by the heading's `ratio` and `perMille`, or
 * null where it is neither (the number reads as before). `num` reads one number in the column's
 * conventions.
 */
export function readFactorNotation(
  v: string | number | boolean,
  heading: RatioHeading | undefined,
  perMille: boolean,
  num: (text: string | number) => FieldRead,
): FieldRead | null {
  const text = typeof v === "string" ? v.trim() : null;
  const m = text === null ? null : RATIO_CELL.exec(text);
  if (text !== null && m) return readRatio(text, m[1] as string, m[2] as string, heading, num);
  if (text !== null && /‰$/.test(text)) return ofMille(num(text.replace(/‰$/, "").trim()), text, true);
  if (typeof v === "boolean") return null;
  if (heading?.ratio) {
    // "Verhältnis Input:Output" 2.38: input per output, or a factor typed under it? Never guessed
    const read = num(v);
    return read.kind === "ok" ? bad(text ?? String(v), "ratio-number") : read;
  }
  return perMille ? ofMille(num(v), text ?? String(v), false) : null;
}

/**
 * (brk25 §7) Decimals wide enough to tell a quotient without end: at decimal.js's default 20
 * digits, 1 / 0.42 = 2.3809523809523809524 times 0.42 rounds back to 1, and "0,42:1" was read as
 * that rounded factor; at 60 digits its decimals run past INEXACT_PLACES and it is refused.
 */
const Precise = Decimal.clone({ precision: 60 });

function readRatio(
  text: string,
  left: string,
  right: string,
  heading: RatioHeading | undefined,
  num: (text: string) => FieldRead,
): FieldRead {
  const [a, b] = [num(left), num(right)];
  if (a.kind !== "ok" || b.kind !== "ok" || a.unit || b.unit) return bad(text);
  const [x, y] = [new Precise(a.value as string), new Precise(b.value as string)];
  if (!x.isPositive() || !y.isPositive() || x.isZero() || y.isZero()) return bad(text);
  if (!heading?.order) return bad(text, "ratio-direction");
  const [output, input] = heading.order === "in:out" ? [y, x] : [x, y];
  const q = output.dividedBy(input);
  if (q.decimalPlaces() > INEXACT_PLACES || !q.times(input).equals(output))
    return { ...bad(text, "ratio-inexact"), detail: q.toSignificantDigits(4).toString() };
  return { kind: "ok", value: q.toString() };
}

/** A value per mille as its fraction of one; a plain 1 or less under a ‰ heading is refused (a fraction?). */
function ofMille(read: FieldRead, text: string, typed: boolean): FieldRead {
  if (read.kind !== "ok") return read;
  if (read.unit) return bad(text);
  const value = read.value as string;
  if (!typed && Number(value) > 0 && Number(value) <= 1) return bad(text, "per-mille-fraction");
  return { kind: "ok", value: shiftPoint(value, -3) };
}

function bad(text: string, reason?: RatioReason): FieldRead & { kind: "bad" } {
  return { kind: "bad", code: "invalid-number", text, ...(reason ? { reason } : {}) };
}

/** (h-ghg3) Words of a conversion factor, a yield, a ratio or a specific consumption (de, en, fr, it, es, nl, pl), folded. */
const FACTOR_WORDS =
  /(?:faktor|factor|facteur|fattore|wspolczynnik|yield|ausbeute|rendement|resa|rendimiento|opbrengst|wydajnosc|uzysk|umrechnung|conversion|conversie|omrekening|przeliczen|kennzahl|spezifisch|specifi|specifiek|jednostkow)/;
/** A unit of one quantity per another in brackets: "(t/t)", "[kg/t]", "(t per t)". */
const PER_UNIT = /[([]\s*[a-z³0-9]+\s*(?:\/|per)\s*[a-z³0-9]+\s*[)\]]/;

/**
 * (h-ghg3) Whether a heading read as no field speaks of a conversion factor: a factor, yield,
 * ratio or conversion word ("Umrechnung Saat/Öl", "Kennzahl"), or a unit of one quantity per
 * another ("Wert (t/t)"). Its warning speaks of the factor (production-unread.ts).
 */
export function namesFactorLike(heading: string): boolean {
  const t = fold(heading);
  return FACTOR_WORDS.test(t) || RATIO_WORDS.test(t) || PER_UNIT.test(t);
}
