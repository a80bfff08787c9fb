// One column's sustainable part of a row (a delivery's, a receipt's stated part, a production
// row's sustainable input): read as yes/no, a quantity in the row's unit or its own, or a share in
// %, against the row's quantity (domain.md §2, §7); shared by the intakes that read one.
import { cellOf, finding } from "../findings";
import { type Source } from "../model";
import { normaliseYesNo } from "../normalise";
import { type Amount, type ConversionHints, dimensionOf, normaliseUnit, toAmount } from "../amount";
import { type Dec, parseDecimal } from "../quantity";
import { type Finding } from "../result";
import { displayUnit } from "../units";
import { type Row } from "../validate";
import { type Intake, type Measure, t } from "./context";

/**
 * The quantity a sustainable part is a part of: the row, its quantity in its unit, what that
 * converts to (with the row's conversion values), where its cells are, and where findings go.
 */
export interface Whole {
  row: Row;
  quantity: Dec;
  unit: string;
  hints: ConversionHints;
  amount: Amount;
  source: Source;
  findings: Finding[];
}

/** A sustainable part that cannot be used: its finding was given. */
export const REFUSED = Symbol("refused");
export type Part = Amount | null | undefined | typeof REFUSED;

/** A part's cell as the user typed it, with its unit ("40 %", "30 t") where one is stated. */
export function shown(row: Row, field: string): string {
  const unit = t(row[`${field}Unit`]);
  const text = t(row[field]);
  return unit ? `${text} ${unit === "%" ? "%" : displayUnit(unit)}` : text;
}

/** One column's sustainable part: undefined when blank, null for none, REFUSED with its finding. */
export function partOf(io: Intake, row: Row, source: Source, m: Measure, field: string): Part {
  const text = t(row[field]);
  if (text === "") return undefined;
  const findings = io.findings;
  const part = parseDecimal(text);
  if (!part) {
    const yes = normaliseYesNo(text, "sustainable");
    if (yes === false) return null;
    if (yes === true) return m.amount;
    findings.push(
      finding("invalid-value", "error", cellOf(source, field), { field, value: text, declared: false }),
    );
    return REFUSED;
  }
  if (part.isZero()) return null;
  const { unit, amount } = m;
  const partUnit = t(row[`${field}Unit`]);
  const share = amountOf(part, partUnit, {
    row,
    quantity: m.quantity,
    unit,
    hints: m.hints,
    amount,
    source,
    findings,
  });
  if (share === null) {
    findings.push(
      finding("invalid-unit", "error", cellOf(source, `${field}Unit`, field), { value: partUnit, field }),
    );
    return REFUSED;
  }
  const dim = dimensionOf(unit);
  const inRowUnit = dim ? share[dim] : undefined;
  const whole = dim ? amount[dim] : undefined;
  if (part.isNegative() || !inRowUnit || !whole || inRowUnit.greaterThan(whole)) {
    const problem = !inRowUnit
      ? { reason: "unconvertible" as const, unit }
      : { reason: "out-of-range" as const };
    const at = cellOf(source, field);
    findings.push(finding("invalid-quantity", "error", at, { field, value: shown(row, field), ...problem }));
    return REFUSED;
  }
  return share;
}

/** A part typed as `value` in `partUnit` ("%" of `quantity`, a unit, or blank: the row's `unit`); null for an unknown unit. */
export function amountOf(value: Dec, partUnit: string, whole: Whole): Amount | null {
  const { quantity, unit, hints } = whole;
  if (partUnit === "%") return toAmount(quantity.times(value).dividedBy(100), unit, hints);
  const u = partUnit === "" ? unit : normaliseUnit(partUnit);
  return u ? toAmount(value, u, hints) : null;
}
