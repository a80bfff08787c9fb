// Intake of production rows: an input consumed, an output produced, and the sustainable part of the input.
import { batchKey, withBatchInputs } from "../batch-input";
import { cellOf, finding } from "../findings";
import { clean, normaliseScheme } from "../normalise";
import { type Amount, dimensionOf, normaliseUnit } from "../amount";
import { type Dec } from "../quantity";
import { type Books } from "../records";
import { otherSideOnly } from "../unconverted";
import { d, type Intake, t, unreadable } from "./context";
import { INPUT_FIELDS, unconvertedOf } from "./unconverted-of";
import { amountOf, shown, type Whole } from "./part-of";
import { creditUnknown, said, saidGhg } from "./left-out";
import { costsCredit, isGhg } from "./receipts";
import { type Ghg } from "../records";
import { type Source } from "../model";
import { type Row } from "../validate";
import { cellAt } from "../source-cells";

/** Production rows (domain.md §5): a batch's co-product rows that leave its input blank read the input of its first row (#17). */
export function production(io: Intake, list: unknown, books: Books): void {
  io.rows("production", withBatchInputs(list), (row, source, seq) => {
    const unit = io.unit(row.unit, source, "inputQuantity");
    if (!unit) return false;
    const outHints = io.hints(row, source, "", unit);
    const inHints = io.hints(row, source, "input", unit);
    if (!outHints || !inHints) return false;
    const input = io.name(t(row.inputProduct));
    const output = io.name(t(row.outputProduct));
    const inputQty = d(row.inputQuantity) as Dec;
    const outputUnitText = t(row.outputUnit);
    const outputUnit = outputUnitText === "" ? unit : normaliseUnit(outputUnitText);
    if (!outputUnit) {
      io.findings.push(
        finding("invalid-unit", "error", cellOf(source, "outputUnit", "outputQuantity"), {
          value: outputUnitText,
        }),
      );
      return false;
    }
    const inputAmount = io.amount(inputQty, unit, inHints);
    const outputAmount =
      row.outputQuantity === undefined ? null : io.amount(d(row.outputQuantity) as Dec, outputUnit, outHints);
    const own = outputGhg(io, row, source);
    const ghg = own !== null && "refused" in own ? null : own;
    const before = io.findings.length;
    // what cannot be read of the sustainable input gives no credit: never the whole input
    const sustainableInput = unreadable(row).includes("sustainableInputQuantity")
      ? {}
      : sustainableInputOf({
          row,
          quantity: inputQty,
          unit,
          hints: inHints,
          amount: inputAmount,
          source,
          findings: io.findings,
        });
    // refused here or by validation (the reader counts what it refused): the credit converted is unknown
    if (io.refused.includes("sustainableInputQuantity"))
      creditUnknown(io, "production", row, source, [], cellAt(source, "sustainableInputQuantity"));
    else if (io.findings.length > before)
      creditUnknown(io, "production", row, source, io.findings.slice(before));
    if (io.findings.length > io.rowFrom) said(io, "sustainableInputQuantity", "input-unknown");
    books.production.push({
      source,
      seq,
      fields: row,
      date: t(row.date),
      site: clean(t(row.site)),
      scheme: normaliseScheme(t(row.scheme)) ?? null,
      inputProduct: input.name,
      inputKey: input.key,
      outputProduct: output.name,
      outputKey: output.key,
      unit,
      inputAmount,
      inputUnconverted:
        otherSideOnly(inHints, outHints, unit) ?? unconvertedOf(inputAmount, unit, inHints, INPUT_FIELDS),
      outputAmount,
      outputUnconverted: outputAmount ? unconvertedOf(outputAmount, outputUnit, outHints) : null,
      outputUnit,
      outputHints: outHints,
      inputHints: inHints,
      sustainableInput,
      rowFactor: d(row.factor),
      rowFactorUnit: t(row.factorUnit),
      rowInverse: d(row.inverseFactor),
      rowInverseUnit: t(row.inverseFactorUnit),
      ghg,
      ...(own !== null && "refused" in own ? { ghgRefused: own.refused } : {}),
      // one batch only by an exact rule (spaces, case); "B-7" and "B7" are told apart (conversions.ts warns)
      batchKey: batchKey(t(row.batchId)),
    });
  });
}

/**
 * The sustainable part of a production row's input (domain.md §5): blank → the whole input; a
 * quantity in the row's unit or its own ("60000 kg"), or a share of the input ("60 %"). One below
 * zero, above the input, in an unknown unit or not convertible gives no credit (an empty amount)
 * and an error at its cell: never the whole input.
 */
function sustainableInputOf(input: Whole): Amount {
  const { row, unit, amount: inputAmount, source, findings } = input;
  const value = d(row.sustainableInputQuantity);
  if (!value) return inputAmount;
  const at = cellOf(source, "sustainableInputQuantity");
  const partUnit = t(row.sustainableInputQuantityUnit);
  const share = amountOf(value, partUnit, input);
  const dim = dimensionOf(unit);
  const inRowUnit = share && dim ? share[dim] : undefined;
  const whole = dim ? inputAmount[dim] : undefined;
  if (share && inRowUnit && whole && !value.isNegative() && !inRowUnit.greaterThan(whole)) return share;
  const reason = !share ? "unit-unknown" : !inRowUnit ? "unconvertible" : "out-of-range";
  findings.push(
    finding("invalid-quantity", "error", at, {
      field: "sustainableInputQuantity",
      value: shown(row, "sustainableInputQuantity"),
      reason,
      ...(reason === "unconvertible" ? { unit } : {}),
    }),
  );
  return {};
}

/**
 * The GHG values of a production row's output (domain.md §5: given by the operator). Where intake
 * refuses them (a unit not known, a total or components that look typed in kg CO2eq/MJ), or
 * validation or the reader refused a cell the total depends on (costsCredit), the conversion is
 * booked but the output carries none: its GHG is unknown, not none, so the balances the row feeds
 * are incomplete and nothing is declared from them (the reader counts its own cells,
 * workbook/left-out.ts), and each refusal says so (`output-ghg-unknown`); then the cell refused ("F2", "" where
 * none; p-misc: ghg-missing says to correct it there). Null where the row gives no GHG value.
 */
function outputGhg(io: Intake, row: Row, source: Source): Ghg | null | { refused: string } {
  const before = io.findings.length;
  const ghg = io.ghg(row, source);
  const costs = (f: string) => isGhg(f) && costsCredit(row, f);
  const dropped = io.refused.find(costs);
  if (ghg !== "unreadable" && dropped === undefined && !unreadable(row).some(costs)) return ghg;
  if (dropped !== undefined) creditUnknown(io, "production", row, source, [], cellAt(source, dropped));
  else if (ghg === "unreadable") creditUnknown(io, "production", row, source, io.findings.slice(before));
  for (const f of io.refused) if (costs(f)) said(io, f, "output-ghg-unknown");
  saidGhg(io, "output-ghg-unknown", before);
  const field = dropped ?? unreadable(row).find(costs);
  const cell = field ? cellAt(source, field) : io.findings.slice(before).find((f) => f.cell)?.cell;
  return { refused: cell ?? cellAt(source, "ghg.total") ?? "" };
}
