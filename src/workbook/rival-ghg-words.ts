// The words of a GHG value in two columns of one row (p-ghg2, p-ghgfold): the findings of the one
// mechanism of two columns of a field (value-rivals.ts) where the field is a GHG value. They name
// the supplier's SD, as its column is the one read (rival-rules.ts): second-ghg-column at the
// heading, ghg-columns-disagree at a cell, a second column's unreadable cell by its own code with
// what follows for the row (engine catalogue wording-ghg-columns.ts).
import { cellAddress } from "./a1";
import { type FieldRead } from "./cell-read";
import { quote, readFinding } from "./read-findings";
import { namesSdValue } from "./rival-rules";
import { type Column, consequenceOf } from "./table-columns";
import { type FindingFacts, withMessage } from "../engine/catalogue/render";
import type { ReadDetails } from "../engine/catalogue/details";
import type { Finding } from "../engine/result";

/** One filled cell of a field: its column, what it reads, in which unit. */
export interface Entry {
  column: Column;
  value: string | string[];
  unit: string | undefined;
  /** where the unit is named: the cell, or the column's heading */
  unitCell: string | undefined;
  cell: string;
}

/** A value as a finding shows it: a list's items joined, with its unit where `withUnit`. */
export function shownEntry(e: Entry, withUnit: boolean): string {
  const v = Array.isArray(e.value) ? e.value.join(", ") : e.value;
  return `${v}${withUnit && e.unit ? ` ${e.unit}` : ""}`;
}

/**
 * The refusal of `main`'s GHG value on a row of sheet `sheet` (a `kind` sheet, its cells as read
 * `reads`): a second column's cell that cannot be read, by its own code; or `entry`'s value against
 * `against` (another cell's entry, or a column left blank), ghg-columns-disagree with `sds`, how
 * many of the two headings name the SD (1: `against` is the SD's column, blank).
 */
export function ghgRefusal(
  sheet: string,
  kind: string,
  main: Column,
  what:
    | { column: Column; read: Extract<FieldRead, { kind: "bad" }>; cell: string }
    | { entry: Entry; against: Entry | Column; sds: number },
  reads: ReadonlyMap<string, FieldRead>,
): Finding {
  const consequence = consequenceOf(main.field.id, { kind, reads });
  if ("read" in what) {
    const { read } = what;
    const details = { label: what.column.match.header, value: read.text, consequence };
    return readFinding(
      read.code,
      "error",
      sheet,
      what.cell,
      read.reason ? { ...details, reason: read.reason } : details,
    );
  }
  const { entry, against, sds } = what;
  const read =
    "cell" in against
      ? `${shownEntry(against, true)} in "${against.column.match.header}"`
      : `blank in "${against.match.header}"`;
  return twoColumns({
    code: "ghg-columns-disagree",
    severity: "error",
    sheet,
    cell: entry.cell,
    details: { label: main.field.label, value: shownEntry(entry, true), read, sds, consequence },
  });
}

/** second-ghg-column at the heading of `second`, a second column of `main`'s GHG value: which column is read. */
export function ghgHeading(sheet: string, headerRow: number, main: Column, second: Column): Finding {
  const mainSd = namesSdValue(main.match.header);
  const sd = namesSdValue(second.match.header);
  // the column read where they differ: the SD's, else the one mapped
  const read = sd && !mainSd ? second.match.header : main.match.header;
  return twoColumns({
    code: "second-ghg-column",
    severity: "warning",
    sheet,
    cell: cellAddress(headerRow + 1, second.col),
    details: {
      label: main.field.label,
      value: second.match.header,
      read,
      sds: sd && mainSd ? 2 : sd || mainSd ? 1 : 0,
    },
  });
}

/** A finding of one GHG value in two columns, its cell's texts quoted as a reading finding's. */
function twoColumns(f: {
  code: "second-ghg-column" | "ghg-columns-disagree";
  severity: "error" | "warning";
  sheet: string;
  cell: string;
  details: ReadDetails & { sds: number };
}): Finding {
  const d = f.details;
  const details = { ...d, ...(d.value !== undefined ? { value: quote(d.value) } : {}) };
  return withMessage({ ...f, details } as FindingFacts);
}
