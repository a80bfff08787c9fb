// One cell of a mapped column, read as its field's type: the exact value, or why it cannot be
// read (the caller owns the finding). A number is read as the person sees it: in the decimal
// convention of its column or sheet, scaled or with a unit as its number format shows it; a value
// the reader cannot tell apart ("24,125", "05/03/2025") is refused with both readings, never guessed.
import { normaliseScheme, normaliseYesNo } from "../engine/normalise";
import { readClaim } from "../engine/claims";
import { parseUnit, unitRefusal } from "../engine/units";
import { dateShown, type DateSystem } from "./dates";
import { readCountries } from "./countries";
import type { FieldSpec } from "./fields";
import { formatInfo } from "./number-format";
import { canonicalUnit, fold } from "./normalise";
import { isErrorValue, isFormulaValue } from "./out-value";
import type { CellValue } from "./port";
import type { BadReason } from "./read-codes";
import type { ReadFindingCode } from "./read-findings";
import {
  type DateConvention,
  excelNumber,
  type NumberConvention,
  outOfRange,
  parseDateText,
  parseNumberText,
  serialToIso,
  shiftPoint,
} from "./values";

export interface Conventions {
  number: NumberConvention | null;
  date: DateConvention | null;
  /** the workbook's date system: serials are read in it (absent: 1900) */
  dateSystem?: DateSystem;
}

/** What a column of a sustainable part holds, by its header: yes/no, a quantity, or a share. */
export type PartKind = "flag" | "quantity" | "share";

/** What the reader knows of a cell's column besides its field. */
export interface ColumnInfo {
  /** the unit its header names (canonical), or "%" for a percentage header */
  headerUnit?: string | null;
  /** a sustainable part's column: whether its header asks yes/no, a quantity or a share */
  part?: PartKind;
}

export type FieldRead =
  | { kind: "blank" }
  | {
      kind: "ok";
      value: string | string[];
      /** the unit typed after the number or shown by its number format, or "%" */
      unit?: string;
      /** the number format showed the value divided by 1000^scaled, and it was read as shown */
      scaled?: number;
    }
  | {
      kind: "bad";
      code: ReadFindingCode;
      text: string;
      reason?: BadReason;
      /** what the finding says besides the text: both readings, the date shown, the unit */
      detail?: string;
    };

const BLANK: FieldRead = { kind: "blank" };

const IN_WORDS = new Set([
  "in",
  "eingang",
  "zugang",
  "receipt",
  "receipts",
  "purchase",
  "einkauf",
  "kauf",
  "zukauf",
  "wareneingang",
  "incoming",
  "inbound",
  "inflow",
  "received",
  "receive",
  "input",
  "+",
]);
const OUT_WORDS = new Set([
  "out",
  "ausgang",
  "abgang",
  "sale",
  "sales",
  "delivery",
  "deliveries",
  "verkauf",
  "lieferung",
  "warenausgang",
  "outgoing",
  "outbound",
  "outflow",
  "sold",
  "delivered",
  "output",
  "-",
]);

/** "Eingang" -> "in", "Sale" -> "out"; null for anything else. */
export function direction(text: string): "in" | "out" | null {
  const t = fold(text)
    .trim()
    .replace(/[^a-z+-]+/g, "");
  if (IN_WORDS.has(t)) return "in";
  if (OUT_WORDS.has(t)) return "out";
  return null;
}

const LIST_SPLIT = /[;,\n|]+/;

