// One cell of a mapped column, read as its field's type.
import type { FieldSpec } from "./fields";
import { canonicalUnit, fold } from "./normalise";
import { isErrorValue } from "./out-value";
import type { CellValue } from "./port";
import type { ReadFindingCode } from "./read-findings";
import {
  type DateConvention,
  type NumberConvention,
  numberToDecimal,
  parseDateText,
  parseNumberText,
  serialToIso,
} from "./values";

export interface Conventions {
  number: NumberConvention | null;
  date: DateConvention | null;
}

export type FieldRead =
  | { kind: "blank" }
  | { kind: "ok"; value: string | string[]; unit?: string; ambiguous?: "ambiguous-date" | "ambiguous-number" }
  | { kind: "bad"; code: ReadFindingCode; text: string };

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

export function readField(field: FieldSpec, v: CellValue, conv: Conventions): FieldRead {
  if (v === null || (typeof v === "string" && v.trim() === "")) return BLANK;
  if (isErrorValue(v)) return { kind: "bad", code: "cell-error", text: v.error };
  switch (field.type) {
    case "text":
      if (typeof v === "string") return { kind: "ok", value: v.trim() };
      if (typeof v === "number") return { kind: "ok", value: numberToDecimal(v) };
      return { kind: "ok", value: v ? "yes" : "no" };
    case "number":
      return readNumber(v, conv);
    case "date":
      return readDate(v, conv);
    case "unit": {
      const unit = typeof v === "string" ? canonicalUnit(v) : null;
      return unit ? { kind: "ok", value: unit } : { kind: "bad", code: "invalid-unit", text: String(v) };
    }
    case "list": {
      if (typeof v !== "string")
        return { kind: "ok", value: [typeof v === "number" ? numberToDecimal(v) : String(v)] };
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

function readNumber(v: string | number | boolean, conv: Conventions): FieldRead {
  if (typeof v === "number") return { kind: "ok", value: numberToDecimal(v) };
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

function readDate(v: string | number | boolean, conv: Conventions): FieldRead {
  if (typeof v === "number") {
    const iso = serialToIso(v);
    return iso.ok ? { kind: "ok", value: iso.value } : { kind: "bad", code: "invalid-date", text: String(v) };
  }
  if (typeof v === "boolean") return { kind: "bad", code: "invalid-date", text: String(v) };
  const parsed = parseDateText(v, conv.date);
  if (!parsed.ok) return { kind: "bad", code: "invalid-date", text: v };
  return parsed.ambiguous
    ? { kind: "ok", value: parsed.value, ambiguous: "ambiguous-date" }
    : { kind: "ok", value: parsed.value };
}
