// ghg-units-mixed (domain.md §6, iscc-rules.md §4, TV-8): under worst-value pooling a declaration
// carries the highest GHG value of the pool; values of different units (g CO2eq/MJ, kg CO2eq/t)
// are never compared, so no value is picked: the declaration is held back, one error per line,
// naming each unit with a cell that carries it. Found by declaration-ghg.ts (gap.mixed).
import { type Batch, originsOf } from "../book/accounts";
import type { GhgUnitsMixedDetails } from "../catalogue/details-ghg";
import { cellOf, finding } from "../findings";
import { type Dec, toText } from "../quantity";
import type { Ghg } from "../records";
import type { CellRef } from "../model";
import type { Finding } from "../result";
import { unitOf } from "../ghg";
import { fieldCell, type OutgoingContext } from "./declaration";
import type { Rule } from "./rule";

/** The cell of a batch's GHG total: a produced batch's on its production row, else its receipt's. */
function ghgCell(b: Batch, ctx: OutgoingContext): CellRef | null {
  const source = b.ghgSource ?? originsOf(b)[0]?.source ?? b.source;
  return fieldCell(source, "ghg.total", ctx) ?? cellOf(source, "ghg.total", "sdNumber") ?? null;
}

export const ghgUnitsMixed: Rule<"ghg-units-mixed"> = {
  code: "ghg-units-mixed",
  declaration(c, ctx): Finding[] {
    const out: Finding[] = [];
    const d = c.alloc.delivery;
    for (const { line, gap } of c.lines) {
      if (!gap.mixed) continue;
      // a batch carrying each value: among the portions drawn, else left in the account's pool
      const batches = [...line.portions.map((p) => p.batch), ...line.account.batches];
      const units: GhgUnitsMixedDetails["units"] = [];
      const cells: CellRef[] = [];
      for (const g of gap.mixed as readonly Ghg[]) {
        const b = batches.find((x) => x.ghg === g);
        const cell = b ? ghgCell(b, ctx) : null;
        if (cell) cells.push(cell);
        units.push({ unit: unitOf(g), total: toText(g.total as Dec), at: cell });
      }
      const f = finding(
        "ghg-units-mixed",
        "error",
        cellOf(d.source, "quantity"),
        { product: line.account.id.product, units },
        cells,
      );
      f.reach = { deliveries: [{ sheet: d.source.sheet, row: d.source.row }] };
      out.push(f);
    }
    return out;
  },
};
