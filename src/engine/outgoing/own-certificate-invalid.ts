// own-certificate-invalid on the outgoing line (domain.md §7 and §8; MB-06, IN-3 in
// iscc-rules.md §10 and §5.4): a declaration is neither dispatched nor issued on a day the
// company's own certificate does not cover. It is the same check (own-certificate.ts) that lets
// credit lapse at a period end when the certificate does not cover the next period's first day,
// so no credit reaches a declaration across such a day; here it holds back only the declaration of
// this delivery, at the delivery's date, with the settings or site-register cell and the
// certificate register entry as related cells.
import { cellOf, finding } from "../findings";
import type { Finding } from "../result";
import type { OutgoingCheck } from "./check";

export const ownCertificateInvalidOutgoing: OutgoingCheck = {
  code: "own-certificate-invalid",
  check(c, ctx): Finding[] {
    const d = c.alloc.delivery;
    let dated = "dispatched";
    let date = d.date;
    let gap = ctx.own.gapOn(d.site, date);
    if (!gap && c.issueDate !== date) {
      dated = "issued";
      date = c.issueDate;
      gap = ctx.own.gapOn(d.site, date);
    }
    if (!gap) return [];
    const f = finding(
      "own-certificate-invalid",
      "error",
      cellOf(d.source, "date"),
      {
        certificate: gap.certificate,
        reason: gap.reason,
        date,
        dated,
        validFrom: gap.validFrom,
        validUntil: gap.validUntil,
        carry: false,
      },
      [gap.at, gap.entry],
    );
    f.reach = { deliveries: [{ sheet: d.source.sheet, row: d.source.row }] };
    return [f];
  },
};
