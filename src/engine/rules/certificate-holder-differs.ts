// certificate-holder-differs (brk27 S5; iscc-rules.md §5.4 IN-1): a certificate covers only its
// holder, so a receipt whose supplier is another company than the holder the certificate register
// gives the certificate it cites is not certified by it. Where the names name other companies
// (party-match.ts "different": "Other Trading GmbH" for Good AG's certificate) the receipt gives no
// credit, an error at its certificate cell; where they agree only in part ("Good AG Werk Hamburg",
// a group company or trading name: "partial") a warning, credit kept: the supplier column of an
// ERP often holds a site or trading name of the holder, and refusing those would strike credit an
// auditor keeps. Nothing is checked where the register gives no holder or the row no supplier.
import { cellOf, finding } from "../findings";
import { clean } from "../normalise";
import { type PartyMatch, partyMatch } from "../party-match";
import type { Certificate } from "../records";
import type { Finding } from "../result";
import { certifiedReceipts } from "./certificate-invalid";
import type { Rule } from "./rule";

const holderOf = (c: Certificate): string =>
  clean(typeof c.fields.holder === "string" ? c.fields.holder : "");

/** The register's holders of a certificate and how the supplier agrees with the best of them; null: nothing to say. */
function judge(
  supplier: string,
  entries: Certificate[],
): { match: PartyMatch; holders: Certificate[] } | null {
  const holders = entries.filter((c) => holderOf(c) !== "");
  if (holders.length === 0 || clean(supplier) === "") return null;
  const matches = holders.map((c) => partyMatch(supplier, holderOf(c)));
  if (matches.includes("same")) return null;
  return { match: matches.includes("partial") ? "partial" : "different", holders };
}

export const certificateHolder: Rule<"certificate-holder-differs"> = {
  code: "certificate-holder-differs",
  records(books, _profile, reject) {
    const findings: Finding[] = [];
    // receipts repeat a few supplier/certificate pairs: each pair is judged once
    const verdicts = new Map<string, ReturnType<typeof judge>>();
    for (const { r, at, entries } of certifiedReceipts(books)) {
      if (!entries) continue;
      const pair = `${r.supplier}\u0000${r.supplierCertificate}`;
      let verdict = verdicts.get(pair);
      if (verdict === undefined) verdicts.set(pair, (verdict = judge(r.supplier, entries)));
      if (!verdict) continue;
      const partial = verdict.match === "partial";
      if (!partial) reject(r, "certificate of another holder");
      const first = verdict.holders[0] as Certificate;
      const row = cellOf(first.source, "holder", "certificateNumber");
      findings.push(
        finding(
          "certificate-holder-differs",
          partial ? "warning" : "error",
          at,
          {
            certificate: r.supplierCertificate,
            supplier: clean(r.supplier),
            holder: [...new Set(verdict.holders.map(holderOf))].join(" / "),
            row: row ? `${row.sheet}!${row.cell}` : "",
            ...(partial ? { partial: true } : { noCredit: true }),
          },
          verdict.holders.map((c) => cellOf(c.source, "holder", "certificateNumber")),
        ),
      );
    }
    return findings;
  },
};
