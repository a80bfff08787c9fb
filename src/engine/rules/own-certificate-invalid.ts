// own-certificate-invalid (domain.md §7 and §8; MB-06, IN-3 in iscc-rules.md §10 and §5.4): no
// credit is carried into a day the company's own certificate does not cover (at a period end, all
// of the site's credit lapses: a warning), and no declaration is dispatched or issued on such a day
// (an error that holds back only the declaration of its delivery, at the delivery's date, with the
// settings or site-register cell and the certificate register entry as related cells). Both sides
// use the same validity (own-certificate.ts), so no credit reaches a declaration across a gap.
// Where the workbook keeps a certificate register that lacks the own certificate, its validity
// cannot be checked: every declaration is held back (reason "not in register") until it is added;
// no credit lapses for that, as nothing says the certificate failed. So where a register row of it
// was refused at a cell (reason "unreadable row", that cell named): whether the row covers a day
// is unclear, beside a valid row too, never taken as valid (own-certificate.ts). That is said once per
// certificate, where its number is stated, with the count of declarations it holds back (its
// reach names each), not once per declaration: a big book would repeat it hundreds of times.
import { cellOf, finding } from "../findings";
import type { Candidate } from "../issue/stage";
import type { OwnCertificateUnchecked } from "../own-certificate";
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
  declarations(candidates, ctx): Finding[] {
    // by the certificate as stated (uncheckedFor answers each site with one object)
    const held = new Map<OwnCertificateUnchecked, Candidate[]>();
    for (const c of candidates) {
      const unchecked = ctx.own.uncheckedFor(c.alloc.delivery.site);
      if (!unchecked) continue;
      const list = held.get(unchecked);
      if (list) list.push(c);
      else held.set(unchecked, [c]);
    }
    return [...held].map(([unchecked, list]) => {
      const first = (list[0] as Candidate).alloc.delivery;
      const dates = list.map((c) => c.issueDate).sort();
      const rows = new Map(
        list.map((c) => [`${c.alloc.delivery.source.sheet}!${c.alloc.delivery.source.row}`, c]),
      );
      const f = finding(
        "own-certificate-invalid",
        "error",
        unchecked.at ?? cellOf(first.source, "date"),
        {
          certificate: unchecked.certificate,
          ...refusedRow(unchecked),
          date: dates[0] as string,
          carry: false,
          held: list.length,
          ...(dates[dates.length - 1] !== dates[0] ? { lastDate: dates[dates.length - 1] } : {}),
        },
        [
          ...(unchecked.at ? [cellOf(first.source, "date")] : []),
          ...(unchecked.refused ?? []).map((r) => r.at),
        ],
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
  declaration(c, ctx): Finding[] {
    const d = c.alloc.delivery;
    // said once for all the declarations it holds back (declarations above)
    if (ctx.own.uncheckedFor(d.site)) return [];
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

/** The reason of an own certificate that cannot be checked, with the register row not read where there is one. */
function refusedRow(
  u: OwnCertificateUnchecked,
):
  | { reason: "not in register" }
  | { reason: "unreadable row"; row: string; label: string; value: string | null } {
  const row = u.refused?.[0];
  if (!row) return { reason: "not in register" };
  return {
    reason: "unreadable row",
    row: `${row.at.sheet}!${row.at.cell}`,
    label: row.label,
    value: row.value,
  };
}
