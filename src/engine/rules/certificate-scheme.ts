// certificate-scheme (brk20 A6; domain.md §3, §7): credit of one scheme never backs a declaration
// of another. A receipt booked under ISCC EU whose supplier certificate is an ISCC PLUS or ISCC
// CORSIA certificate (its number's prefix says so: "ISCC-PLUS-Cert-PL214-12345678", or the
// certificate register's scheme cell) was credited into the ISCC EU balance, and the SD drawing on
// it said "ISCC EU" and "EU RED compliant material: Yes". Such a receipt now gives no credit, an
// error at its certificate cell naming both schemes. So for the company's own certificate: a
// declaration under ISCC EU issued on an ISCC PLUS certificate is held back, said once per
// certificate at the cell that states it. ISCC PLUS rows take any ISCC certificate (feeds). A number of any other shape ("DE-B-REDcert-…",
// "2BS010001": schemes ISCC EU accepts) and a register without a scheme cell say nothing: as before.
import { type CertificateScheme, feeds, numberScheme } from "../certificate-scheme";
import { certificateRegister } from "../certificates";
import { cellOf, finding } from "../findings";
import { documentKey } from "../normalise";
import type { Candidate } from "../issue/stage";
import type { CellRef, SchemeName } from "../model";
import type { Certificate, Receipt } from "../records";
import type { Finding } from "../result";
import type { Rule } from "./rule";

/** The scheme a certificate is stated to be of, other than `scheme`, and where: the register row, or (undefined) its number. */
interface Stated {
  stated: CertificateScheme;
  row: CellRef | undefined;
}

/**
 * The first scheme whose credit cannot back a row under `scheme` (certificate-scheme.ts feeds) that
 * the number's own prefix or one of its register rows (`entries`, in row order) names; null where none does.
 */
export function otherScheme(
  number: string,
  entries: readonly Certificate[],
  scheme: SchemeName,
): Stated | null {
  const own = numberScheme(number);
  if (own && !feeds(own, scheme)) return { stated: own, row: undefined };
  const listed = entries.find((c) => c.scheme !== undefined && !feeds(c.scheme, scheme));
  return listed?.scheme ? { stated: listed.scheme, row: cellOf(listed.source, "scheme") } : null;
}

const place = (row: CellRef | undefined) => (row ? { row: `${row.sheet}!${row.cell}` } : {});

export const certificateScheme: Rule<"certificate-scheme"> = {
  code: "certificate-scheme",
  records(books, _profile, reject) {
    if (books.receipts.length === 0) return [];
    const findings: Finding[] = [];
    const register = certificateRegister(books.certificates);
    // receipts repeat a few certificates: each number and scheme is judged once (by scheme, then
    // number: no key text made per receipt); an indexed loop, run once (no iterator per receipt)
    const judged = new Map<SchemeName, Map<string, Stated | null>>();
    const receipts = books.receipts;
    for (let i = 0; i < receipts.length; i++) {
      const r = receipts[i] as Receipt;
      if (!r.sustainable || r.supplierCertificate === "") continue;
      let ofScheme = judged.get(r.scheme);
      if (ofScheme === undefined) judged.set(r.scheme, (ofScheme = new Map()));
      let other = ofScheme.get(r.supplierCertificate);
      if (other === undefined) {
        const entries = register.get(documentKey(r.supplierCertificate)) ?? [];
        other = otherScheme(r.supplierCertificate, entries, r.scheme);
        ofScheme.set(r.supplierCertificate, other);
      }
      if (!other) continue;
      reject(r, `certificate of ${other.stated}`);
      findings.push(
        finding(
          "certificate-scheme",
          "error",
          cellOf(r.source, "supplierCertificate"),
          {
            certificate: r.supplierCertificate,
            stated: other.stated,
            scheme: r.scheme,
            ...place(other.row),
            noCredit: true,
          },
          other.row ? [other.row] : [],
        ),
      );
    }
    return findings;
  },
  declarations(candidates, ctx): Finding[] {
    // by site and scheme: said once per certificate and scheme, with every declaration it holds back
    const held = new Map<
      string,
      { other: Stated; certificate: string; at: CellRef | undefined; list: Candidate[]; scheme: SchemeName }
    >();
    const seen = new Map<string, string | null>();
    for (const c of candidates) {
      const d = c.alloc.delivery;
      const k = `${d.site}\u0000${d.scheme}`;
      let key = seen.get(k);
      if (key === undefined) {
        const own = ctx.own.statedFor(d.site);
        const other = own ? otherScheme(own.certificate, own.entries, d.scheme) : null;
        key = own && other ? `${own.certificate}\u0000${d.scheme}` : null;
        if (own && other && key && !held.has(key))
          held.set(key, { other, certificate: own.certificate, at: own.at, list: [], scheme: d.scheme });
        seen.set(k, key);
      }
      if (key) held.get(key)?.list.push(c);
    }
    return [...held.values()].map(({ other, certificate, at, list, scheme }) => {
      const first = (list[0] as Candidate).alloc.delivery;
      const dates = list.map((c) => c.issueDate).sort();
      const f = finding(
        "certificate-scheme",
        "error",
        at ?? cellOf(first.source, "date"),
        {
          certificate,
          stated: other.stated,
          scheme,
          ...place(other.row),
          held: list.length,
          date: dates[0] as string,
          ...(dates[dates.length - 1] !== dates[0] ? { lastDate: dates[dates.length - 1] } : {}),
        },
        other.row ? [other.row] : [],
      );
      const rows = new Map(
        list.map((c) => [`${c.alloc.delivery.source.sheet}!${c.alloc.delivery.source.row}`, c]),
      );
      f.reach = {
        deliveries: [...rows.values()].map((c) => ({
          sheet: c.alloc.delivery.source.sheet,
          row: c.alloc.delivery.source.row,
        })),
      };
      return f;
    });
  },
};
