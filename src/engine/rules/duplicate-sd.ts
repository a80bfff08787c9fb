// An incoming SD may be booked once per supplier (iscc-rules.md §5.4 IN-9): a repeat gives no
// credit. An outgoing SD number belongs to one delivery only (SD-01): otherwise credit is counted
// twice.
import { cellOf, finding } from "../findings";
import { numberKey } from "../normalise";
import type { Details } from "../messages";
import type { Source } from "../model";
import type { Finding } from "../result";
import type { Rule } from "./rule";

/** Reports every later row whose key was seen before, pointing back at the first. */
function repeats<T extends { source: Source }>(
  rows: T[],
  keyOf: (row: T) => string | null,
  details: (row: T) => Details,
  repeated: (row: T) => void = () => {},
): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, T>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === null) continue;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, row);
      continue;
    }
    repeated(row);
    const at = cellOf(first.source, "sdNumber");
    const where = at ? `${at.sheet}!${at.cell}` : "";
    findings.push(
      finding("duplicate-sd", "error", cellOf(row.source, "sdNumber"), { ...details(row), first: where }, [
        at,
      ]),
    );
  }
  return findings;
}

export const duplicateSd: Rule = {
  code: "duplicate-sd",
  check(books, _profile, reject) {
    return [
      // the first booking of an incoming SD keeps its credit; a repeat gives none, even where the
      // first gives none for another reason (its claim unreadable, say)
      ...repeats(
        books.receipts,
        (r) => (r.sd !== "" ? `${r.supplierKey}|${r.sdKey}` : null),
        (r) => ({ sd: r.sd, supplier: r.supplier, noCredit: true }),
        (r) => reject(r, "SD booked before"),
      ),
      ...repeats(
        books.deliveries,
        (d) => (d.sdNumber === "" ? null : numberKey(d.sdNumber)),
        (d) => ({ sd: d.sdNumber, supplier: null }),
      ),
    ];
  },
};
