// A transfers sheet's columns that recognition left unread beside the quantity: no field took them
// and no rival holds them. Its received column (transfer-received.ts) and its loss column
// (transfer-loss.ts) are looked for among them, where no quantity word in their heading made them a
// rival ("Received (t)", "Schwund (t)").
import { type ColumnMatch, type Rival } from "./recognition";

/**
 * The header row's columns no field in `columns` took and no rival in `rivals` holds, left to
 * right, each with its heading (`col` 0-based). A column with a blank heading is left out.
 * `headings`: the header row's texts.
 */
export function unreadColumns(
  columns: ReadonlyMap<string, ColumnMatch>,
  rivals: readonly Rival[],
  headings: readonly string[],
): { col: number; header: string }[] {
  const taken = new Set([...[...columns.values()].map((m) => m.col), ...rivals.map((x) => x.col)]);
  const unread: { col: number; header: string }[] = [];
  headings.forEach((header, col) => {
    if (header && !taken.has(col)) unread.push({ col, header });
  });
  return unread;
}
