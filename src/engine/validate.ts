// Row validation at the boundary: a clean row passes as is, any other goes through zod, whose
// issues become findings at the field's cell. A row missing a required field is dropped; a bad
// optional field is reported and left blank.
import { numberLimit } from "./decimal-text";
import { cellOf, finding } from "./findings";
import type { Source } from "./model";
import type { Finding } from "./result";
import type { ValidRow } from "./record-derived";
import { type RecordKind, SCHEMAS, SPECS, type Spec, cleanRowOf, isCleanRow } from "./schemas";
import { cellsOf, isCellShape } from "./source-cells";

const OWN_CODES = new Set(["missing-value", "invalid-number", "invalid-date", "invalid-quantity"]);
/** The codes schemas.ts puts in a zod issue's message; any other issue is an unreadable number. */
type OwnCode = "missing-value" | "invalid-number" | "invalid-date" | "invalid-quantity";

export type Row = Record<string, unknown>;

function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : typeof v === "number" && Number.isFinite(v) ? String(v) : undefined;
}

/** The record's source, whatever shape it arrived in. */
export function sourceOf(raw: unknown): Source {
  const s = raw && typeof raw === "object" ? (raw as Row).source : undefined;
  if (!s || typeof s !== "object") return { sheet: "", row: 0, cells: {} };
  const src = s as Row;
  if (
    typeof src.sheet === "string" &&
    typeof src.row === "number" &&
    Number.isFinite(src.row) &&
    (src.shape === undefined
      ? cleanCells(src.cells)
      : isCellShape(src.shape) && (src.cells === undefined || cleanCells(src.cells)))
  ) {
    return src as unknown as Source;
  }
  const cells: Record<string, string> = {};
  const given = isCellShape(src.shape) ? cellsOf(src as unknown as Source) : src.cells;
  if (given && typeof given === "object") {
    for (const [k, v] of Object.entries(given as Row)) if (typeof v === "string" && v !== "") cells[k] = v;
  }
  return {
    sheet: str(src.sheet) ?? "",
    row: typeof src.row === "number" && Number.isFinite(src.row) ? src.row : 0,
    cells,
  };
}

function cleanCells(cells: unknown): boolean {
  if (!cells || typeof cells !== "object" || Array.isArray(cells)) return false;
  for (const k in cells) if (typeof (cells as Row)[k] !== "string") return false;
  return true;
}

function fieldCell(source: Source, path: readonly PropertyKey[]) {
  const [head, sub] = path.map(String);
  if (head === "ghg" && sub) {
    const cap = sub.charAt(0).toUpperCase() + sub.slice(1);
    return cellOf(source, `ghg.${sub}`, `ghg${cap}`, sub);
  }
  return cellOf(source, head ?? "");
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): string | null {
  let v: unknown = raw;
  for (const p of path) v = v && typeof v === "object" ? (v as Row)[p as string] : undefined;
  return typeof v === "string" || typeof v === "number" ? String(v) : null;
}

/**
 * The one validation of a record (the engine's boundary; the workbook reads its cells into rows
 * that pass it unchanged): the row as its kind's schema returns it, typed by its declaration
 * (record-fields.ts ValidRow), or null when a required field is missing or unreadable. Every
 * issue becomes a finding at the field's cell; a bad optional field is reported and left out.
 * Never throws on any input; never reads an unclear value as a clear one.
 */
export function validateRow<K extends RecordKind>(
  kind: K,
  raw: unknown,
  source: Source,
  findings: Finding[],
): ValidRow<K> | null {
  if (isCleanRow(kind, raw)) return raw as ValidRow<K>;
  return validRow(kind, raw, source, findings) as ValidRow<K> | null;
}

/**
 * validateRow for every row of one kind: the kind's precheck is found once, not per row (a
 * list of 100,000 receipts is read by one validator).
 */
