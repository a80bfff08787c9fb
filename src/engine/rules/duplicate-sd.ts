// An incoming SD may be booked once per supplier (iscc-rules.md §5.4 IN-9), and an outgoing SD
// number belongs to one delivery only (SD-01): otherwise credit is counted twice.
import { cellOf, finding } from "../findings";
import { numberKey } from "../normalise";
import type { Finding } from "../result";
import type { Rule } from "./rule";

export const duplicateSd: Rule = {
  code: "duplicate-sd",
  check(books) {
    const findings: Finding[] = [];
    const seen = new Map<string, (typeof books.receipts)[number]>();
    for (const r of books.receipts) {
      if (!r.sustainable) continue;
      const key = `${r.supplierKey}|${r.sdKey}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, r);
        continue;
      }
      const at = cellOf(first.source, "sdNumber");
      findings.push(
        finding(
          "duplicate-sd",
          "error",
          cellOf(r.source, "sdNumber"),
          { sd: r.sd, supplier: r.supplier, first: at ? `${at.sheet}!${at.cell}` : "" },
          [at],
        ),
      );
    }
    const outgoing = new Map<string, (typeof books.deliveries)[number]>();
    for (const d of books.deliveries) {
      if (d.sdNumber === "") continue;
      const key = numberKey(d.sdNumber);
      const first = outgoing.get(key);
      if (!first) {
        outgoing.set(key, d);
        continue;
      }
      const at = cellOf(first.source, "sdNumber");
      findings.push(
        finding(
          "duplicate-sd",
          "error",
          cellOf(d.source, "sdNumber"),
          { sd: d.sdNumber, supplier: null, first: at ? `${at.sheet}!${at.cell}` : "" },
          [at],
        ),
      );
    }
    return findings;
  },
};
