// Stage 3, conversions (domain.md §5, TV-6): the factor each production row converts credit by, and
// the processes the rows form. The documented factor is the row's own, else the factor table's
// entry for the date and site; the actual yield is the row's output/input. Credit follows the
// documented factor but never more than the actual yield where both are known (RED Art. 30:
// CF = output/input; a documented factor creates no credit for output that was not produced).
// A missing factor is an error; a yield off the documented factor by more than the tolerance is a
// warning. Rows of one site sharing a batch or process id (and date and input) are one process:
// one input withdrawal feeds every output (main product and co-products), each by its own factor.
import { cellOf, finding } from "./findings";
import type { RuleProfile } from "./profile";
import { type Dec, dec, toText } from "./quantity";
import { roundText } from "./quantity-text";
import { dimensionOf } from "./amount";
import { displayUnit } from "./units";
import { type Books, type Factor, type Production, siteKey } from "./records";
import type { Finding } from "./result";
import { refusedRows } from "./conversion-refused";
import { type Process, processesOf } from "./processes";
import {
  documentedOf,
  belowRatio,
  deviationFrom,
  plusRatio,
  ratioAbove,
  ratioRounded,
  ratioText,
} from "./factor-inverse";
import type { Ratio } from "./amount";
import type { FactorDims } from "./factor-units";

export type { Process } from "./processes";
import type { IncompleteInput } from "./model";

/** The factor of each production row (seq), output per input as a ratio: {n} where it is a decimal, {n: 1, d: x} an inverse x kept as typed (factor-inverse.ts); null where none. */
export type FactorBySeq = Map<number, Ratio | null>;

export interface Conversions {
  /** the factor credit converts by, per production row (seq); null where none is known */
  factors: FactorBySeq;
  /** the processes in input order: most are one row */
  processes: Process[];
  /**
   * the rows whose conversion was refused (no factor they may convert by): the credit their input
   * would give their outputs is unknown, not none, so the balances of the input and outputs are
   * incomplete, held by the refusal (domain.md §4, input-incomplete)
   */
  refused: IncompleteInput[];
}

function tableFactor(factors: Factor[], p: Production): Factor | undefined {
  let best: Factor | undefined;
  for (const f of factors) {
    if (f.inputKey !== p.inputKey || f.outputKey !== p.outputKey) continue;
    if (f.siteKey !== "" && f.siteKey !== siteKey(p.site)) continue;
    if ((f.validFrom && p.date < f.validFrom) || (f.validTo && p.date > f.validTo)) continue;
    const better =
      !best ||
      (f.siteKey !== "" && best.siteKey === "") ||
      (f.siteKey === best.siteKey && (f.validFrom ?? "") > (best.validFrom ?? ""));
    if (better) best = f;
  }
  return best;
}

/**
 * The actual yield, output over input in the input's own unit (kg and t alike; an output in
 * volume through the row's density), or in the dimensions the factor's unit states (Nm³ per t):
 * null without an output quantity, "incomparable" when the output cannot be expressed in that
 * unit (volume without a density against mass input).
 */
function ratio(p: Production, dims: FactorDims | null): Dec | null | "incomparable" {
  const out = p.outputAmount;
  if (!out) return null;
  const dim = dims?.in ?? dimensionOf(p.unit);
  const outDim = dims?.out ?? dim;
  const i = dim ? p.inputAmount[dim] : undefined;
  const o = outDim ? out[outDim] : undefined;
  if (!i || i.isZero()) return null;
  return o ? o.dividedBy(i) : "incomparable";
}

/** Input and output both mass: a factor or yield above 1 would create mass (RED Art. 30). */
function massToMass(p: Production, dims?: FactorDims | null): boolean {
  if (dims && (dims.in !== "t" || dims.out !== "t")) return false;
  return dimensionOf(p.unit) === "t" && (p.outputAmount === null || p.outputAmount.t !== undefined);
}

const ONE = dec("1");

/**
 * Stage 3: the factor of every production row (null where none is known, with
 * conversion-factor-missing) and the processes the rows form; conversion-factor-deviates where the
 * yield is off the documented factor, co-product-input-differs where a batch's rows disagree.
 */
