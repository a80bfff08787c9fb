// Intake of transfers between sites.
import { clean } from "../normalise";
import { type Books } from "../records";
import { type Dec } from "../quantity";
import { d, type Intake, NO_HINTS, t } from "./context";
import { nullIfUnreadable } from "./deliveries";

/** One record kind's rows into the Books. */
export function transfers(io: Intake, list: unknown, books: Books): void {
  io.rows("transfer", list, (row, source, seq) => {
    const unit = io.unit(row.unit, source);
    if (!unit) return false;
    const scheme = io.scheme(row.scheme, source);
    const product = io.name(t(row.product));
    books.transfers.push({
      source,
      seq,
      fields: row,
      date: t(row.date),
      fromSite: clean(t(row.fromSite)),
      toSite: clean(t(row.toSite)),
      scheme,
      product: product.name,
      productKey: product.key,
      unit,
      amount: io.amount(d(row.quantity) as Dec, unit, NO_HINTS),
      characteristics: io.characteristics(row, scheme),
      ghg: nullIfUnreadable(io.ghg(row.ghg, source)),
    });
  });
}
