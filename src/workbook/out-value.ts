// What every adapter does with an OutValue before storing it in its own host.
import type { CellRef, CellValue, OutValue } from "./port";

export interface OutCell {
  value: string | number | boolean | null;
  bold: boolean;
  fill: string | null;
  link: CellRef | null;
  numberFormat: string | null;
}

const PLAIN: Omit<OutCell, "value"> = { bold: false, fill: null, link: null, numberFormat: null };

export function splitOutValue(v: OutValue): OutCell {
  if (v === null || typeof v !== "object") return { value: v, ...PLAIN };
  return {
    value: v.value,
    bold: v.bold === true,
    fill: v.fill ? normaliseColour(v.fill) : null,
    link: v.link ?? null,
    numberFormat: v.numberFormat ?? null,
  };
}

/** "#abc" / "abcdef" / "#AABBCC" -> "#AABBCC"; anything else -> null. */
export function normaliseColour(colour: string): string | null {
  let hex = colour.trim().replace(/^#/, "");
  if (/^[0-9a-fA-F]{3}$/.test(hex)) hex = hex.replace(/./g, (c) => c + c);
  if (/^[0-9a-fA-F]{8}$/.test(hex)) hex = hex.slice(2); // ARGB
  return /^[0-9a-fA-F]{6}$/.test(hex) ? `#${hex.toUpperCase()}` : null;
}

export function isErrorValue(v: CellValue | undefined): v is { error: string } {
  return typeof v === "object" && v !== null && "error" in v;
}

/** A formula cell whose result was never stored (port.ts FormulaValue). */
export function isFormulaValue(v: CellValue | undefined): v is { formula: string } {
  return typeof v === "object" && v !== null && "formula" in v;
}

/** What a written cell looks like, for tests and tools (the contract suite inspects through it). */
export interface InspectedCell {
  value: CellValue;
  fill: string | null;
  note: string | null;
  bold: boolean;
  link: CellRef | null;
  numberFormat: string | null;
}
