// Units named twice and differently for one value on a row (the cell's typed one, its heading's,
// its unit column's): refused at their cell, never chosen between. Split from table-columns.ts
// (p-units3), which had reached 300 lines, when the production sheet's plain Unit column beside an
// output quantity with a unit of its own in its heading was settled by the headings where exact.
import { cellAddress } from "./a1";
import { readFinding } from "./read-findings";
import type { ColumnMatch } from "./recognition";
import { type Column, consequenceOf, QUANTITIES } from "./table-columns";
import type { Finding } from "../engine/result";

/** The unit column a value's unit may also stand in, by the value's field. */
function unitColumnOf(fieldId: string, ownOutputUnit = false): string | null {
  // p-units2: a production sheet's output unit column is the output quantity's, the Unit column the input's
  if (fieldId === "outputQuantity" && ownOutputUnit) return "outputUnit";
  if (QUANTITIES.has(fieldId)) return "unit";
  if (fieldId === "density" || fieldId === "heatingValue") return `${fieldId}Unit`;
  if (fieldId === "inputDensity" || fieldId === "inputHeatingValue") return `${fieldId}Unit`;
  return null;
}

/** Two differing units for one value: the cell's typed one, its header's, its unit column's (unitColumnOf). */
export function unitConflict(
  fieldId: string,
  typed: string | undefined,
  match: ColumnMatch,
  values: Record<string, string | string[]>,
  ownOutputUnit = false,
): { a: string; b: string; other: "heading" | "unit-column"; at: "cell" | "unit"; unitField: string } | null {
  const header = match.unit && match.unit !== "%" ? match.unit : undefined;
  const unitField = unitColumnOf(fieldId, ownOutputUnit);
  const column = unitField ? (values[unitField] as string | undefined) : undefined;
  if (typed && header && typed !== header)
    return {
      a: typed,
      b: header,
      other: "heading",
      at: "cell",
      unitField: unitField ?? "",
    };
  if (typed && column && typed !== column)
    return { a: typed, b: column, other: "unit-column", at: "cell", unitField: unitField ?? "" };
  if (header && column && header !== column && unitField)
    return { a: column, b: header, other: "heading", at: "unit", unitField };
  return null;
}

/**
 * Whose unit a production sheet's plain "Unit" column is, where the output quantity's heading
 * states a unit of its own that differs from it and no output unit column is mapped (p-units3):
 * "input" where that is exact (the Unit column stands right of the input quantity, whose heading
 * states no unit: it can only be the input's, as the row's unit is the input's, and the output keeps
 * its heading's unit); else "unclear": a conflict, worded to say which heading to rename.
 */
function unitSide(columns: readonly Column[]): "input" | "unclear" {
  const input = columns.find((c) => c.field.id === "inputQuantity");
  const unit = columns.find((c) => c.field.id === "unit");
  if (input && unit && unit.col === input.col + 1 && !input.match.unit) return "input";
  return "unclear";
}

/**
 * Units named twice and differently on one row — the cell's own, its header's, its unit
 * column's (unitConflict) — each an error at its cell; the value is removed from `row.values`.
 * Pushes the findings to `found`; returns whether a fatal field drops the row and which other
 * fields are now unreadable.
 */
export function refuseUnitConflicts(
  columns: readonly Column[],
  sheet: string,
  row1: number,
  row: {
    values: Record<string, string | string[]>;
    addresses: Record<string, string>;
    typedUnits: Record<string, string>;
  },
  found: (Finding | string)[],
): { dropped: boolean; unreadable: string[] } {
  const { values, addresses, typedUnits } = row;
  let dropped = false;
  const unreadable: string[] = [];
  const ownOutputUnit = columns.some((c) => c.field.id === "outputUnit");
  for (const { field, col, match, policy } of columns) {
    if (values[field.id] === undefined) continue;
    const conflict = unitConflict(field.id, typedUnits[field.id], match, values, ownOutputUnit);
    if (!conflict) continue;
    // p-units3: the output's heading against a plain Unit column on a production sheet
    const plain = field.id === "outputQuantity" && conflict.at === "unit" && conflict.unitField === "unit";
    const side = plain ? unitSide(columns) : null;
    if (side === "input") continue;
    const cell =
      conflict.at === "unit"
        ? (addresses[conflict.unitField] ?? cellAddress(row1, col))
        : cellAddress(row1, col);
    found.push(
      readFinding("unit-conflict", "error", sheet, cell, {
        label: field.label,
        value: conflict.a,
        read: conflict.b,
        ...(conflict.other === "heading" ? { missing: match.header } : {}),
        ...(side === "unclear" ? { reason: "unit-side" as const } : {}),
        other: conflict.other,
        dropped: policy === "fatal",
        ...(policy !== "fatal" ? { consequence: consequenceOf(field.id) } : {}),
      }),
    );
    delete values[field.id];
    if (policy === "fatal") dropped = true;
    else unreadable.push(field.id);
  }
  return { dropped, unreadable };
}
