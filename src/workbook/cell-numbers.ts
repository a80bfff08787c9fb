// A number cell read as stored, or refused: in the decimal convention of its column, with a unit
// as its number format shows it; a share as a fraction of 1. A value that reads two ways
// ("24,125", or 24500 shown by "#,##0," as 25: stored or in thousands) is refused with both
// readings, never guessed.
import Decimal from "decimal.js";
import { normaliseYesNo } from "../engine/normalise";
import { type GhgUnit, parseGhgUnit } from "../engine/ghg-units";
import { unitRefusal } from "../engine/units";
import type { FieldSpec } from "./fields";
import { formatInfo } from "./number-format";
import { canonicalUnit } from "./normalise";
import { excelNumber, outOfRange, parseDateText, parseNumberText, serialToIso, shiftPoint } from "./values";
import { type Conventions, type ColumnInfo, type FieldRead, whyAmbiguous } from "./cell-read";
import { showDate } from "./cell-dates";
import { withoutMarks } from "./script-text";
import { sdCoverage } from "./sd-coverage";
import { type RatioHeading, readFactorNotation } from "./factor-ratio";

// "12,5t", "1.234,5 t", "60000 kg", "m³ i.N.": a number with a unit typed after it
const NUMBER_THEN_UNIT = /^(.*?[\d)])\s*([^\d\s.,'’+-].*)$/u;

/**
 * A number field: its number, with a "%" where the value is a percentage. A percentage is taken
 * only where the field says how (`percent`: a factor's "41 %" is 0.41, a tolerance keeps "0.5 %");
 * elsewhere a percentage in a quantity, density or GHG value is refused: it is no amount.
 */
export function readNumberField(
  field: FieldSpec,
  v: string | number | boolean,
  conv: Conventions,
  format: string | null,
  headerUnit: string | null,
  ratio?: RatioHeading,
): FieldRead {
  // (brk24 §4) a factor written as a ratio ("1:0,42") or per mille ("420 ‰", "Ausbeute (‰)")
  const notation =
    field.percent === "fraction"
      ? readFactorNotation(v, ratio, headerUnit === "‰", (x) => readNumber(x, conv, format))
      : null;
  if (notation) return notation;
  const read = readNumber(v, conv, format);
  if (read.kind !== "ok")
    return field.id.startsWith("ghg.") ? (ghgWithUnit(v, conv, headerUnit) ?? read) : read;
  const percent = read.unit === "%" || (headerUnit === "%" && read.unit === undefined);
  if (!percent) return read;
  if (field.percent === "fraction")
    return read.unit !== "%" && ofOneOrLess(read.value as string)
      ? percentOrFraction(textOf(v, format), read.value as string)
      : { kind: "ok", value: shiftPoint(read.value as string, -2) };
  if (field.percent === "keep") return { ...read, unit: "%" };
  if (read.unit !== "%") return read;
  // a GHG value as a percentage is a saving ("85 %"), not the emissions the column holds; a density
  // or heating value as one is no share of the quantity either (the Sustainable column takes those)
  const reason = field.id.startsWith("ghg.")
    ? "ghg-saving"
    : MEASURES.test(field.id)
      ? "percent-measure"
      : "percent";
  return { kind: "bad", code: "invalid-number", text: textOf(v, format), reason };
}

/** Whether a number read as stored ("0.85", "1") is above zero and at most one. */
const ofOneOrLess = (value: string): boolean => Number(value) > 0 && Number(value) <= 1;

/**
 * A plain number of 1 or less in a column headed "(%)" ("Ausbeute (%)" holding 0.85) whose cell is
 * neither typed with "%" nor formatted as a percentage: 0.85 % as the heading says, or a fraction
 * of one (85 %) as factors are usually typed, 100 times apart; both readings are named and neither
 * is taken (ambiguous-number, reason `percent-fraction`; new-user test #6, p-mult's item 2).
 */
function percentOrFraction(text: string, value: string): FieldRead {
  return {
    kind: "bad",
    code: "ambiguous-number",
    text,
    reason: "percent-fraction",
    detail: `${value} % (as the heading says) or ${shiftPoint(value, 2)} % (a fraction of one)`,
  };
}

/** Fields that hold a property of the material (a density, a heating value), not an amount of it. */
const MEASURES = /density|heatingvalue/i;

/**
 * A GHG value typed with its unit ("24.3 g CO2eq/MJ"): read exactly where the unit is the column's
 * own (its heading's, compared as GHG units: "gCO2e/MJ" is "g CO2eq/MJ"), the heading's unit then
 * standing for both; a GHG unit other than the heading's is left to the unit-conflict check
 * (table-columns.ts), which refuses it naming both; one in a column whose heading states none is
 * refused (`ghg-unit-in-cell`): the row's GHG unit is its GHG unit column's or the default, and a
 * unit in one cell is not read as the row's. Null where the text is no number with a GHG unit.
 */
function ghgWithUnit(
  v: string | number | boolean,
  conv: Conventions,
  headerUnit: string | null,
): FieldRead | null {
  if (typeof v !== "string") return null;
  const m = NUMBER_THEN_UNIT.exec(v.trim());
  const typed = m ? parseGhgUnit(m[2]) : null;
  if (!m || !typed) return null;
  const parsed = parseNumberText(m[1] as string, conv.number);
  if (!parsed.ok || parsed.percent) return null;
  const column = headerUnit ? parseGhgUnit(headerUnit) : null;
  if (!column) return { kind: "bad", code: "invalid-number", text: v, reason: "ghg-unit-in-cell" };
  return {
    kind: "ok",
    value: parsed.value,
    unit: sameGhgUnit(typed, column) ? (headerUnit as string) : typed.unit,
  };
}

/**
 * Whether two GHG units are one: per the same energy with the same factors, or per the same mass
 * by meaning ("kg CO2e/t" and "kg CO2eq/t" and "g CO2eq/kg" are one; per dry tonne is never per
 * tonne as delivered), as ghgUnitKey compares them everywhere else.
 */
function sameGhgUnit(a: GhgUnit, b: GhgUnit): boolean {
  if (a.per === "energy" && b.per === "energy")
    return a.numerator === b.numerator && a.denominator === b.denominator;
  return a.per === "mass" && b.per === "mass" && a.perGram === b.perGram && a.dry === b.dry;
}

function textOf(v: string | number | boolean, format: string | null): string {
  if (typeof v !== "number") return String(v);
  return formatInfo(format).percent ? `${shiftPoint(excelNumber(v), 2)} %` : excelNumber(v);
}

/**
 * A number as stored. A number cell: to Excel's 15 digits, with the unit its format writes
 * ("#,##0 \"kg\""), ×100 with "%" for a percent format; refused where its format shows a date or a
 * time, shows some values scaled and others not, or shows the value divided by thousands without
 * saying so ("#,##0,": 24500 shows as 25; stored in kg or meant in thousands, nothing tells which).
 * A format that names its thousands ("#,##0.0,\"k\"": 24.5k) reads as stored. Text: in the cell's convention, with a unit typed after it ("12,5 t", "12,5t"); refused with
 * both readings where only the convention could tell.
 */
function readNumber(v: string | number | boolean, conv: Conventions, format: string | null): FieldRead {
  if (typeof v === "number") return readNumberCell(v, conv, format);
  if (typeof v === "boolean") return { kind: "bad", code: "invalid-number", text: String(v) };
  let parsed = parseNumberText(v, conv.number);
  let unit: string | undefined;
  if (!parsed.ok && !parsed.ambiguous && !parsed.reason) {
    const m = NUMBER_THEN_UNIT.exec(v.trim());
    if (m) {
      const word = m[2] as string;
      const u = canonicalUnit(word);
      if (u) {
        parsed = parseNumberText(m[1] as string, conv.number);
        unit = u;
      } else {
        const refused = unitRefusal(word);
        if (refused && parseNumberText(m[1] as string, conv.number).ok)
          return { kind: "bad", code: "invalid-unit", text: v, reason: "refused-unit", detail: refused };
      }
    }
  }
  if (parsed.ok)
    return {
      kind: "ok",
      value: parsed.value,
      ...(parsed.percent ? { unit: "%" } : unit ? { unit } : {}),
    };
  if (parsed.ambiguous) {
    const sep = v.includes(",") ? "," : ".";
    const decimal = sep === "," ? parsed.ambiguous.comma : parsed.ambiguous.point;
    const thousands = sep === "," ? parsed.ambiguous.point : parsed.ambiguous.comma;
    return {
      kind: "bad",
      code: "ambiguous-number",
      text: v,
      ...whyAmbiguous(conv, "number"),
      detail: `${decimal} (if "${sep}" is the decimal separator) or ${thousands} (if it separates thousands)`,
    };
  }
  if (parsed.reason) return { kind: "bad", code: "invalid-number", text: v, reason: parsed.reason };
  if (footnoted(v, conv)) return { kind: "bad", code: "invalid-number", text: v, reason: "footnote" };
  const date = parseDateText(v, null);
  if (date.ok || date.ambiguous)
    return { kind: "bad", code: "invalid-number", text: v, reason: "date-shown", detail: v.trim() };
  return { kind: "bad", code: "invalid-number", text: v };
}

/**
 * Whether a text that is no number would be one without its raised or lowered characters or a
 * footnote mark ("380¹", "1.250²", "380*", "12 t¹"): a footnote (or a power) written into the
 * number. Neither reading is taken: "3801" is how Excel's plain text reads it, 380 what it shows.
 */
function footnoted(v: string, conv: Conventions): boolean {
  const plain = withoutMarks(v);
  if (plain === null || plain.trim() === "") return false;
  const read = readNumber(plain, conv, null);
  return read.kind === "ok" || (read.kind === "bad" && read.code === "ambiguous-number");
}

function readNumberCell(v: number, conv: Conventions, format: string | null): FieldRead {
  const info = formatInfo(format);
  const text = excelNumber(v);
  if (info.date) {
    const shown = info.date === "time" ? null : serialToIso(v, conv.dateSystem);
    return {
      kind: "bad",
      code: "invalid-number",
      text,
      reason: info.date === "time" ? "time-shown" : "date-shown",
      ...(shown?.ok && info.date !== "time" ? { detail: showDate(shown.value, info.date) } : {}),
    };
  }
  if (info.conditional)
    return { kind: "bad", code: "invalid-number", text, reason: "conditional-format", detail: format ?? "" };
  const range = outOfRange(text);
  if (range) return { kind: "bad", code: "invalid-number", text, reason: range };
  if (info.unknownUnit)
    return { kind: "bad", code: "invalid-unit", text, reason: "format-unit", detail: info.unknownUnit };
  if (info.percent) return { kind: "ok", value: shiftPoint(text, 2), unit: "%" };
  if (info.percentText) return { kind: "ok", value: text, unit: "%" };
  if (info.scaling > 0 && !info.scaleWord) return scaledRefusal(text, info.scaling, format ?? "");
  return { kind: "ok", value: text, ...(info.unit ? { unit: info.unit } : {}) };
}

/**
 * A number cell whose format shows it divided by 1000^scaling without naming the thousands
 * ("#,##0,", "0.0,,"): the stored value is what Excel sums and exports, the shown one what the
 * keeper sees under the heading's unit; they differ by a factor of 1000 or more and nothing in the
 * cell tells which unit the stored value is in, so both readings are named and neither is taken.
 */
function scaledRefusal(text: string, scaling: number, format: string): FieldRead {
  const shown = shiftPoint(text, -3 * scaling);
  const scale = ["thousands", "millions", "billions"][scaling - 1] ?? `units of 1000^${scaling}`;
  return {
    kind: "bad",
    code: "ambiguous-number",
    text,
    reason: "scaled-format",
    detail: `${text} (as stored) or ${shown} (in ${scale}, as the format "${format}" shows it)`,
  };
}

/**
 * A sustainable part (domain.md §2: yes/no, or a quantity ≤ the delivery's): "yes"/"no"; a
 * quantity with the unit typed after it, written by its format or named by its header (else the
 * row's unit); or a percentage ("%" typed, a percent format, a "%" header). How a plain number
 * reads depends on what the column asks (`column.part`): under "Sustainable quantity" it is a
 * quantity; under "Sustainable share" or "Part durable" with no unit and no % only 0 (none) is
 * read, and 40 beside 50 t (40 t or 40 %?) or 0.4 (0.4 t, 0.4 % or 40 %?) is refused, whatever the
 * value, as the row's quantity cannot tell them apart either (p-held); under "Sustainable" (yes/no) only 0 (no) and 1 (yes) are read, and 0.6 or 60 is
 * refused rather than taken as tonnes. Returned as "yes"/"no", or the number with unit "%" or
 * the typed unit.
 */
export function readShare(
  v: string | number | boolean,
  conv: Conventions,
  format: string | null,
  column: ColumnInfo,
): FieldRead {
  if (typeof v === "boolean") return { kind: "ok", value: v ? "yes" : "no" };
  const part = column.part ?? "flag";
  const text = typeof v === "string" ? v.trim() : excelNumber(v);
  const num = typeof v === "number" ? readNumberCell(v, conv, format) : readNumber(text, conv, null);
  if (num.kind === "ok") {
    const value = num.value as string;
    if (num.unit) return num;
    if (column.headerUnit === "%") {
      // (p-notcert, p-noise) 0.8 or 1 under "Part durable (%)": 0.8 % or 80 %, 1 % or all? Never
      // guessed, whatever the column's other cells hold (80 beside 1: a slip into a fraction or 1 %)
      const n = Number(value);
      if (n > 0 && n <= 1) return { kind: "bad", code: "invalid-value", text, reason: "share-fraction" };
      return { ...num, unit: "%" };
    }
    // (p-noise) "Anteil nachhaltig (0-1)": 0.8 is 80 %, exactly; 80 is no fraction of 1
    if (column.headerUnit === "fraction") {
      if (Number(value) > 1) return { kind: "bad", code: "invalid-value", text, reason: "share-over-one" };
      return { kind: "ok", value: new Decimal(value).times(100).toString(), unit: "%" };
    }
    if (part === "quantity" || (column.headerUnit && column.headerUnit !== "%")) return num;
    const n = Number(value);
    if (n === 0) return { kind: "ok", value: "no" };
    // (p-held) 40 under "Sustainable share" or "Part durable" beside 50 t may be 40 t or 40 %: never guessed
    if (part === "share" || part === "part")
      return { kind: "bad", code: "invalid-value", text, reason: "share-number" };
    if (n === 1) return { kind: "ok", value: "yes" };
    return { kind: "bad", code: "invalid-value", text, reason: "flag-number" };
  }
  if (num.kind === "bad" && (num.code === "ambiguous-number" || num.reason !== undefined)) return num;
  // "mit SD" / "ohne SD" in a column the user mapped as Sustainable (sd-coverage.ts, brk11)
  const yes = normaliseYesNo(text, "sustainable") ?? sdCoverage(text);
  if (yes === true || yes === false) return { kind: "ok", value: yes ? "yes" : "no" };
  return { kind: "bad", code: "invalid-value", text, reason: "vocabulary" };
}
