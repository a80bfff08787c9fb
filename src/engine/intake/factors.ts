// Intake of conversion factors: input product, output product and factor, valid in a span.
import { clean, textKey } from "../normalise";
import { type Dec } from "../quantity";
import { type Books, siteKey } from "../records";
import { d, type Intake, t } from "./context";

/** One record kind's rows into the Books. */
export function factors(io: Intake, list: unknown, books: Books): void {
  io.rows("factor", list, (row, source, seq) => {
    books.factors.push({
      source,
      seq,
      fields: row,
      inputKey: textKey(t(row.inputProduct)),
      outputKey: textKey(t(row.outputProduct)),
      factor: d(row.factor) as Dec,
      unit: t(row.factorUnit),
      validFrom: t(row.validFrom) || null,
      validTo: t(row.validTo) || null,
      siteKey: siteKey(clean(t(row.site))),
    });
  });
}
