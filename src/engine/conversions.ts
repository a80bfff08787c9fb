// Stage 3, conversions: the factor each production row converts credit by (domain.md §5, TV-6):
// the row's own factor, else the documented factor table's entry for the date and site, else the
// row's output/input ratio. A missing factor is an error; a yield off the table's factor a warning.
import { cellOf, finding } from "./findings";
import type { RuleProfile } from "./profile";
import { type Dec, roundText, toText } from "./quantity";
import { type Books, type Factor, type Production, siteKey } from "./records";
import type { Finding } from "./result";

export type FactorBySeq = Map<number, Dec | null>;

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

function ratio(p: Production): Dec | null {
  const out = p.outputAmount;
  if (!out) return null;
  for (const dim of ["t", "m3", "MJ"] as const) {
    const i = p.inputAmount[dim];
    const o = out[dim];
    if (i && o && !i.isZero()) return o.dividedBy(i);
  }
  return null;
}

export function conversionsStage(
  books: Books,
  profile: RuleProfile,
): { value: FactorBySeq; findings: Finding[] } {
  const findings: Finding[] = [];
  const value: FactorBySeq = new Map();
  for (const p of books.production) {
    const table = tableFactor(books.factors, p);
    const actual = ratio(p);
    const factor = p.rowFactor ?? table?.factor ?? actual;
    value.set(p.seq, factor);
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
    const documented = p.rowFactor ?? table?.factor;
    if (documented && actual && !documented.isZero()) {
      const deviation = actual.minus(documented).abs().dividedBy(documented);
      if (deviation.greaterThan(profile.conversionTolerance)) {
        findings.push(
          finding(
            "conversion-factor-deviates",
            "warning",
            cellOf(p.source, "outputQuantity"),
            {
              actual: roundText(actual, 4),
              factor: toText(documented),
              tolerance: toText(profile.conversionTolerance.times(100)),
              deviation: roundText(deviation.times(100), 2),
            },
            [table ? cellOf(table.source, "factor") : cellOf(p.source, "factor")],
          ),
        );
      }
    }
  }
  return { value, findings };
}
