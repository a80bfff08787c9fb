// One cell of a mapped column, read as its field's type.
import { normaliseScheme, normaliseYesNo, readClaim } from "../engine/normalise";
import { isDateFormat, type DateSystem } from "./dates";
import { readCountries } from "./countries";
import type { FieldSpec } from "./fields";
import { canonicalUnit, fold } from "./normalise";
import { isErrorValue, isFormulaValue } from "./out-value";
import type { CellValue } from "./port";
import type { ReadFindingCode } from "./read-findings";
import {
  type DateConvention,
  excelNumber,
  type NumberConvention,
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

/** Why a value could not be read, beyond its code, for the finding's wording. */
export type BadReason = "year-only" | "month-only" | "formula" | "not-compliant" | "vocabulary" | "scaled";

export type FieldRead =
  | { kind: "blank" }
  | { kind: "ok"; value: string | string[]; unit?: string; ambiguous?: "ambiguous-date" | "ambiguous-number" }
  | { kind: "bad"; code: ReadFindingCode; text: string; reason?: BadReason };

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
const TRAILING_WORD = /^(.*\S)\s+([^\s\d]\S*)$/;

export function readField(
  field: FieldSpec,
  v: CellValue,
  conv: Conventions,
  format: string | null = null,
  headerUnit: string | null = null,
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
      return readNumber(v, conv, format);
    case "date":
      return readDate(v, conv, format, false);
    case "dateOrYear":
      return readDate(v, conv, format, true);
    case "yesno":
      return vocabulary(v, (t) => {
        const yes = normaliseYesNo(t);
        return yes === true ? "yes" : yes === false ? "no" : null;
      });
    case "claim":
      return readClaimCell(v);
    case "scheme":
      return vocabulary(v, (t) => normaliseScheme(t) ?? null);
    case "country":
      return vocabulary(v, readCountries);
    case "share":
      return readShare(v, conv, format, headerUnit);
    case "unit": {
      const unit = typeof v === "string" ? canonicalUnit(v) : null;
      return unit ? { kind: "ok", value: unit } : { kind: "bad", code: "invalid-unit", text: String(v) };
    }
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

const PERCENT_FORMAT = /%/;

/**
 * A sustainable part: yes/no (vocabulary), a quantity (with a unit typed after it, else the row's
 * unit), or a percentage: "60 %", a number in a percent-formatted cell, or a number under a
 * header with "%". Returned as "yes"/"no", or the number with unit "%" or the typed unit.
 */
function readShare(
  v: string | number | boolean,
  conv: Conventions,
  format: string | null,
  headerUnit: string | null,
): FieldRead {
  if (typeof v === "boolean") return { kind: "ok", value: v ? "yes" : "no" };
  const percentHeader = headerUnit === "%";
  if (typeof v === "number") {
    if (format && PERCENT_FORMAT.test(stripLiterals(format)))
      return { kind: "ok", value: shiftPoint(excelNumber(v), 2), unit: "%" };
    return percentHeader
      ? { kind: "ok", value: excelNumber(v), unit: "%" }
      : { kind: "ok", value: excelNumber(v) };
  }
  const text = v.trim();
  const yes = normaliseYesNo(text);
  if (yes !== null && yes !== undefined && !/^[01]$/.test(text))
    return { kind: "ok", value: yes ? "yes" : "no" };
  if (text.endsWith("%")) {
    const n = parseNumberText(text.slice(0, -1), conv.number);
    if (n.ok) return { kind: "ok", value: n.value, unit: "%" };
  }
  const read = readNumber(text, conv, null);
  if (read.kind === "ok") return percentHeader && !read.unit ? { ...read, unit: "%" } : read;
  return { kind: "bad", code: "invalid-value", text, reason: "vocabulary" };
}

/** A number format without its quoted text, escapes and bracketed parts ("[Red]", "[$-407]"). */
function stripLiterals(format: string): string {
  return format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
}

/**
 * Commas right after a format's last digit placeholder each divide what is shown by 1000
 * ("#,##0," shows 25000 as 25): the number of such commas in the first section, 0 when none.
 */
const scaling = new Map<string, number>();

export function scalingCommas(format: string | null | undefined): number {
  if (!format || format === "General") return 0;
  let n = scaling.get(format);
  if (n === undefined) {
    n = countScalingCommas(format);
    if (scaling.size < 1000) scaling.set(format, n);
  }
  return n;
}

function countScalingCommas(format: string): number {
  const section = stripLiterals(format).split(";")[0] ?? "";
  let last = -1;
  for (let i = 0; i < section.length; i++) if ("0#?".includes(section[i] as string)) last = i;
  if (last < 0) return 0;
  let n = 0;
  for (let i = last + 1; i < section.length && section[i] === ","; i++) n++;
  return n;
}

function readNumber(
  v: string | number | boolean,
  conv: Conventions,
  format: string | null | undefined,
): FieldRead {
  if (typeof v === "number") {
    // a format that shows thousands ("#,##0,") is honoured: the value read is the value shown
    const commas = scalingCommas(format);
    return { kind: "ok", value: commas ? shiftPoint(excelNumber(v), -3 * commas) : excelNumber(v) };
  }
  if (typeof v === "boolean") return { kind: "bad", code: "invalid-number", text: String(v) };
  let parsed = parseNumberText(v, conv.number);
  let unit: string | undefined;
  if (!parsed.ok) {
    // "1.234,5 t": a unit typed after the number
    const m = TRAILING_WORD.exec(v.trim());
    const u = m ? canonicalUnit(m[2] as string) : null;
    if (m && u) {
      parsed = parseNumberText(m[1] as string, conv.number);
      unit = u;
    }
  }
  if (!parsed.ok) return { kind: "bad", code: "invalid-number", text: v };
  return {
    kind: "ok",
    value: parsed.value,
    ...(unit ? { unit } : {}),
    ...(parsed.ambiguous ? { ambiguous: "ambiguous-number" as const } : {}),
  };
}

function readDate(
  v: string | number | boolean,
  conv: Conventions,
  format: string | null | undefined,
  yearAllowed: boolean,
): FieldRead {
  if (typeof v === "number") {
    // a whole number from 1900 to 2199 in a cell not formatted as a date is a year, not a serial
    if (Number.isInteger(v) && v >= 1900 && v <= 2199 && !isDateFormat(format)) {
      return yearAllowed
        ? { kind: "ok", value: String(v) }
        : { kind: "bad", code: "invalid-date", text: String(v), reason: "year-only" };
    }
    // 20250305: a date written as digits (SAP and other exports)
    if (Number.isInteger(v) && v >= 19000101 && v <= 21991231 && !isDateFormat(format))
      return readDate(String(v), conv, null, false);
    const iso = serialToIso(v, conv.dateSystem);
    return iso.ok ? { kind: "ok", value: iso.value } : { kind: "bad", code: "invalid-date", text: String(v) };
  }
  if (typeof v === "boolean") return { kind: "bad", code: "invalid-date", text: String(v) };
  const parsed = parseDateText(v, conv.date);
  if (!parsed.ok) {
    if (parsed.partial === "year" && yearAllowed) return { kind: "ok", value: v.trim() };
    const reason =
      parsed.partial === "year" ? "year-only" : parsed.partial === "month" ? "month-only" : undefined;
    return reason
      ? { kind: "bad", code: "invalid-date", text: v, reason }
      : { kind: "bad", code: "invalid-date", text: v };
  }
  return parsed.ambiguous
    ? { kind: "ok", value: parsed.value, ambiguous: "ambiguous-date" }
    : { kind: "ok", value: parsed.value };
}
