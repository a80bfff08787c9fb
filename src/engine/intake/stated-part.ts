// The sustainable part a row states in its two columns (a yes/no or part `sustainable`, a part
// `sustainablePart`), read together: a delivery's (deliveries.ts) and a receipt's (receipt-part.ts)
// alike, so that two columns that disagree are refused on either side (brk12: a receipt's second
// part column was dropped, the first alone credited).
import { cellOf, finding } from "../findings";
import { type Source } from "../model";
import { type Amount, dimensionOf } from "../amount";
import { parseDecimal, toText } from "../quantity";
import { displayUnit } from "../units";
import { type Row } from "../validate";
import { type Intake, type Measure, t } from "./context";
import { normaliseYesNo } from "../normalise";
import { partOf, REFUSED, shown } from "./part-of";

/**
 * The sustainable part a row states: the part of a delivery sold as sustainable, or of a receipt
 * that its SD covers (domain.md §2, §7; a receipt's is credited only if all, receipt-part.ts). Each of the row's columns that
 * states it (`sustainable`, a yes/no column; `sustainablePart`, a quantity or share column beside
 * it) reads as: "yes" → all of it; "no" → none; a quantity in the row's unit or its own → that
 * much; a percentage (unit "%") → that share. Blank in both: all of it (a sheet that has such a
 * column never leaves its cell blank here: the reader writes "no" for a blank yes/no cell and
 * refuses a blank part cell, workbook/blank-part.ts; only a sheet without one leaves it blank).
 * A yes word in the yes/no column beside a part above none ("ja" and 60 t of 100 t) reads the
 * part: the yes says the row has a sustainable part, the part says how much (p-parts). Otherwise
 * both given and not the same amount ("yes" and 0 t, "no" and 60 t, 100 % and 60 t) is an error
 * at the row (sustainable-conflict): nothing is declared, or credited; so is a part outside the vocabulary, below zero, above the quantity, or not
 * convertible to the row's unit: what cannot be read is never taken as yes. Such a part is
 * REFUSED (its finding given), which the caller tells from none (null).
 */
export function statedPart(
  io: Intake,
  row: Row,
  source: Source,
  m: Measure,
  receipt = false,
): Amount | null | typeof REFUSED {
  const { quantity, unit, amount } = m;
  const flag = partOf(io, row, source, m, "sustainable");
  const part = partOf(io, row, source, m, "sustainablePart");
  if (flag === REFUSED || part === REFUSED) return REFUSED;
  if (flag === undefined && part === undefined) return amount;
  if (flag === undefined) return part ?? null;
  if (part === undefined) return flag;
  const dim = dimensionOf(unit);
  const a = flag && dim ? flag[dim] : undefined;
  const b = part && dim ? part[dim] : undefined;
  const same =
    flag === null || part === null ? flag === part || (a ?? b)?.isZero() : !!a && !!b && a.equals(b);
  if (same) return flag;
  // (p-parts) "yes" says there is a sustainable part, the part says how much: read the part
  if (part !== null && saysYes(row)) return part;
  io.findings.push(
    finding(
      "sustainable-conflict",
      "error",
      cellOf(source, "sustainablePart", "sustainable"),
      {
        flag: shown(row, "sustainable"),
        part: shown(row, "sustainablePart"),
        quantity: `${toText(quantity)} ${displayUnit(unit)}`,
        ...(receipt ? { receipt } : {}),
      },
      [cellOf(source, "sustainable")],
    ),
  );
  return REFUSED;
}

/** Whether the row's yes/no column says yes in words ("ja", "yes", "x"), not as a number or share. */
function saysYes(row: Row): boolean {
  const text = t(row.sustainable);
  return (
    t(row.sustainableUnit) === "" &&
    parseDecimal(text) === null &&
    normaliseYesNo(text, "sustainable") === true
  );
}
