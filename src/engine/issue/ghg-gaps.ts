// The GHG findings of a delivery's declaration in the register stage (stage.ts): its own GHG value
// lower than the worst of what backs it (ghg-value-unsupported), a line without GHG values for part
// of its quantity (ghg-missing, naming the cells to enter them in) and an energy content that
// differs from its inputs' (energy-content-differs, declaration-energy.ts).
import type { Allocation, Portion } from "../book/book";
import { originsOf } from "../book/accounts";
import { type BuiltLine } from "../declarations";
import { cellOf, finding } from "../findings";
import { energyDiffers } from "../declaration-energy";
import { isMixed, sameUnit, worst } from "../ghg";
import type { Source } from "../model";
import { layoutCell } from "../rules/declaration";
import { toText } from "../quantity";
import type { Books, Delivery } from "../records";
import type { Finding } from "../result";

/**
 * ghg-value-unsupported: the delivery's own GHG value is lower than the worst of what backs it,
 * compared only in one unit (inputs of different units have no worst value to hold it to).
 */
export function unsupported(d: Delivery, alloc: Allocation, findings: Finding[]): void {
  if (!d.ghg?.total) return;
  const worstInput = worst(alloc.portions.map((p) => p.batch.ghg));
  if (!worstInput || isMixed(worstInput) || !worstInput.total) return;
  if (!sameUnit(worstInput, d.ghg) || !d.ghg.total.lessThan(worstInput.total)) return;
  findings.push(
    finding(
      "ghg-value-unsupported",
      "error",
      cellOf(d.source, "ghg.total", "ghgTotal", "total", "quantity"),
      {
        declared: toText(d.ghg.total),
        supported: toText(worstInput.total),
      },
    ),
  );
}

/** The incoming SDs behind a portion, as the ghg-missing finding lists them. */
const sdsOf = (p: Portion): string =>
  originsOf(p.batch)
    .map((o) => o.sd)
    .join(", ");

/**
 * (p-misc) What ghg-missing names: the receipts behind portions without GHG values (`inputs`), and
 * apart, the output GHG cells of production rows whose own values were refused (`refused`): those
 * are corrected at their cell, not by entering the inputs' values. (p-prod2) Apart too, production
 * outputs given no GHG value at all (`unset`: the blank GHG cell, or the row where the sheet has no
 * GHG column): an output's values are its own (domain.md §5), entered on its production row.
 */
function ghgInputs(
  from: readonly Portion[],
  layout: Books["layout"],
): { inputs: string; refused?: string; unset?: string } {
  const own = from.filter((p) => p.batch.ghgSource);
  const refused = own.filter((p) => p.batch.ghgRefused !== undefined);
  const unset = own.filter((p) => p.batch.ghgRefused === undefined);
  const inputs = [...new Set(from.filter((p) => !p.batch.ghgSource).map(sdsOf))].join("; ");
  const cells = (list: Portion[], cell: (s: Source, p: Portion) => string | null | undefined) =>
    [
      ...new Set(
        list.map((p) => {
          const source = p.batch.ghgSource as Source;
          const at = cell(source, p);
          return at ? `${source.sheet}!${at}` : `${source.sheet} row ${source.row}`;
        }),
      ),
    ].join(", ");
  return {
    inputs,
    ...(refused.length ? { refused: cells(refused, (_, p) => p.batch.ghgRefused) } : {}),
    ...(unset.length ? { unset: cells(unset, (s) => layoutCell(s, "ghg.total", layout)?.cell) } : {}),
  };
}

/** ghg-missing: an ISCC EU line without GHG values for part of its quantity (a warning at the inputs); energy-content-differs. */
export function ghgGaps(lines: BuiltLine[], d: Delivery, findings: Finding[], layout: Books["layout"]): void {
  for (const { line, gap, declaration } of lines) {
    energyDiffers(line, d, declaration, findings);
    if (gap.missing.isZero() || line.account.id.scheme !== "ISCC EU") continue;
    findings.push(
      finding(
        "ghg-missing",
        "warning",
        cellOf(d.source, "quantity"),
        {
          product: line.account.id.product,
          quantity: toText(gap.missing),
          unit: line.account.unit,
          ...ghgInputs(gap.from, layout),
        },
        gap.from.map((p) => cellOf(p.batch.source, "ghg.total", "ghgTotal", "sdNumber", "outputQuantity")),
      ),
    );
  }
}
