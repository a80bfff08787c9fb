// The records at the engine's boundary (domain.md §2): from each kind's field spec (derived from its
// declaration, record-derived.ts) both the zod schema and a fast precheck are built. zod's messages are finding codes, so an issue
// turns directly into a finding at `source.cells[field]`. zod costs a few µs a row, too much for
// the 200k-row budget (design.md), so rows that are already clean skip it: the precheck accepts
// only what the schema would return unchanged (tests/engine/schemas.test.ts holds it to that).
import { z } from "zod";
import { decimalSign, isDecimalText } from "./quantity";
import { type FieldKind, GHG_SPEC, SPECS, type Spec } from "./record-derived";
import { RECORD_KINDS, type RecordKind } from "./record-fields";

export { GHG_SPEC, SPECS };
export type { FieldKind, Spec };

/** Blank cells, whitespace and non-text garbage become undefined; numbers become their text. */
export function cellText(v: unknown): string | undefined {
  if (typeof v === "string") return v.trim() === "" ? undefined : v.trim();
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : undefined;
  if (typeof v === "boolean") return v ? "yes" : "no";
  return undefined;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number written in v[from, to) in digits only, else -1: read by character codes, no regex. */
function digits(v: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = v.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** An ISO date (yyyy-mm-dd) that exists in the calendar; this runs on every row. */
export function isIsoDate(v: string): boolean {
  if (v.length !== 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return false;
  const y = digits(v, 0, 4);
  const mo = digits(v, 5, 7);
  const d = digits(v, 8, 10);
  if (y < 1900 || y > 2199 || mo < 1 || mo > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (mo === 2 && leap ? 29 : (DAYS[mo - 1] ?? 31));
}

/** A decimal text above zero, read without building a Decimal (this runs on every row). */
const isPositive = (v: string): boolean => decimalSign(v.trim()) === 1;

const str = z.string({ error: "missing-value" });
const dateCheck = (s: z.ZodString) => s.refine(isIsoDate, { error: "invalid-date", abort: true });
/** A day, or a year alone where the rule it feeds may not depend on the day (installation start). */
export const isIsoDateOrYear = (v: string): boolean =>
  isIsoDate(v) || (v.length === 4 && digits(v, 0, 4) >= 1900 && digits(v, 0, 4) <= 2199);
const dateYearCheck = (s: z.ZodString) => s.refine(isIsoDateOrYear, { error: "invalid-date", abort: true });
const numCheck = (s: z.ZodString) => s.refine(isDecimalText, { error: "invalid-number", abort: true });
const qtyCheck = (s: z.ZodString) => numCheck(s).refine(isPositive, { error: "invalid-quantity" });

function fieldSchema(kind: FieldKind): z.ZodType {
  switch (kind) {
    case "text":
      return z.preprocess(cellText, z.string().optional());
    case "text!":
      return z.preprocess(cellText, str);
    case "date":
      return z.preprocess(cellText, dateCheck(z.string()).optional());
    case "date!":
      return z.preprocess(cellText, dateCheck(str));
    case "dateYear":
      return z.preprocess(cellText, dateYearCheck(z.string()).optional());
    case "num":
      return z.preprocess(cellText, numCheck(z.string()).optional());
    case "num!":
      return z.preprocess(cellText, numCheck(str));
    case "qty":
      return z.preprocess(cellText, qtyCheck(z.string()).optional());
    case "qty!":
      return z.preprocess(cellText, qtyCheck(str));
    case "ghg":
      return z.preprocess((v) => (v && typeof v === "object" ? v : undefined), schemaOf(GHG_SPEC).optional());
    case "links":
      return z.preprocess(
        (v) => (Array.isArray(v) ? v : typeof v === "string" ? [v] : undefined),
        z.array(z.preprocess(cellText, z.string().optional())).optional(),
      );
    case "int":
      return z.preprocess(
        (v) => (typeof v === "number" && Number.isInteger(v) ? v : undefined),
        z.number().optional(),
      );
  }
}

export function schemaOf(spec: Spec): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const [field, kind] of Object.entries(spec)) shape[field] = fieldSchema(kind);
  return z.object(shape);
}

/**
 * A text the schema returns unchanged: not blank, nothing trim() would remove at either end.
 * Whitespace that trim() removes starts below "!" or above "~" (U+00A0, U+2028, U+FEFF…).
 */
export function cleanText(v: unknown): v is string {
  if (typeof v !== "string" || v === "") return false;
  const first = v.charCodeAt(0);
  const last = v.charCodeAt(v.length - 1);
  if (first > 32 && first < 127 && last > 32 && last < 127) return true;
  return v.trim() === v;
}

const isNumText = (v: unknown): boolean => cleanText(v) && decimalSign(v) !== null;

/** Each kind's precheck: true when zod would return the value unchanged. */
const CLEAN: Record<FieldKind, (v: unknown) => boolean> = {
  text: cleanText,
  "text!": cleanText,
  date: (v) => cleanText(v) && isIsoDate(v),
  "date!": (v) => cleanText(v) && isIsoDate(v),
  dateYear: (v) => cleanText(v) && isIsoDateOrYear(v),
  num: isNumText,
  "num!": isNumText,
  qty: (v) => cleanText(v) && decimalSign(v) === 1,
  "qty!": (v) => cleanText(v) && decimalSign(v) === 1,
  ghg: (v) => cleanBy(GHG_CHECK, v),
  links: (v) => Array.isArray(v) && v.every(cleanText),
  int: (v) => typeof v === "number" && Number.isInteger(v),
};

/** One field of a spec as the precheck reads it: its check, and whether a row needs it. */
interface FieldCheck {
  clean: (v: unknown) => boolean;
  required: boolean;
}

/**
 * A spec as the precheck walks it: each field's check and whether it is required, and how many
 * fields are. The precheck walks the row's own keys (a few) rather than every field of the spec
 * (many, most absent): a property read by a key that varies is slow in V8, a walk over an
 * object's own keys is not. `keys`/`at` remember what the last rows' n-th key was and its check:
 * rows of one kind come in one key order, so the map is consulted only where the order changes
 * (on the budget ledger's 210k rows the walk then costs about what field-by-field code written
 * out by hand did, bench/RESULTS.md round 23). A remembered entry is only ever the map's own
 * entry for the same key text, so the verdict never depends on the rows seen before.
 */
interface Check {
  fields: Map<string, FieldCheck>;
  required: number;
  keys: string[];
  at: (FieldCheck | undefined)[];
}

function compile(spec: Spec): Check {
  const fields = new Map(
    Object.entries(spec).map(([f, kind]) => [f, { clean: CLEAN[kind], required: kind.endsWith("!") }]),
  );
  const required = [...fields.values()].filter((k) => k.required).length;
  return { fields, required, keys: [], at: [] };
}

function cleanBy(check: Check, row: unknown): boolean {
  if (!row || typeof row !== "object" || Array.isArray(row)) return false;
  const r = row as Record<string, unknown>;
  const { keys, at } = check;
  let present = 0;
  let i = 0;
  for (const field in r) {
    let k: FieldCheck | undefined;
    if (keys[i] === field) k = at[i];
    else {
      k = check.fields.get(field);
      keys[i] = field;
      at[i] = k;
    }
    i++;
    if (k === undefined) continue;
    const v = r[field];
    if (v === undefined) continue;
    if (!k.clean(v)) return false;
    if (k.required) present++;
  }
  return present === check.required;
}

/** True when the schema of `spec` would accept the row and return the same values. */
export function isClean(spec: Spec, row: unknown): boolean {
  return cleanBy(compile(spec), row);
}

export type { RecordKind };

const GHG_CHECK = compile(GHG_SPEC);
const CHECKS = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, compile(SPECS[kind])])) as Record<
  RecordKind,
  Check
>;

/** True when the row of `kind` is already what its schema would return: it skips zod (validate.ts). */
export function isCleanRow(kind: RecordKind, row: unknown): boolean {
  return cleanBy(CHECKS[kind], row);
}

/** isCleanRow for every row of one kind, its check found once (validate.ts rowValidator). */
export function cleanRowOf(kind: RecordKind): (row: unknown) => boolean {
  const check = CHECKS[kind];
  return (row) => cleanBy(check, row);
}

export const SCHEMAS: Record<RecordKind, z.ZodObject> = Object.fromEntries(
  Object.entries(SPECS).map(([k, spec]) => [k, schemaOf(spec)]),
) as Record<RecordKind, z.ZodObject>;
