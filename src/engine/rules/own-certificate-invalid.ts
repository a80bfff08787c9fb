// own-certificate-invalid (domain.md §7 and §8; MB-06, IN-3 in iscc-rules.md §10 and §5.4): no
// credit is carried into a day the company's own certificate does not cover (at a period end, all
// of the site's credit lapses: a warning), and no declaration is dispatched or issued on such a day
// (an error that holds back only the declaration of its delivery, at the delivery's date, with the
// settings or site-register cell and the certificate register entry as related cells). Both sides
// use the same validity (own-certificate.ts), so no credit reaches a declaration across a gap.
// Where the workbook keeps a certificate register that lacks the own certificate, its validity
// cannot be checked: every declaration is held back (reason "not in register") until it is added;
// no credit lapses for that, as nothing says the certificate failed.
import { cellOf, finding } from "../findings";
import type { Finding } from "../result";
import { type Rule, statusOf } from "./rule";

export const ownCertificateInvalid: Rule<"own-certificate-invalid"> = {
  code: "own-certificate-invalid",
  facts: {
    // the lapse side (close.ts): all credit of the site lapses at the period end, one warning per
    // site and period
    "own-lapse": (x) =>
      x.first
        ? finding(
            "own-certificate-invalid",
            "warning",
            x.at,
            {
              certificate: x.certificate,
              reason: x.reason,
              ...statusOf(x),
              date: x.date,
              validFrom: x.validFrom,
              validUntil: x.validUntil,
              site: x.site,
              periodEnd: x.periodEnd,
              carry: true,
            },
            [x.entry],
          )
        : null,
  },
  declaration(c, ctx): Finding[] {
    const d = c.alloc.delivery;
    const unchecked = ctx.own.uncheckedFor(d.site);
    if (unchecked) {
      const f = finding(
        "own-certificate-invalid",
        "error",
        cellOf(d.source, "date"),
        { certificate: unchecked.certificate, reason: "not in register", date: c.issueDate, carry: false },
        [unchecked.at],
      );
      f.reach = { deliveries: [{ sheet: d.source.sheet, row: d.source.row }] };
      return [f];
    }
    let dated: "dispatched" | "issued" = "dispatched";
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
        ...statusOf(gap),
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
