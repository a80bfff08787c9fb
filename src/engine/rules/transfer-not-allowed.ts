// ISCC PLUS multi-site credit transfer (iscc-rules.md §6.2, TV-11): only under ISCC PLUS, between
// certified sites of the same company, in the same or a neighbouring country, certified by the
// same body. Credit never moves into ISCC EU. A refused transfer is not booked.
import { sameOrNeighbouring } from "../countries";
import { cellOf, finding } from "../findings";
import { type Books, type Site, type Transfer, siteKey } from "../records";
import { toText } from "../quantity";
import type { Finding } from "../result";
import type { Rule } from "./rule";

/** Why a transfer is not allowed, or null when it is. */
export function transferRefusal(t: Transfer, sites: Map<string, Site>): string | null {
  if (t.scheme !== "ISCC PLUS")
    return "credit may move between sites only under ISCC PLUS, never into ISCC EU";
  const from = sites.get(siteKey(t.fromSite));
  const to = sites.get(siteKey(t.toSite));
  if (!from || !to)
    return `site ${!from ? t.fromSite : t.toSite} is not in the site register; add it with company, country, certificate and certification body`;
  if (siteKey(t.fromSite) === siteKey(t.toSite)) return "both sites are the same";
  if (from.companyKey === "" || from.companyKey !== to.companyKey)
    return "the sites do not belong to the same company or group";
  if (!sameOrNeighbouring(from.country, to.country))
    return `${from.country || "?"} and ${to.country || "?"} are neither the same country nor neighbours with a land border`;
  if (from.certificate === "" || to.certificate === "") return "both sites must be ISCC certified";
  if (from.bodyKey === "" || from.bodyKey !== to.bodyKey)
    return "the sites are certified by different certification bodies";
  return null;
}

export function refusedTransfers(books: Books): Map<number, string> {
  const sites = new Map(books.sites.map((s) => [s.key, s]));
  const refused = new Map<number, string>();
  for (const t of books.transfers) {
    const reason = transferRefusal(t, sites);
    if (reason) refused.set(t.seq, reason);
  }
  return refused;
}

export const transferNotAllowed: Rule<"transfer-not-allowed"> = {
  code: "transfer-not-allowed",
  facts: {
    // a transfer the rules allow that asked to move more credit than the sending site held: only
    // what it held moved (a transfer never goes into overdraft)
    "transfer-short": (x) =>
      finding("transfer-not-allowed", "error", x.at, {
        from: x.from,
        to: x.to,
        reason: `${x.from} holds only ${toText(x.held)} ${x.unit} of ${x.product} credit with these characteristics on ${x.date}, so ${toText(x.notMoved)} ${x.unit} of it were not moved; correct the characteristics or the quantity, or book the credit's arrival before the transfer`,
      }),
  },
  records(books) {
    const findings: Finding[] = [];
    const refused = refusedTransfers(books);
    for (const t of books.transfers) {
      const reason = refused.get(t.seq);
      if (reason)
        findings.push(
          finding("transfer-not-allowed", "error", cellOf(t.source, "toSite", "quantity"), {
            from: t.fromSite,
            to: t.toSite,
            reason,
          }),
        );
    }
    return findings;
  },
};
