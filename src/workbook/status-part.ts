// (p-status6) Whether a status text names a PART of its line (docs/rules.md "Rows and sheets marked
// as not really there"): a word of part by its stem, in any place of the cell ("teilw. geliefert",
// "Teilmenge abgelehnt", "teilabgelehnt", "partially accepted", "rejected in part", "partial
// rejection", "rechazo parcial", "parc. rechazado", "aceptado parcialmente", "refus partiel",
// "accepté partiellement", "parzialmente respinto", "gedeeltelijk geleverd", "storniert
// (teilweise)"), or a quantity said beside the status ("80 t accepted", "abgelehnt: 20 t", "only
// 80 t accepted"). Such a cell does not say how much of the row's quantity went through, so the
// row is refused (status-read.ts "partial", or "part-cancelled" for a word of cancellation). A part
// of a PAYMENT ("teilweise bezahlt", "partly paid", "Teilzahlung", "pago parcial") says nothing of
// the quantity: that part is no part of the line, and the cell reads as its other words. Pure.
import { stemKind } from "./status-stems";

/** Folded words of part, whole (abbreviations a point may follow: "teilw.", "parc.", "part."). */
const PART_WORDS = new Set(
  [
    "teil|teils|teilw|tlw|tw|teilweise|teilweis|part|parts|partly|partially|partial|deels|deel",
    "parc|parcial|parciales|parcialmente|partiel|partielle|partiellement|parz|parziale|parzialmente",
    "gedeeltelijk|gedeeltelijke|partiell|partielle",
  ]
    .join("|")
    .split("|"),
);

/** The start of a folded word that names a part ("Teilmenge", "Teillieferung", "partialmente"). */
const PART_START = /^(?:teil|partial|partiel|parcial|parzial|gedeeltelijk)/;

/** Two words that say "in part" ("rejected in part", "zum Teil", "en partie", "z.T."). */
const PART_PAIRS = new Set([
  "in part",
  "zum teil",
  "z t",
  "en partie",
  "en parte",
  "in parte",
  "ten dele",
  "voor deel",
]);

/** Words before a number that make it a part ("only 80 t", "nur 20 t", "solo 50"). */
const ONLY = new Set([
  "only",
  "nur",
  "lediglich",
  "solo",
  "seulement",
  "solamente",
  "soltanto",
  "alleen",
  "slechts",
]);

/** A unit of quantity after a number ("80 t", "20 to", "5000 kg", "80 %"). */
const UNIT =
  /^(?:t|to|ton|tons|tonne|tonnes|tonnen|tonelada|toneladas|tonnellata|tonnellate|mt|kg|m3|cbm|l|liter|litre|liters|litres|%)$/;

/** A number and its unit in one token ("80t", "20kg", "5m3"). */
const NUMBER_UNIT = /^\d+(?:t|to|mt|kg|m3|cbm|l)$/;

/** The start of a folded word of payment or invoicing: a part of it is none of the quantity. */
const PAYMENT =
  /^(?:teil)?(?:bezahl|zahlung|gezahlt|anzahlung|paid|pay|invoic|billed|rechnung|fakturi|factur|pag|paie|pay|betaal|betaling|abgerechnet|abschlag)/;

const isWord = (t: string | undefined): t is string => t !== undefined && /^[a-z0-9]+$/.test(t);

/** The word next to token `i` in direction `step`, skipping points, brackets and colons. */
function near(toks: readonly string[], i: number, step: 1 | -1): string | undefined {
  let j = i + step;
  while (j >= 0 && j < toks.length && !isWord(toks[j])) j += step;
  return toks[j];
}

/** Whether token `i` begins a mention of part, and how many tokens it takes (0: none). */
function partAt(toks: readonly string[], i: number): number {
  const t = toks[i];
  if (!isWord(t)) return 0;
  const next = toks[i + 1];
  if (PART_PAIRS.has(`${t} ${next}`)) return 2;
  // "z.T.": z . t
  if (t === "z" && toks[i + 1] === "." && toks[i + 2] === "t") return 3;
  if (PART_WORDS.has(t) || PART_START.test(t)) return 1;
  if (ONLY.has(t) && next !== undefined && /^\d/.test(next)) return 2;
  if (/^\d+$/.test(t)) {
    let j = i + 1;
    // "80,5 t": the decimal part
    if ((toks[j] === "," || toks[j] === ".") && /^\d+$/.test(toks[j + 1] ?? "")) j += 2;
    // "100 %" is the whole line
    if (UNIT.test(toks[j] ?? "") && !(t === "100" && toks[j] === "%")) return j + 1 - i;
  }
  return NUMBER_UNIT.test(t) ? 1 : 0;
}

/** Whether the part at tokens [i, i + n) is one of a payment ("teilweise bezahlt", "Teilzahlung"). */
function ofPayment(toks: readonly string[], i: number, n: number): boolean {
  const words = toks.slice(i, i + n).filter(isWord);
  return [...words, near(toks, i, -1), near(toks, i + n - 1, 1)].some((w) => isWord(w) && PAYMENT.test(w));
}

/**
 * What a status text's tokens (status-read.ts tokens) say where they name a part of the line (see
 * the file comment): "part-cancelled" when a word of cancellation is among them (`cancel`, or a
 * word whose stem cancels, "Teilstorno"), "partial" otherwise; null when they name no part, or
 * only a part of a payment. `status` says whether the text holds a status word or stem: without
 * one a quantity is no part ("LKW 25 t" in a remark), nor is a word of part in a text of more than
 * `short` words ("Teilmenge aus Vertrag 12"), a remark that tells nothing of the line's status.
 */
export function partSays(
  toks: readonly string[],
  cancel: boolean,
  status: boolean,
  short: number,
): "partial" | "part-cancelled" | null {
  const words = toks.filter((t) => isWord(t) && /[a-z]/.test(t)).length;
  let named = false;
  for (let i = 0; i < toks.length && !named; i++) {
    const n = partAt(toks, i);
    if (n === 0) continue;
    const quantity = /^\d/.test(toks[i] as string) || ONLY.has(toks[i] as string);
    if (!ofPayment(toks, i, n) && (status || (!quantity && words <= short))) named = true;
    i += n - 1;
  }
  if (!named) return null;
  const stem = (t: string) => stemKind(t.startsWith("teil") ? t.slice(4) : t);
  return cancel || toks.some((t) => isWord(t) && stem(t) === "cancelled") ? "part-cancelled" : "partial";
}
