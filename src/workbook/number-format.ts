// What a cell's number format shows of its value (design.md "Values"): a date or a time, a
// percentage, a value divided by thousands ("#,##0," shows 25000 as 25), a unit written into the
// format ("#,##0 \"kg\"" shows 24500 as "24,500 kg"), or a condition that shows some values
// differently from others ("[>=1000]#,##0,\"k\";0"). The reader takes the stored value, in the unit
// the format writes, or refuses it where what is shown could mean another value (cell-numbers.ts).
import { dateShown } from "./dates";
import { canonicalUnit } from "./normalise";

export interface FormatInfo {
  /** what a date or time format shows; null for a number format */
  date: "day" | "month" | "year" | "time" | null;
  /** the value is shown as a percentage (×100, with "%") */
  percent: boolean;
  /** the value is shown as it is, followed by a "%" written as text ('0" %"'): percent points */
  percentText: boolean;
  /** commas after the last digit placeholder: the shown value is the stored one divided by 1000^n */
  scaling: number;
  /** the format's text names the thousands it divided by ("#,##0.0,\"k\"" shows 24500 as "24.5k") */
  scaleWord: boolean;
  /** a quantity unit the format writes after the number (canonical, e.g. "kg"), or null */
  unit: string | null;
  /** a unit the format writes that is not a quantity unit of ours ("lbs"), as written */
  unknownUnit: string | null;
  /** sections shown differently ("[>=1000]…;…" or sections that scale or name units differently) */
  conditional: boolean;
}

const NONE: FormatInfo = {
  date: null,
  percent: false,
  percentText: false,
  scaling: 0,
  scaleWord: false,
  unit: null,
  unknownUnit: null,
  conditional: false,
};

const cache = new Map<string, FormatInfo>();

/** The format's reading, cached per format text (a book uses a handful). */
export function formatInfo(format: string | null | undefined): FormatInfo {
  if (!format || format === "General" || format === "@") return NONE;
  let info = cache.get(format);
  if (!info) {
    info = analyse(format);
    if (cache.size < 1000) cache.set(format, info);
  }
  return info;
}

// "k", "K", "Tsd", "Tsd.", "T", "thousand", "M", "Mio", "Mio." name the scale of trailing commas
const SCALE_WORDS = /^(?:k|tsd\.?|thousands?|tausend|m|mio\.?|mn|millions?)$/i;

/** Splits a format into its sections (";" outside quotes and escapes). */
function sections(format: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const c = format[i] as string;
    if (c === '"') quoted = !quoted;
    if (c === "\\" && !quoted && i + 1 < format.length) {
      cur += c + (format[++i] as string);
      continue;
    }
    if (c === ";" && !quoted) {
      out.push(cur);
      cur = "";
      continue;
    }
    cur += c;
  }
  out.push(cur);
  return out;
}

interface Section {
  scaling: number;
  percent: boolean;
  literal: string;
  condition: boolean;
  digits: boolean;
}

function section(text: string): Section {
  // literal text: "quoted" and \e\s\c\a\p\e\d characters
  let literal = "";
  const plain = text.replace(/"([^"]*)"|\\(.)/g, (_m, q: string | undefined, e: string | undefined) => {
    literal += q ?? e ?? "";
    return " ";
  });
  const condition = /\[[<>=]/.test(plain);
  const bare = plain.replace(/\[[^\]]*\]/g, "").replace(/_.|\*./g, "");
  let last = -1;
  for (let i = 0; i < bare.length; i++) if ("0#?".includes(bare[i] as string)) last = i;
  let scaling = 0;
  for (let i = last + 1; last >= 0 && i < bare.length && bare[i] === ","; i++) scaling++;
  return { scaling, percent: bare.includes("%"), literal: literal.trim(), condition, digits: last >= 0 };
}

function analyse(format: string): FormatInfo {
  const shown = dateShown(format);
  if (shown) return { ...NONE, date: shown };
  const parts = sections(format).map(section);
  const first = parts[0] as Section;
  let unit: string | null = null;
  let unknownUnit: string | null = null;
  let scaleWord = false;
  const percentText = first.literal === "%";
  if (first.literal && !percentText) {
    if (first.scaling > 0 && SCALE_WORDS.test(first.literal)) scaleWord = true;
    else {
      const u = canonicalUnit(first.literal.replace(/^[-–:]\s*/, ""));
      if (u) unit = u;
      else if (/^[\p{L}³²/^0-9. ]{1,12}$/u.test(first.literal) && /\p{L}/u.test(first.literal))
        unknownUnit = looksLikeUnit(first.literal) ? first.literal : null;
    }
  }
  // the number sections (positive, negative, zero) must show values alike: a condition, or a
  // section that scales or names a unit differently, shows some values differently from others
  const numeric = parts.slice(0, 3).filter((p) => p.digits);
  const shows = (p: Section) => p.scaling > 0 || isUnitish(p.literal);
  const conditional =
    (parts.some((p) => p.condition) && parts.some(shows)) ||
    numeric.some(
      (p) => p.scaling !== first.scaling || (p.literal !== first.literal && (shows(p) || shows(first))),
    );
  return {
    date: null,
    percent: first.percent,
    percentText,
    scaling: first.scaling,
    scaleWord,
    unit,
    unknownUnit,
    conditional,
  };
}

function isUnitish(literal: string): boolean {
  return literal !== "" && (canonicalUnit(literal) !== null || SCALE_WORDS.test(literal));
}

// Words a format writes before or after a number that are no unit ("approx. ", "ca.", "Stk" is one)
const NOT_UNITS = /^(?:approx\.?|ca\.?|circa|about|ungef\.?|etwa|total|summe|net|netto|gross|brutto)$/i;

function looksLikeUnit(literal: string): boolean {
  return !NOT_UNITS.test(literal.trim()) && literal.trim().length <= 8;
}

const sectionCache = new Map<string, string[] | null>();

/**
 * Whether the format shows nothing of `value`: the section that applies to it is empty (or holds
 * only a colour). ";;;" hides every value, ";;" every number, "0;;" negatives and zero; text is
 * hidden only by an empty fourth section. Formats with conditions ("[>100]") are not judged here.
 */
export function showsNothing(format: string | null, value: unknown): boolean {
  if (!format || !format.includes(";")) return false;
  let parts = sectionCache.get(format);
  if (parts === undefined) {
    const split = sections(format);
    parts = split.some((p) => /\[[<>=]/.test(p)) ? null : split;
    if (sectionCache.size < 1000) sectionCache.set(format, parts);
  }
  if (!parts) return false;
  let part: string | undefined;
  if (typeof value === "number")
    part = value > 0 ? parts[0] : value < 0 ? (parts[1] ?? parts[0]) : (parts[2] ?? parts[0]);
  else if (typeof value === "string" && value.trim() !== "") part = parts[3];
  return part !== undefined && part.replace(/\[[^\]]*\]/g, "").trim() === "";
}
