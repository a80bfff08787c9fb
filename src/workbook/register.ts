// The `MB Declarations` register this add-in wrote earlier: declarations already issued keep
// their numbers, and a later check can tell when their source rows changed.
import type { IssuedDeclarationInput } from "../engine/model";
import { cellAddress } from "./a1";
import { readField } from "./cell-values";
import { REGISTER_FIELDS, type FieldSpec } from "./fields";
import type { Grid } from "./grid";
import { headerKey, synonymKey } from "./normalise";

export const REGISTER_SHEET = "MB Declarations";

const INDEX = new Map<string, FieldSpec>();
for (const field of REGISTER_FIELDS) {
  for (const syn of field.synonyms) if (!INDEX.has(synonymKey(syn))) INDEX.set(synonymKey(syn), field);
}

export function readRegister(grid: Grid): IssuedDeclarationInput[] {
  let headerRow = -1;
  let columns = new Map<string, number>();
  for (let r = 0; r < Math.min(30, grid.rowCount); r++) {
    const found = new Map<string, number>();
    (grid.sheet.values[r] ?? []).forEach((v, c) => {
      if (typeof v !== "string") return;
      const k = headerKey(v);
      const field = INDEX.get(k.key) ?? INDEX.get(k.full);
      if (field && !found.has(field.id)) found.set(field.id, c);
    });
    if (found.has("number") && found.size > columns.size) {
      headerRow = r;
      columns = found;
    }
  }
  if (headerRow < 0) return [];
  const issued: IssuedDeclarationInput[] = [];
  const seen = new Set<string>();
  const conv = { number: null, date: null };
  for (let r = headerRow + 1; r < grid.rowCount; r++) {
    const entry: Record<string, string> = {};
    const cells: Record<string, string> = {};
    for (const field of REGISTER_FIELDS) {
      const c = columns.get(field.id);
      if (c === undefined) continue;
      const read = readField(field, grid.value(r, c), conv);
      if (read.kind !== "ok" || Array.isArray(read.value)) continue;
      entry[field.id] = read.value;
      cells[field.id] = cellAddress(r + 1, c);
    }
    // rows without a number continue the declaration above (e.g. a second backing SD)
    const number = entry.number;
    if (!number || seen.has(number)) continue;
    seen.add(number);
    const row = Number(entry.deliveryRow);
    issued.push({
      source: { sheet: grid.sheet.name, row: r + 1, cells },
      number,
      ...(entry.deliverySheet ? { deliverySheet: entry.deliverySheet } : {}),
      ...(Number.isInteger(row) && row > 0 ? { deliveryRow: row } : {}),
      ...(entry.fingerprint ? { fingerprint: entry.fingerprint } : {}),
      ...(entry.quantity ? { quantity: entry.quantity } : {}),
    });
  }
  return issued;
}