export function rowValidator<K extends RecordKind>(
  kind: K,
): (raw: unknown, source: Source, findings: Finding[]) => ValidRow<K> | null {
  const clean = cleanRowOf(kind);
  return (raw, source, findings) =>
    clean(raw) ? (raw as ValidRow<K>) : (validRow(kind, raw, source, findings) as ValidRow<K> | null);
}

/** A row the precheck did not pass, through zod: the valid row, or null (findings given). */
function validRow(kind: RecordKind, raw: unknown, source: Source, findings: Finding[]): Row | null {
  const spec: Spec = SPECS[kind];
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return null;
  let attempt = { ...(raw as Row) };
  const dropped: string[] = [];
  for (let pass = 0; pass < 3; pass++) {
    const parsed = SCHEMAS[kind].safeParse(attempt);
    if (parsed.success) return withUnreadable(parsed.data as Row, dropped);
    let fatal = false;
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "");
      const required = (spec[field] ?? "").endsWith("!");
      const code = (OWN_CODES.has(issue.message) ? issue.message : "invalid-number") as OwnCode;
      const severity = code === "missing-value" && !required ? "warning" : "error";
      const fieldName = issue.path.map(String).join(".");
      const value = valueAt(raw, issue.path);
      // a decimal beyond a limit of a book value says which (decimal-text.ts)
      const limit = code === "invalid-number" && value !== null ? numberLimit(value) : null;
      findings.push(
        finding(code, severity, fieldCell(source, issue.path), {
          field: fieldName,
          value,
          dropped: required,
          ...(limit ? { reason: limit } : {}),
        }),
      );
      if (required) fatal = true;
      else {
        attempt = dropPath(attempt, issue.path);
        const [head, sub] = issue.path;
        if (head !== "linkedSds")
          dropped.push(sub === undefined || head !== "ghg" ? String(head) : fieldName);
      }
    }
    if (fatal) return null;
  }
  return null;
}

/**
 * The row with the optional fields validation refused (`dropped`) among its unreadable ones, as
 * the reader marks a cell it could not read: a value left out is never read as its default (a
 * sustainable input dropped is not the whole input, a GHG total dropped not one summed anew).
 */
function withUnreadable(row: Row, dropped: readonly string[]): Row {
  if (dropped.length === 0) return row;
  const before = Array.isArray(row.unreadable) ? (row.unreadable as string[]) : [];
  return { ...row, unreadable: [...before, ...dropped.filter((f) => !before.includes(f))] };
}

function dropPath(row: Row, path: readonly PropertyKey[]): Row {
  const [head, sub] = path;
  if (head === undefined) return row;
  const copy = { ...row };
  const key = head as string;
  const inner = copy[key];
  if (sub !== undefined && inner && typeof inner === "object" && !Array.isArray(inner)) {
    copy[key] = dropPath(inner as Row, path.slice(1));
  } else if (sub !== undefined && Array.isArray(inner)) {
    copy[key] = inner.filter((_, i) => i !== sub);
  } else {
    delete copy[key];
  }
  return copy;
}

/**
 * The optional fields whose refusal by validation is among `findings` from `from` on: left out of
 * the row and among its unreadable ones. Unlike the cells the reader refused, which it counts as
 * missing input itself, intake counts these (intake/left-out.ts creditUnknown).
 */
export function refusedFields(findings: readonly Finding[], from: number): readonly string[] {
  if (findings.length === from) return NONE;
  const fields: string[] = [];
  for (let i = from; i < findings.length; i++) {
    const f = findings[i] as Finding;
    const said = f.details as { dropped?: unknown; field?: unknown } | undefined;
    if (f.severity === "error" && said?.dropped === false && typeof said.field === "string")
      fields.push(said.field);
  }
  return fields;
}

/** The fields the reader could not read (model.ts Base.unreadable). */
export function unreadable(row: Row): readonly string[] {
  return Array.isArray(row.unreadable) ? (row.unreadable as string[]) : NONE;
}
const NONE: readonly string[] = [];
