// (brk26 N6) The unit a title block states for every quantity of its table: "Alle Mengen in kg"
// above `Datum | … | Menge`. Before, the statement was not read and every row was refused
// (invalid-unit: no unit). Now a statement in a row above the header row, of the quantities (a
// quantity word of seven languages) "in" a unit, is the unit of each quantity column whose heading
// names none; a column that names its own unit keeps it, and where it names another unit than the
// title the two are not chosen between (first law): the table is refused at that heading
// (header-not-found, reason title-unit), its balances incomplete. A sheet with a Unit column, a
// title with two different units, or a title that states no quantity's unit changes nothing.
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import type { Grid } from "./grid";
import { headerWords } from "./header-words";
import { fold } from "./normalise";
import { readFinding } from "./read-findings";
import type { Recognition } from "./recognition";

/** The quantity words a title's statement names, folded: "Mengen", "quantities", "quantités", "ilości"… */
const QUANTITIES =
  "mengen|menge|mengenangaben|quantities|quantity|quantites|quantite|quantita|cantidades|cantidad|hoeveelheden|hoeveelheid|ilosci|ilosc";
/** "<quantity word> in|en|w <unit>", the unit up to a blank, a bracket or a stop. */
const STATEMENT = new RegExp(`(?:^|[^a-z])(?:${QUANTITIES})\\s+(?:in|en|w)\\s+([^\\s,;:()\\[\\]]+)`, "g");

/** The fields that hold a quantity in the quantity's unit. */
const QUANTITY_FIELDS = [
  "quantity",
  "inQuantity",
  "outQuantity",
  "inputQuantity",
  "outputQuantity",
  "sustainableInputQuantity",
  "received",
  "loss",
];

/**
 * The unit the rows above 0-based `headerRow` of `grid` state for all quantities, canonical as a
 * heading's ("kg", "t", "L"), with the cell that states it and its text as typed; null where none states one, or they
 * state different units.
 */
export function titleUnit(
  grid: Grid,
  headerRow: number,
): { unit: string; cell: string; text: string } | null {
  let found: { unit: string; cell: string; text: string } | null = null;
  const width = grid.width(0, headerRow);
  for (let r = 0; r < headerRow; r++) {
    for (let c = 0; c < width; c++) {
      const v = grid.value(r, c);
      if (typeof v !== "string") continue;
      for (const m of fold(v).matchAll(STATEMENT)) {
        const said = headerWords(`Menge (${(m[1] as string).replace(/\.$/, "")})`);
        if (said.unitClass !== "quantity" || !said.unit) continue;
        if (found && found.unit !== said.unit) return null;
        found = { unit: said.unit, cell: cellAddress(r + 1, c), text: v.trim() };
      }
    }
  }
  return found;
}

/**
 * Recognition `rec` of `grid` with the title block's unit (titleUnit) given to each quantity column
 * whose heading states none; `said`, a header-not-found (reason title-unit) at the first quantity
 * heading that states another unit: the table is then not read. Unchanged where the sheet has a
 * Unit column, no header row, or no statement in its title block.
 */
export function withTitleUnit(grid: Grid, rec: Recognition): { rec: Recognition; said?: Finding } {
  if (rec.headerRow === null || rec.headerRow === 0 || rec.columns.has("unit")) return { rec };
  const title = titleUnit(grid, rec.headerRow);
  if (!title) return { rec };
  const columns = new Map(rec.columns);
  for (const field of QUANTITY_FIELDS) {
    const m = columns.get(field);
    if (!m || m.unit === title.unit) continue;
    if (m.unit === null) {
      columns.set(field, { ...m, unit: title.unit });
      continue;
    }
    const said = readFinding(
      "header-not-found",
      "error",
      grid.sheet.name,
      cellAddress(rec.headerRow + 1, m.col),
      {
        label: "Quantity",
        value: m.unit,
        read: title.unit,
        missing: title.text,
        reason: "title-unit",
        partial: true,
      },
    );
    return { rec, said };
  }
  return { rec: { ...rec, columns } };
}
