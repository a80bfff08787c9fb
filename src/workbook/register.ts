// The `MB Declarations` register this add-in writes (src/app/sheets/declarations.ts), read back:
// every declaration ever issued keeps its number, and what was issued comes back from its record
// (the last column, continued into the cells after it where a record is longer than a cell holds).
// Registers written before records existed are read from their visible columns.
import type { IssuedDeclarationInput } from "../engine/model";
import { cellAddress } from "./a1";
import { type DateSystem, serialToIso } from "./dates";
import type { Grid } from "./grid";
import type { CellValue } from "./port";

export const REGISTER_SHEET = "MB Declarations";

/** The register's columns, in the order they are written. Names are never changed: they are read back. */
export const REGISTER_HEADER = [
  "SD number",
  "Status",
  "Issue date",
  "Dispatch date",
  "Customer",
  "Product",
  "Quantity",
  "Unit",
  "Scheme",
  "Site",
  "Incoming SDs",
  "GHG values (per batch)",
  "GHG total",
  "GHG saving",
  "Delivery sheet",
  "Delivery row",
  "Delivery",
  "Cancelled on",
  "Cancelled by",
  "Reason",
  "Replaced by",
  "Replaces",
  "Held back by",
  "Fingerprint (SHA-256)",
  "Record (do not edit)",
] as const;

export type RegisterColumn = (typeof REGISTER_HEADER)[number];

/** The record column: what was issued, as JSON, continued into the cells to its right. */
export const RECORD_COLUMN: RegisterColumn = "Record (do not edit)";

/** Excel keeps at most 32,767 characters in a cell; a record is cut into pieces below that. */
export const RECORD_PIECE = 32_000;

/** Register column → the field of IssuedDeclarationInput it gives. */
const FIELDS: Partial<Record<RegisterColumn, keyof IssuedDeclarationInput>> = {
  "SD number": "number",
  Status: "status",
  "Issue date": "issueDate",
  "Dispatch date": "dispatchDate",
  Customer: "customer",
  Product: "product",
  Quantity: "quantity",
  Unit: "unit",
  Scheme: "scheme",
  Site: "site",
  "Incoming SDs": "inputs",
  "GHG total": "ghgTotal",
  "GHG saving": "saving",
  "Delivery sheet": "deliverySheet",
  "Delivery row": "deliveryRow",
  "Cancelled on": "cancelledOn",
  "Cancelled by": "cancelledBy",
  Reason: "reason",
  "Replaced by": "replacedBy",
  "Fingerprint (SHA-256)": "fingerprint",
  [RECORD_COLUMN]: "record",
};

const DATES = new Set<RegisterColumn>(["Issue date", "Dispatch date", "Cancelled on"]);

/** Rows without a number are drafts and held-back declarations: no record, nothing to keep. */
export function readRegister(grid: Grid, dateSystem: DateSystem = 1900): IssuedDeclarationInput[] {
  const values = grid.sheet.values;
  let headerRow = -1;
  let columns = new Map<RegisterColumn, number>();
  for (let r = 0; r < Math.min(30, grid.rowCount) && headerRow < 0; r++) {
    const found = new Map<RegisterColumn, number>();
    (values[r] ?? []).forEach((v, c) => {
      const name =
        typeof v === "string"
          ? REGISTER_HEADER.find((h) => h.toLowerCase() === v.trim().toLowerCase())
          : undefined;
      if (name && !found.has(name)) found.set(name, c);
    });
    if (found.has("SD number")) {
      headerRow = r;
      columns = found;
    }
  }
  if (headerRow < 0) return [];
  const issued: IssuedDeclarationInput[] = [];
  const seen = new Set<string>();
  for (let r = headerRow + 1; r < grid.rowCount; r++) {
    const row = values[r] ?? [];
    const entry: Record<string, string | number> = {};
    const cells: Record<string, string> = {};
    for (const [column, c] of columns) {
      const field = FIELDS[column];
      if (!field) continue;
      const text =
        column === RECORD_COLUMN
          ? pieces(row, c)
          : cellText(row[c], grid.sheet.formats?.[r]?.[c] ?? null, DATES.has(column), dateSystem);
      cells[field] = cellAddress(r + 1, c);
      if (text === "") continue;
      entry[field] = field === "deliveryRow" ? Number(text) : text;
    }
    const number = entry.number;
    if (typeof number !== "string" || seen.has(number) || isNote(entry)) continue;
    seen.add(number);
    const row1: IssuedDeclarationInput = { source: { sheet: grid.sheet.name, row: r + 1, cells } };
    for (const [k, v] of Object.entries(entry)) {
      if (k === "deliveryRow" && !(typeof v === "number" && Number.isInteger(v) && v > 0)) continue;
      (row1 as unknown as Record<string, unknown>)[k] = v;
    }
    issued.push(row1);
  }
  return issued;
}

/**
 * (brk23 §12) A line that is a note typed under or between the register's lines ("Stand
 * 03.04.2025, geprüft M. Test", "geprüft"): nothing but its SD number cell, and that of words, no
 * number (a number has digits). A number issued is one token ("ON-2025-0001") or has one that mixes digits with letters or with
 * "-", "/", "_" ("ON 2025-0001"): such a line stays a declaration, whatever else it lacks.
 */
function isNote(entry: Record<string, string | number>): boolean {
  const text = entry.number;
  if (typeof text !== "string" || Object.keys(entry).length > 1) return false;
  if (!/\d/.test(text)) return true;
  return /\s/.test(text) && !text.split(/[\s,;]+/).some((w) => /\d/.test(w) && /[\p{L}\-/_]/u.test(w));
}

/** The record cell and the cells after it that continue it. */
function pieces(row: readonly CellValue[], from: number): string {
  let text = "";
  for (let c = from; c < row.length; c++) {
    const v = row[c];
    if (typeof v !== "string" || v === "") break;
    text += v;
  }
  return text;
}

/** A register cell as text: dates as YYYY-MM-DD, numbers to the decimals their format shows. */
export function cellText(
  value: CellValue | undefined,
  format: string | null,
  isDate: boolean,
  dateSystem: DateSystem = 1900,
): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    if (isDate || (format && /y/i.test(format))) {
      const iso = serialToIso(value, dateSystem);
      return iso.ok ? iso.value : String(value);
    }
    const decimals =
      format && !format.includes("%") ? (format.split(".")[1]?.match(/0/g)?.length ?? 0) : null;
    return decimals === null ? String(value) : value.toFixed(decimals);
  }
  if (typeof value === "object") return "";
  return String(value).trim();
}
