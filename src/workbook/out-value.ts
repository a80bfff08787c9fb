// What every adapter does with an OutValue before storing it in its own host.
import type { CellRef, CellValue, FormulaValue, OutValue, PageText } from "./port";

export interface OutCell {
  value: string | number | boolean | null;
  bold: boolean;
  fill: string | null;
  link: CellRef | null;
  numberFormat: string | null;
  wrap: boolean;
}

const PLAIN: Omit<OutCell, "value"> = {
  bold: false,
  fill: null,
  link: null,
  numberFormat: null,
  wrap: false,
};

export function splitOutValue(v: OutValue): OutCell {
  if (v === null || typeof v !== "object") return { value: v, ...PLAIN };
  return {
    value: v.value,
    bold: v.bold === true,
    fill: v.fill ? normaliseColour(v.fill) : null,
    link: v.link ?? null,
    numberFormat: v.numberFormat ?? null,
    wrap: v.wrap === true,
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
export function isFormulaValue(v: CellValue | undefined): v is FormulaValue {
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
  /** the cell's text wraps (hosts that cannot tell leave it out) */
  wrap?: boolean;
}

const TOKENS: [RegExp, string][] = [
  [/\{page\}/g, "&P"],
  [/\{pages\}/g, "&N"],
  [/\{sheet\}/g, "&A"],
];

/**
 * One part of a page header or footer in Excel's codes (ECMA-376 §18.3.1.39, the same codes
 * Office.js takes): "&" is doubled so a company called "A & B" prints as typed, then the port's
 * tokens become &P (page), &N (pages) and &A (sheet name).
 */
export function excelPageCodes(text: string): string {
  let out = text.replace(/&/g, "&&");
  for (const [token, code] of TOKENS) out = out.replace(token, code);
  return out;
}

/** A whole header or footer as a file stores it: "&L…&C…&R…". */
export function excelHeaderFooter(text: PageText | undefined): string | undefined {
  if (!text) return undefined;
  const parts: [string, string | undefined][] = [
    ["&L", text.left],
    ["&C", text.center],
    ["&R", text.right],
  ];
  const coded = parts.filter(([, v]) => v).map(([section, v]) => section + excelPageCodes(v as string));
  return coded.length > 0 ? coded.join("") : undefined;
}

/** The inverse of excelHeaderFooter for the codes it writes (for reading a layout back). */
export function parseHeaderFooter(coded: string | undefined): PageText | undefined {
  if (!coded) return undefined;
  const parts: Record<"L" | "C" | "R", string> = { L: "", C: "", R: "" };
  let section: "L" | "C" | "R" = "C";
  for (let i = 0; i < coded.length; i++) {
    const c = coded[i];
    if (c !== "&") {
      parts[section] += c;
      continue;
    }
    const code = coded[++i] ?? "";
    if (code === "L" || code === "C" || code === "R") section = code;
    else if (code === "&") parts[section] += "&";
    else if (code === "P") parts[section] += "{page}";
    else if (code === "N") parts[section] += "{pages}";
    else if (code === "A") parts[section] += "{sheet}";
  }
  const text: PageText = {};
  if (parts.L) text.left = parts.L;
  if (parts.C) text.center = parts.C;
  if (parts.R) text.right = parts.R;
  return text;
}
