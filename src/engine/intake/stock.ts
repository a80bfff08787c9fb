// Intake of stock counts: the physical stock counted at a date.
import { clean } from "../normalise";
import { type Books } from "../records";
import { type Dec } from "../quantity";
import { d, type Intake, NO_HINTS, t } from "./context";

/** One record kind's rows into the Books. */
export function stock(io: Intake, list: unknown, books: Books): void {
  io.rows("stock", list, (row, source, seq) => {
    const unit = io.unit(row.unit, source);
    if (!unit) return false;
    const product = io.name(t(row.product));
    books.stockCounts.push({
      source,
      seq,
      fields: row,
      date: t(row.date),
      site: clean(t(row.site)),
      product: product.name,
      productKey: product.key,
      unit,
      amount: io.amount(d(row.quantity) as Dec, unit, NO_HINTS),
    });
  });
}
