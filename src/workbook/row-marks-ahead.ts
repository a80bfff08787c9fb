// A table's row marks (row-state.ts) asked ahead of its rows: share-scale.ts asks which rows will
// be booked before the table reads them, so that a row the keeper cancelled, struck through or
// painted in a cancelled colour is no evidence of how a share column counts (p-blank). Each row is
// worked out once: its findings go to whoever asks for it first and are kept for the table's own
// read, so nothing is said twice, and what is said once per sheet (a legend whose colours are
// unread, colour-legend.ts) is not lost to the look ahead. Pure.
import type { Finding } from "../engine/result";
import type { RowMark, RowMarks } from "./row-state";

/** Row marks that remember each row's mark, cell and findings; `booked(r)`: whether row `r` (0-based) is read and booked. */
export interface MarksAhead extends RowMarks {
  booked(r: number): boolean;
}

/** `marks` remembered row by row (see the file comment); a row asked ahead says its findings when the table reads it. */
export function marksAhead(marks: RowMarks): MarksAhead {
  const seen = new Map<number, { mark: RowMark; cell: string; said: Finding[] }>();
  const work = (r: number) => {
    let row = seen.get(r);
    if (!row) {
      const said: Finding[] = [];
      const mark = marks.check(r, said);
      row = { mark, cell: marks.cell, said };
      seen.set(r, row);
    }
    return row;
  };
  return {
    cell: "",
    check(r, out) {
      const row = work(r);
      out.push(...row.said);
      this.cell = row.cell;
      return row.mark;
    },
    booked: (r) => work(r).mark === "read",
    finish: (out) => marks.finish(out),
  };
}