export function conversionsStage(
  books: Books,
  profile: RuleProfile,
): { value: Conversions; findings: Finding[] } {
  const findings: Finding[] = [];
  const factors: FactorBySeq = new Map();
  // the dimensions of a factor whose unit gives another unit than its input's (Nm³/t), by row
  const mixed = new Map<number, FactorDims>();
  for (const p of books.production) {
    const table = tableFactor(books.factors, p);
    const factorCell = p.rowFactor
      ? cellOf(p.source, "factor")
      : p.rowInverse
        ? cellOf(p.source, "inverseFactor")
        : table
          ? cellOf(table.source, "factor")
          : undefined;
    const read = documentedOf(p, table, factorCell);
    if ("refused" in read) {
      // a factor in a unit the row's quantities are not in: never applied as a bare number
      factors.set(p.seq, null);
      findings.push(read.refused);
      continue;
    }
    const { documented, dims } = read;
    const yieldOf = ratio(p, dims);
    if (yieldOf === "incomparable") {
      // output in m³ against input in t without a density: the yield cannot be checked
      factors.set(p.seq, null);
      findings.push(
        finding("conversion-impossible", "error", cellOf(p.source, "outputQuantity"), {
          reason: "incomparable",
          outputUnit: displayUnit(p.outputUnit),
          inputUnit: displayUnit(p.unit),
          output: p.outputProduct,
          // a volume converts to mass by a density; an energy only by a heating value
          needs:
            dimensionOf(p.outputUnit) === "MJ" || dimensionOf(p.unit) === "MJ" ? "heating value" : "density",
        }),
      );
      continue;
    }
    const actual = yieldOf;
    if (dims && dims.in !== dims.out) mixed.set(p.seq, dims);
    if (massToMass(p, dims)) {
      // more mass out than in is impossible: never a source of credit; (h-ghg3) an input per
      // output below 1 says so against its own heading: said as typed
      const inverse = "inverse" in read ? read.inverse : undefined;
      const over = [
        ...(actual && actual.greaterThan(ONE)
          ? [{ value: roundText(actual, 4), at: cellOf(p.source, "outputQuantity"), what: "yield" as const }]
          : []),
        ...(documented && ratioAbove(documented, ONE)
          ? [
              {
                value: inverse ? toText(inverse) : ratioRounded(documented, 4),
                at: factorCell ?? cellOf(p.source, "factor"),
                what: inverse ? ("inverse" as const) : ("factor" as const),
              },
            ]
          : []),
      ];
      if (over.length > 0) {
        factors.set(p.seq, null);
        for (const o of over)
          findings.push(
            finding("conversion-impossible", "error", o.at, {
              reason: o.what,
              value: o.value,
              input: p.inputProduct,
              output: p.outputProduct,
            }),
          );
        continue;
      }
    }
    const yieldRatio = actual ? { n: actual } : null;
    const factor =
      documented && actual
        ? belowRatio(actual, documented)
          ? yieldRatio
          : documented
        : (documented ?? yieldRatio);
    factors.set(p.seq, factor);
    if (!factor) {
      findings.push(
        finding(
          "conversion-factor-missing",
          "error",
          cellOf(p.source, "factor", "outputQuantity", "outputProduct"),
          { input: p.inputProduct, output: p.outputProduct, date: p.date },
        ),
      );
      continue;
    }
    if (documented && actual && !documented.n.isZero()) {
      const deviation = deviationFrom(actual, documented);
      if (deviation.greaterThan(profile.conversionTolerance)) {
        findings.push(
          finding(
            "conversion-factor-deviates",
            "warning",
            cellOf(p.source, "outputQuantity"),
            {
              actual: roundText(actual, 4),
              factor: ratioText(documented),
              tolerance: toText(profile.conversionTolerance.times(100)),
              deviation: roundText(deviation.times(100), 2),
              used: factor === yieldRatio ? "yield" : "factor",
            },
            [factorCell],
          ),
        );
      }
    }
  }
  const processes = processesOf(books.production, findings);
  for (const process of processes) {
    if (mixed.size > 0) process.factorDims = mixed;
    coProductsWithinInput(process, factors, findings);
  }
  return {
    value: { factors, processes, refused: refusedRows(books.production, factors, findings) },
    findings,
  };
}

/**
 * The outputs of one mass input never get more credit in total than the input's mass: factors
 * that add up to more than 1 (oil 0.6 + meal 0.6) create mass, so none of the process's outputs
 * gets credit, with an error at each output row (RED Art. 30; domain.md §5).
 */
function coProductsWithinInput(process: Process, factors: FactorBySeq, findings: Finding[]): void {
  const dims = process.factorDims;
  if (process.outputs.length < 2 || !process.outputs.every((p) => massToMass(p, dims?.get(p.seq)))) return;
  let total: Ratio = { n: dec("0") };
  for (const row of process.outputs) total = plusRatio(total, factors.get(row.seq) ?? { n: dec("0") });
  if (!ratioAbove(total, ONE)) return;
  for (const row of process.outputs) {
    factors.set(row.seq, null);
    findings.push(
      finding(
        "conversion-impossible",
        "error",
        cellOf(row.source, "factor", "outputQuantity", "outputProduct"),
        {
          reason: "co-products",
          value: ratioRounded(total, 4),
          batch: String(process.head.fields.batchId ?? ""),
          input: row.inputProduct,
          output: row.outputProduct,
        },
      ),
    );
  }
}