// "12,5t", "1.234,5 t", "60000 kg", "m³ i.N.": a number with a unit typed after it
const NUMBER_THEN_UNIT = /^(.*?[\d)])\s*([^\d\s.,'’+-].*)$/u;

/**
 * One cell read as `field`'s type. `format` is the cell's number format; `column` what its
 * header says (its unit, or "%"; for a sustainable part whether it asks yes/no, a quantity or a
 * share). Never throws and never guesses: what cannot be read exactly comes back "bad".
 */
export function readField(
  field: FieldSpec,
  v: CellValue,
  conv: Conventions,
  format: string | null = null,
  column: ColumnInfo = {},
): FieldRead {
  if (v === null || (typeof v === "string" && v.trim() === "")) return BLANK;
  if (isErrorValue(v)) return { kind: "bad", code: "cell-error", text: v.error };
  if (isFormulaValue(v))
    return { kind: "bad", code: "formula-without-value", text: v.formula, reason: "formula" };
  switch (field.type) {
    case "text":
      if (typeof v === "string") return { kind: "ok", value: v.trim() };
      if (typeof v === "number") return { kind: "ok", value: excelNumber(v) };
      return { kind: "ok", value: v ? "yes" : "no" };
    case "number":
      return readNumberField(field, v, conv, format, column.headerUnit ?? null);
    case "date":
      return readDate(v, conv, format, false);
    case "dateOrYear":
      return readDate(v, conv, format, true);
    case "yesno":
      return vocabulary(v, (t) => {
        const yes = normaliseYesNo(t, field.id === "wasteResidue" ? "waste" : undefined);
        return yes === true ? "yes" : yes === false ? "no" : null;
      });
    case "claim":
      return readClaimCell(v);
    case "scheme":
      return vocabulary(v, (t) => normaliseScheme(t) ?? null);
    case "country":
      return vocabulary(v, readCountries);
    case "share":
      return readShare(v, conv, format, column);
    case "unit":
      return readUnit(field, v);
    case "list": {
      if (typeof v !== "string")
        return { kind: "ok", value: [typeof v === "number" ? excelNumber(v) : String(v)] };
      const items = v
        .split(LIST_SPLIT)
        .map((s) => s.trim())
        .filter(Boolean);
      return items.length ? { kind: "ok", value: items } : BLANK;
    }
    case "direction": {
      const d = typeof v === "string" ? direction(v) : null;
      return d ? { kind: "ok", value: d } : { kind: "bad", code: "invalid-value", text: String(v) };
    }
  }
}

/** What a unit column's field expects: the unit of a density, of a heating value, or of a quantity. */
function unitKindOf(field: FieldSpec): "density" | "heating" | "quantity" {
  return /density/i.test(field.id) ? "density" : /heating/i.test(field.id) ? "heating" : "quantity";
}

const KIND_NAMES = { density: "a density", heating: "a heating value", quantity: "a quantity" };

function readUnit(field: FieldSpec, v: string | number | boolean): FieldRead {
  const text = String(v).trim();
  const unit = typeof v === "string" ? parseUnit(v.normalize("NFKC").trim()) : null;
  const want = unitKindOf(field);
  if (unit && (unit.kind === want || field.id === "ghg.unit")) return { kind: "ok", value: unit.unit };
  if (unit)
    // "t/m3" in the quantity's unit column is a density's unit, not the quantity's
    return { kind: "bad", code: "invalid-unit", text, reason: "unit-kind", detail: KIND_NAMES[unit.kind] };
  const refused = typeof v === "string" ? unitRefusal(v) : null;
  return refused
    ? { kind: "bad", code: "invalid-unit", text, reason: "refused-unit", detail: refused }
    : { kind: "bad", code: "invalid-unit", text };
}

/** A closed vocabulary: the canonical value, or invalid-value (never a default, never yes). */
function vocabulary(v: string | number | boolean, read: (text: string) => string | null): FieldRead {
  const text = typeof v === "string" ? v.trim() : typeof v === "number" ? excelNumber(v) : v ? "yes" : "no";
  const value = read(text);
  return value ? { kind: "ok", value } : { kind: "bad", code: "invalid-value", text, reason: "vocabulary" };
}

function readClaimCell(v: string | number | boolean): FieldRead {
  const text = typeof v === "string" ? v.trim() : String(v);
  const claim = readClaim(text);
  if (claim === undefined) return BLANK;
  if (claim === null) return { kind: "bad", code: "invalid-value", text, reason: "vocabulary" };
  // "not compliant" is read, and means the material carries no claim: it gives no credit
  if (claim === "not compliant") return { kind: "bad", code: "invalid-value", text, reason: "not-compliant" };
  return { kind: "ok", value: claim };
}

/**
 * A number field: its number, with a "%" where the value is a percentage. A percentage is taken
 * only where the field says how (`percent`: a factor's "41 %" is 0.41, a tolerance keeps "0.5 %");
 * elsewhere a percentage in a quantity, density or GHG value is refused: it is no amount.
 */
function readNumberField(
  field: FieldSpec,
  v: string | number | boolean,
  conv: Conventions,
  format: string | null,
  headerUnit: string | null,
): FieldRead {
  const read = readNumber(v, conv, format);
  if (read.kind !== "ok") return read;
  const percent = read.unit === "%" || (headerUnit === "%" && read.unit === undefined);
  if (!percent) return read;
  if (field.percent === "fraction")
    return {
      kind: "ok",
      value: shiftPoint(read.value as string, -2),
      ...(read.scaled ? { scaled: read.scaled } : {}),
    };
  if (field.percent === "keep") return { ...read, unit: "%" };
  if (read.unit !== "%") return read;
  return { kind: "bad", code: "invalid-number", text: textOf(v, format), reason: "percent" };
}

function textOf(v: string | number | boolean, format: string | null): string {
  if (typeof v !== "number") return String(v);
  return formatInfo(format).percent ? `${shiftPoint(excelNumber(v), 2)} %` : excelNumber(v);
}

/**
 * A number as the person sees it. A number cell: as stored, to Excel's 15 digits, divided by
 * thousands where its format shows it so ("#,##0,") unless the format names the thousands
 * ("24.5k"), with the unit its format writes ("#,##0 \"kg\""), ×100 with "%" for a percent
 * format; refused where its format shows a date or a time, or shows some values scaled and others
 * not. Text: in the cell's convention, with a unit typed after it ("12,5 t", "12,5t"); refused with
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
      detail: `${decimal} (if "${sep}" is the decimal separator) or ${thousands} (if it separates thousands)`,
    };
  }
  if (parsed.reason) return { kind: "bad", code: "invalid-number", text: v, reason: parsed.reason };
  const date = parseDateText(v, null);
  if (date.ok || date.ambiguous)
    return { kind: "bad", code: "invalid-number", text: v, reason: "date-shown", detail: v.trim() };
  return { kind: "bad", code: "invalid-number", text: v };
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
  const scaled = info.scaling > 0 && !info.scaleWord ? info.scaling : 0;
  return {
    kind: "ok",
    value: scaled ? shiftPoint(text, -3 * scaled) : text,
    ...(info.unit ? { unit: info.unit } : {}),
    ...(scaled ? { scaled } : {}),
  };
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2025-05-24" as the person sees it: "24 May 2025", "May 2025" or "2025". */
export function showDate(iso: string, shown: "day" | "month" | "year" = "day"): string {
  const [y, m, d] = iso.split("-");
  const month = MONTHS[Number(m) - 1] ?? m;
  if (shown === "year") return y ?? iso;
  if (shown === "month") return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

/**
 * A sustainable part (domain.md §2: yes/no, or a quantity ≤ the delivery's): "yes"/"no"; a
 * quantity with the unit typed after it, written by its format or named by its header (else the
 * row's unit); or a percentage ("%" typed, a percent format, a "%" header). How a plain number
 * reads depends on what the column asks (`column.part`): under "Sustainable quantity" it is a
 * quantity; under "Sustainable share" a share (60 is 60 %; 0.6 could be 60 % or 0.6 % and is
 * refused); under "Sustainable" (yes/no) only 0 (no) and 1 (yes) are read, and 0.6 or 60 is
 * refused rather than taken as tonnes. Returned as "yes"/"no", or the number with unit "%" or
 * the typed unit.
 */
function readShare(
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
    if (column.headerUnit === "%") return { ...num, unit: "%" };
    if (part === "quantity" || (column.headerUnit && column.headerUnit !== "%")) return num;
    const n = Number(value);
    if (n === 0) return { kind: "ok", value: "no" };
    if (part === "share") {
      if (n > 1 && n <= 100) return { kind: "ok", value, unit: "%" };
      return { kind: "bad", code: "invalid-value", text, reason: "share-number" };
    }
    if (n === 1) return { kind: "ok", value: "yes" };
    return { kind: "bad", code: "invalid-value", text, reason: "flag-number" };
  }
  if (num.kind === "bad" && (num.code === "ambiguous-number" || num.reason !== undefined)) return num;
  const yes = normaliseYesNo(text, "sustainable");
  if (yes === true || yes === false) return { kind: "ok", value: yes ? "yes" : "no" };
  return { kind: "bad", code: "invalid-value", text, reason: "vocabulary" };
}

function readDate(
  v: string | number | boolean,
  conv: Conventions,
  format: string | null | undefined,
  yearAllowed: boolean,
): FieldRead {
  if (typeof v === "number") {
    const shown = dateShown(format);
    // a whole number from 1900 to 2199 in a cell not formatted as a date is a year, not a serial
    if (Number.isInteger(v) && v >= 1900 && v <= 2199 && !shown) {
      return yearAllowed
        ? { kind: "ok", value: String(v) }
        : { kind: "bad", code: "invalid-date", text: String(v), reason: "year-only" };
    }
    // 20250305: a date written as digits (SAP and other exports)
    if (Number.isInteger(v) && v >= 19000101 && v <= 21991231 && !shown)
      return readDate(String(v), conv, null, false);
    const iso = serialToIso(v, conv.dateSystem);
    if (!iso.ok) {
      return iso.range
        ? { kind: "bad", code: "invalid-date", text: excelNumber(v), reason: "range" }
        : { kind: "bad", code: "invalid-date", text: excelNumber(v) };
    }
    // a date cell that shows only a month or a year ("Mar 2025" as Excel stores it, the 1st): no day
    if (shown === "year" && yearAllowed) return { kind: "ok", value: iso.value.slice(0, 4) };
    if (shown === "month" || shown === "year")
      return {
        kind: "bad",
        code: "invalid-date",
        text: showDate(iso.value, shown),
        reason: shown === "year" ? "year-only" : "month-only",
      };
    if (shown === "time")
      return { kind: "bad", code: "invalid-date", text: excelNumber(v), reason: "time-shown" };
    return bookDate(iso.value, excelNumber(v));
  }
  if (typeof v === "boolean") return { kind: "bad", code: "invalid-date", text: String(v) };
  const parsed = parseDateText(v, conv.date);
  if (!parsed.ok) {
    if (parsed.partial === "year" && yearAllowed) return { kind: "ok", value: v.trim() };
    if (parsed.ambiguous)
      return {
        kind: "bad",
        code: "ambiguous-date",
        text: v,
        detail: `${showDate(parsed.ambiguous.dmy)} (day first) or ${showDate(parsed.ambiguous.mdy)} (month first)`,
      };
    if (parsed.range) return { kind: "bad", code: "invalid-date", text: v, reason: "range" };
    const reason =
      parsed.partial === "year" ? "year-only" : parsed.partial === "month" ? "month-only" : undefined;
    return reason
      ? { kind: "bad", code: "invalid-date", text: v, reason }
      : { kind: "bad", code: "invalid-date", text: v };
  }
  return bookDate(parsed.value, v);
}

/** Books hold days from 1900 to 2199 (the engine's range, domain.md §7): later ones are refused here, at the cell. */
const LAST_BOOK_YEAR = 2199;

function bookDate(iso: string, text: string): FieldRead {
  return Number(iso.slice(0, 4)) > LAST_BOOK_YEAR
    ? { kind: "bad", code: "invalid-date", text, reason: "range" }
    : { kind: "ok", value: iso };
}
