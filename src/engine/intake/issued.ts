// Intake of the declaration register (`MB Declarations`): declarations issued earlier.
import { clean, numberKey, textKey } from "../normalise";
import { type Books } from "../records";
import { type Intake, t } from "./context";

/** One record kind's rows into the Books. */
export function issued(io: Intake, list: unknown, books: Books): void {
  io.rows("issued", list, (row, source, seq) => {
    const number = clean(t(row.number));
    const status = registerStatus(t(row.status));
    const on = t(row.cancelledOn);
    books.issued.push({
      source,
      seq,
      fields: row,
      number,
      status,
      record: t(row.record),
      elsewhere: t(row.elsewhere) === "yes",
      correction:
        status === "issued"
          ? null
          : {
              on,
              by: clean(t(row.cancelledBy)),
              reason: clean(t(row.reason)),
              replacedBy: clean(t(row.replacedBy)),
            },
      deliverySheet: clean(t(row.deliverySheet)),
      deliveryRow: typeof row.deliveryRow === "number" ? row.deliveryRow : null,
      fingerprint: clean(t(row.fingerprint)).toLowerCase(),
    });
    books.usedNumbers.add(numberKey(number));
  });
}

/** The register's status column: anything but a withdrawal keeps the declaration issued. */
export function registerStatus(text: string): "issued" | "cancelled" | "replaced" {
  const key = textKey(text);
  if (key.startsWith("replaced")) return "replaced";
  if (key.startsWith("cancelled") || key.startsWith("withdrawn")) return "cancelled";
  return "issued";
}
