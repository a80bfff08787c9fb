// What changed since a declaration was issued (domain.md §8, declaration-stale): the delivery row's
// fields, and what the books now give the same quantity (characteristics, incoming SDs, GHG values,
// parties), named the way the user knows them.
import { fieldName } from "../catalogue/wording-engine";
import type { Declaration } from "../result";
import type { Group } from "./bind";

/** Fields of the row that are not the delivery's content, or that the add-in writes itself. */
const NOT_CONTENT = new Set(["sdNumber", "source"]);

const LINE_PARTS: [string, (d: Declaration) => unknown][] = [
  ["product", (d) => d.product],
  ["characteristics (raw material, origin, claim, waste status, Annex IX)", (d) => d.characteristics],
  ["incoming SDs", (d) => d.inputs.map((i) => [i.sd, i.quantity])],
  ["GHG values", (d) => d.ghg],
  ["installation start date", (d) => d.installationStartDate],
  ["energy content", (d) => d.energyContent],
  ["own company details (name, address, certificate)", (d) => d.supplier],
  ["dispatch address", (d) => d.dispatchAddress],
];

/** The delivery row's fields that differ from those it had when the group was issued. */
export function changedRowFields(g: Group, now: Record<string, unknown>): string[] {
  const then = g.members[0]?.fields;
  if (!then) return [];
  const names: string[] = [];
  for (const key of new Set([...Object.keys(then), ...Object.keys(now)])) {
    if (NOT_CONTENT.has(key)) continue;
    if (!same(then[key], now[key])) names.push(key === "ghg" ? "GHG values" : fieldName(key));
  }
  return names;
}

/**
 * What the books now give the issued quantity, against what was issued: the parts of the lines
 * that differ, and whether the rows behind them changed at all (the fingerprints).
 */
export function changedLines(g: Group, now: Declaration[]): string[] {
  const then = g.members.map((m) => m.declaration);
  // an older register shows only the incoming SDs and the worst GHG total of what it issued
  const parts: typeof LINE_PARTS = g.legacy
    ? [
        ["incoming SDs", (d) => d.inputs.map((i) => [i.sd, i.quantity])],
        ["GHG values", (d) => worstTotal(d)],
      ]
    : LINE_PARTS;
  const names: string[] = [];
  if (then.length !== now.length) names.push("characteristic sets drawn on");
  for (const [name, part] of parts) {
    if (then.length !== now.length && name !== "incoming SDs") continue;
    if (!same(then.map(part), now.map(part))) names.push(name);
  }
  return names;
}

/** Deep equality of plain data, a blank (undefined) field the same as a missing one. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const list = b as unknown[];
    return a.length === list.length && a.every((x, i) => same(x, list[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const k in x) if (x[k] !== undefined && !same(x[k], y[k])) return false;
  for (const k in y) if (y[k] !== undefined && x[k] === undefined) return false;
  return true;
}

function worstTotal(d: Declaration): string {
  let best: number | null = null;
  let text = "";
  for (const v of d.ghg) {
    const n = Number(v.total);
    if (best === null || n > best) {
      best = n;
      text = v.total;
    }
  }
  return text;
}

/** True when the fingerprints of the rows behind the lines differ. */
export function rowsChanged(g: Group, now: Declaration[]): boolean {
  const then = g.members.map((m) => m.declaration.fingerprint);
  if (then.some((f) => f === "")) return false;
  return then.length !== now.length || then.some((f, i) => f !== now[i]?.fingerprint);
}
